package org.footprint.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.footprint.analysis.Analyzer;
import org.footprint.analysis.ScanJudgement;
import org.footprint.ingest.corpus.CorpusPost;
import org.footprint.ingest.corpus.CorpusProblem;
import org.footprint.ingest.text.LineReader;
import org.footprint.model.Finding;
import org.footprint.model.Severity;
import org.footprint.report.ScanFindingJson;

/**
 * A researcher's corpus in JSON Lines judged on one machine, as the Spark job judges it ({@link ScanJudgement}, one
 * {@link CorpusPost} per line): read in batches, judged on every core, and written out as it goes, one finding per line
 * in the scan report's shape, in the corpus's order. Memory stays bounded whatever the corpus's size: a few batches in
 * flight, nothing kept once written (no history across posts, no store, no report to sort).
 *
 * <p>A line is an object with {@code id}, {@code author} and {@code text}, and optionally {@code created_at}
 * (ISO-8601), {@code platform} and {@code reply_to}. A line that cannot be judged is counted under its
 * {@link CorpusProblem} and skipped; the run goes on.
 */
public final class CorpusScan {
  /** Lines judged together: large enough that handing a batch to a thread costs nothing beside judging it. */
  static final int BATCH = 512;
  /** A line longer than this is cut, and so unreadable: no post is that long, and a whole file on one line would not fit. */
  static final int MAX_LINE_CHARS = 10_000_000;
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(MAX_LINE_CHARS).build()).build();

  private final Analyzer analyzer;
  private final Instant scannedAt;
  private final String defaultPlatform;
  private final int threads;

  /**
   * @param defaultPlatform the platform of a line that names none
   * @param threads how many threads judge (the reading and writing thread is the caller's)
   */
  public CorpusScan(Analyzer analyzer, Instant scannedAt, String defaultPlatform, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.analyzer = analyzer;
    this.scannedAt = scannedAt;
    this.defaultPlatform = defaultPlatform;
    this.threads = threads;
  }

  /** What a run read and found. */
  public record Outcome(long lines, long judged, Map<CorpusProblem, Long> skipped, Map<Severity, Long> findingsBySeverity) {
    public long findings() {
      return findingsBySeverity.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The most serious finding's severity, or null when there was none. */
    public Severity highest() {
      return findingsBySeverity.keySet().stream().max(Enum::compareTo).orElse(null);
    }
  }

  /** The corpus itself could not be read (missing, not allowed, a disk error): what was judged before it is written. */
  public static final class UnreadableCorpusException extends IOException {
    UnreadableCorpusException(IOException cause) {
      super(cause instanceof NoSuchFileException ? "no such file"
          : cause instanceof AccessDeniedException ? "not allowed to read it" : String.valueOf(cause.getMessage()), cause);
    }
  }

  /** One batch judged: its findings' lines and its counts. */
  private record Judged(String lines, long judged, Map<CorpusProblem, Long> skipped, Map<Severity, Long> bySeverity) {}

  /**
   * Judges every line of {@code corpus} and writes each finding to {@code out} as one JSON line.
   *
   * @throws UnreadableCorpusException when the corpus cannot be read
   * @throws IOException when the output cannot be written
   */
  public Outcome run(Path corpus, Writer out) throws IOException {
    // Two batches a thread in flight: the threads never wait for the reader, and no more than that is held.
    BlockingQueue<Future<Judged>> inFlight = new ArrayBlockingQueue<>(2 * threads);
    ExecutorService judges = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "footprint-corpus-judge");
      thread.setDaemon(true);
      return thread;
    });
    Counts counts = new Counts();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (LineReader lines = open(corpus, decoder)) {
      List<String> batch = new ArrayList<>(BATCH);
      String line;
      boolean first = true;
      while ((line = next(lines)) != null) {
        if (first && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        first = false;
        // Blank lines are no rows, as Spark's JSON reader has it.
        if (line.isBlank()) {
          continue;
        }
        counts.lines++;
        batch.add(line);
        if (batch.size() == BATCH) {
          submit(judges, inFlight, batch, out, counts);
          batch = new ArrayList<>(BATCH);
        }
      }
      if (!batch.isEmpty()) {
        submit(judges, inFlight, batch, out, counts);
      }
      while (!inFlight.isEmpty()) {
        write(inFlight.remove(), out, counts);
      }
    } finally {
      judges.shutdownNow();
    }
    out.flush();
    return new Outcome(counts.lines, counts.judged, Map.copyOf(counts.skipped), Map.copyOf(counts.bySeverity));
  }

  private static LineReader open(Path corpus, CharsetDecoder decoder) throws UnreadableCorpusException {
    try {
      return new LineReader(new InputStreamReader(Files.newInputStream(corpus), decoder), MAX_LINE_CHARS);
    } catch (IOException e) {
      throw new UnreadableCorpusException(e);
    }
  }

  private static String next(LineReader lines) throws UnreadableCorpusException {
    try {
      return lines.readLine();
    } catch (IOException e) {
      throw new UnreadableCorpusException(e);
    }
  }

  private void submit(ExecutorService judges, BlockingQueue<Future<Judged>> inFlight, List<String> batch, Writer out, Counts counts) throws IOException {
    if (inFlight.remainingCapacity() == 0) {
      // The oldest batch is written first, which keeps the output in the corpus's order.
      write(inFlight.remove(), out, counts);
    }
    inFlight.add(judges.submit(() -> judge(batch)));
  }

  private static void write(Future<Judged> next, Writer out, Counts counts) throws IOException {
    Judged judged;
    try {
      judged = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while judging the corpus", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    }
    out.write(judged.lines());
    counts.judged += judged.judged();
    judged.skipped().forEach((problem, n) -> counts.skipped.merge(problem, n, Long::sum));
    judged.bySeverity().forEach((severity, n) -> counts.bySeverity.merge(severity, n, Long::sum));
  }

  private Judged judge(List<String> batch) {
    StringBuilder lines = new StringBuilder(batch.size() * 64);
    Map<CorpusProblem, Long> skipped = new EnumMap<>(CorpusProblem.class);
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    long judged = 0;
    for (String line : batch) {
      CorpusPost post = post(line);
      if (post.problem() != null) {
        skipped.merge(post.problem(), 1L, Long::sum);
        continue;
      }
      judged++;
      for (Finding finding : ScanJudgement.risks(analyzer, post.item(), scannedAt)) {
        lines.append(ScanFindingJson.render(post.item(), finding)).append('\n');
        bySeverity.merge(finding.severity(), 1L, Long::sum);
      }
    }
    return new Judged(lines.toString(), judged, skipped, bySeverity);
  }

  /** The line's post, its scalar fields read as text (an id may be a number); anything else makes it unreadable. */
  private CorpusPost post(String line) {
    Map<String, String> fields = new HashMap<>(8);
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return CorpusPost.skipped(CorpusProblem.UNREADABLE);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          fields.put(name, parser.getText());
        } else {
          parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        return CorpusPost.skipped(CorpusProblem.UNREADABLE);
      }
    } catch (IOException | RuntimeException malformed) {
      return CorpusPost.skipped(CorpusProblem.UNREADABLE);
    }
    return CorpusPost.of(fields.get("id"), fields.get("author"), fields.get("created_at"), fields.get("text"), fields.get("platform"),
        fields.get("reply_to"), defaultPlatform);
  }

  /** The run's counts, kept by the reading thread only. */
  private static final class Counts {
    long lines;
    long judged;
    final Map<CorpusProblem, Long> skipped = new EnumMap<>(CorpusProblem.class);
    final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
  }
}
