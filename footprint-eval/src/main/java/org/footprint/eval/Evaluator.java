package org.footprint.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Severity;

/**
 * Runs a {@link Judge} over a labelled TSV ({@code id<TAB>labels<TAB>text[<TAB>anything]}) and scores it.
 *
 * <p>The calling thread reads the file (streaming, UTF-8, BOM ignored) and hands batches of raw lines through a bounded
 * queue to a fixed pool of workers, which parse, judge and count into their own primitive counters; the counters are
 * merged once at the end. Memory stays bounded whatever the file size.
 *
 * <p>Configuration methods return {@code this} for chaining. The evaluator keeps no state between runs; each
 * {@link #run(Path)} uses its own pool, queue and counters.
 */
public final class Evaluator {
  static final int BATCH_SIZE = 1024;
  /** Bounds memory whatever the thread count: at most this many batches wait to be judged. */
  private static final int MAX_QUEUED_BATCHES = 64;
  /** Up to {@link #BATCH_SIZE} raw lines; {@link #END} tells a worker to finish. */
  private record Batch(String[] lines, int size) {}

  private static final Batch END = new Batch(new String[0], 0);

  private final Judge judge;
  private volatile int threads = Runtime.getRuntime().availableProcessors();
  private volatile Path spans;
  private volatile Consumer<EvaluationError> errors;

  public Evaluator(Judge judge) {
    this.judge = Objects.requireNonNull(judge, "judge");
  }

  /** Number of judging threads; zero or less means one per available processor (the default). */
  public Evaluator threads(int count) {
    this.threads = count > 0 ? count : Runtime.getRuntime().availableProcessors();
    return this;
  }

  /** Human evidence spans ({@code id<TAB>start<TAB>end[<TAB>text]}); when present the report has token metrics. */
  public Evaluator spans(Optional<Path> spansTsv) {
    this.spans = spansTsv == null ? null : spansTsv.orElse(null);
    return this;
  }

  /** Receives every row whose predictions differ from its gold labels; calls are serialised, in no set order. */
  public Evaluator errors(Optional<Consumer<EvaluationError>> sink) {
    this.errors = sink == null ? null : sink.orElse(null);
    return this;
  }

  /**
   * Reads, judges and scores {@code tsv}.
   *
   * @throws IOException when a file cannot be read
   * @throws EvaluationException when the judge or the error sink throws (the first such failure, with the row id)
   */
  public EvaluationReport run(Path tsv) throws IOException {
    Objects.requireNonNull(tsv, "tsv");
    int workers = threads;
    Path spansFile = spans;
    Consumer<EvaluationError> sink = errors;
    Spans human = spansFile == null ? null : Spans.load(spansFile);

    long started = System.nanoTime();
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(Math.min(workers * 4, MAX_QUEUED_BATCHES));
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Object sinkLock = new Object();
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, "footprint-eval-" + threadNumber.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    Accumulator totals = new Accumulator();
    try {
      List<Future<Accumulator>> futures = new ArrayList<>(workers);
      for (int i = 0; i < workers; i++) {
        futures.add(pool.submit(() -> work(queue, failure, human, sink, sinkLock)));
      }
      try {
        produce(tsv, queue, failure);
      } finally {
        for (int i = 0; i < workers; i++) {
          putUninterruptibly(queue, END);
        }
      }
      for (Future<Accumulator> future : futures) {
        totals.merge(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, new EvaluationException("interrupted", e));
      throw new InterruptedIOException("evaluation interrupted");
    } catch (ExecutionException e) {
      throw new EvaluationException("evaluation worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    RuntimeException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
    long elapsed = System.nanoTime() - started;
    return new EvaluationReport(totals, elapsed, human != null);
  }

  /** Reads the file into the queue in batches; stops early once a worker has failed. */
  private static void produce(Path tsv, BlockingQueue<Batch> queue, AtomicReference<RuntimeException> failure)
      throws IOException, InterruptedException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(tsv), StandardCharsets.UTF_8), 1 << 16)) {
      String line = reader.readLine();
      if (line == null) {
        return;
      }
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      String[] batch = new String[BATCH_SIZE];
      int size = 0;
      if (!isHeader(line)) {
        batch[size++] = line;
      }
      while ((line = reader.readLine()) != null) {
        batch[size++] = line;
        if (size == BATCH_SIZE) {
          if (failure.get() != null) {
            return;
          }
          queue.put(new Batch(batch, size));
          batch = new String[BATCH_SIZE];
          size = 0;
        }
      }
      if (size > 0) {
        queue.put(new Batch(batch, size));
      }
    }
  }

  /**
   * The first line is a header when its second field is {@code labels}, or when it has no second field, or when that
   * field does not parse as labels. Otherwise it is a data row.
   */
  static boolean isHeader(String line) {
    int t1 = line.indexOf('\t');
    if (t1 < 0) {
      return true;
    }
    int t2 = line.indexOf('\t', t1 + 1);
    int end = t2 < 0 ? line.length() : t2;
    String second = line.substring(t1 + 1, end).trim();
    if (second.equalsIgnoreCase("labels")) {
      return true;
    }
    return Labels.parse(line, t1 + 1, end, null) < 0;
  }

  private Accumulator work(
      BlockingQueue<Batch> queue,
      AtomicReference<RuntimeException> failure,
      Spans human,
      Consumer<EvaluationError> sink,
      Object sinkLock)
      throws InterruptedException {
    Accumulator counts = new Accumulator();
    while (true) {
      Batch batch = queue.take();
      if (batch == END) {
        return counts;
      }
      if (failure.get() != null) {
        continue; // keep draining so the reader never blocks on a full queue
      }
      int size = batch.size();
      String[] lines = batch.lines();
      String id = null;
      try {
        for (int i = 0; i < size; i++) {
          String line = lines[i];
          int t1 = line.indexOf('\t');
          int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
          if (t2 < 0) {
            counts.skipped++;
            continue;
          }
          int t3 = line.indexOf('\t', t2 + 1);
          id = line.substring(0, t1).trim();
          String text = t3 < 0 ? line.substring(t2 + 1) : line.substring(t2 + 1, t3);
          long gold = Labels.parse(line, t1 + 1, t2, counts.unknownLabels);
          judgeRow(id, gold, text, counts, human, sink, sinkLock);
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, new EvaluationException("judging row '" + id + "' failed: " + e, e));
      }
    }
  }

  private void judgeRow(
      String id, long gold, String text, Accumulator counts, Spans human, Consumer<EvaluationError> sink,
      Object sinkLock) {
    List<Finding> findings = judge.judge(id, text);
    if (findings == null) {
      findings = List.of();
    }
    long predicted = 0;
    boolean medium = false;
    boolean allPredict = true;
    for (int i = 0, n = findings.size(); i < n; i++) {
      Finding finding = findings.get(i);
      if (predicts(finding)) {
        predicted |= 1L << finding.category().ordinal();
        medium |= finding.severity().atLeast(Severity.MEDIUM);
      } else {
        allPredict = false;
      }
    }
    counts.add(gold, predicted, medium);
    if (human != null) {
      int[] spans = human.forId(id);
      if (spans != null) {
        Spans.score(text, spans, allPredict ? findings : predicting(findings), counts);
      }
    }
    if (sink != null && gold != predicted) {
      Set<String> ruleIds = new LinkedHashSet<>();
      for (Finding finding : findings) {
        if (predicts(finding) && finding.ruleId() != null) {
          ruleIds.add(finding.ruleId());
        }
      }
      EvaluationError error =
          new EvaluationError(id, categories(gold), categories(predicted), text, new ArrayList<>(ruleIds));
      synchronized (sinkLock) {
        sink.accept(error);
      }
    }
  }

  /** Whether a finding counts as its category's prediction for a row: a category, at low or above. */
  static boolean predicts(Finding finding) {
    return finding != null
        && finding.category() != null
        && finding.severity() != null
        && finding.severity().atLeast(Severity.LOW);
  }

  private static List<Finding> predicting(List<Finding> findings) {
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      if (predicts(finding)) {
        kept.add(finding);
      }
    }
    return kept;
  }

  private static Set<Category> categories(long mask) {
    EnumSet<Category> set = EnumSet.noneOf(Category.class);
    while (mask != 0) {
      set.add(Labels.CATEGORIES[Long.numberOfTrailingZeros(mask)]);
      mask &= mask - 1;
    }
    return set;
  }

  private static void putUninterruptibly(BlockingQueue<Batch> queue, Batch batch) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(batch);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
