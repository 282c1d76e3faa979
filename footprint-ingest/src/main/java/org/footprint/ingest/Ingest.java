package org.footprint.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.text.JsonLimits;
import org.footprint.model.Item;

/**
 * Reads exports into items: the one entry point of footprint-ingest. Each input (a zip, a folder or a file) is
 * opened safely, recognised by the {@link ExportReader} that scores it highest, and streamed; a zip inside it is
 * read as an export of its own. Inputs are read in parallel, and items pass through a bounded queue ({@link ReadAhead}) to
 * {@code sink}, which several threads call at once (it must be thread-safe) — so memory stays bounded however
 * large the export. Every failure becomes a {@link Problem} of the export it happened in; nothing is thrown for
 * bad input.
 */
public final class Ingest {
  private final Settings settings;
  private final List<ExportReader> readers;
  private final int threads;

  /** What every input of a scan shares. */
  record Settings(IngestLimits limits, Path workFolder, JsonFactory json) {}

  /**
   * @param workFolder the only folder where temporary copies (of large nested zips) may be written; they are
   *     deleted as soon as they have been read
   */
  public Ingest(IngestLimits limits, Path workFolder) {
    this(limits, workFolder, installedReaders(), Runtime.getRuntime().availableProcessors());
  }

  /** With the given readers instead of the installed ones, and {@code threads} workers per stage. */
  public Ingest(IngestLimits limits, Path workFolder, List<ExportReader> readers, int threads) {
    this.settings = new Settings(Objects.requireNonNull(limits), Objects.requireNonNull(workFolder), JsonLimits.factory(limits));
    this.readers = List.copyOf(readers);
    this.threads = Math.max(1, threads);
  }

  /** Every reader on the class path, found with {@link ServiceLoader}. */
  public static List<ExportReader> installedReaders() {
    List<ExportReader> found = new ArrayList<>();
    ServiceLoader.load(ExportReader.class, Ingest.class.getClassLoader()).forEach(found::add);
    return found;
  }

  /** The platform ids this ingest can read, sorted. */
  public List<String> platforms() {
    return readers.stream().map(ExportReader::platform).distinct().sorted().toList();
  }

  public IngestSummary scan(List<Path> inputs, Consumer<Item> sink) {
    return scan(inputs, sink, new IngestProgress());
  }

  /**
   * Reads every input, calling {@code sink} from several threads, and updating {@code progress} as it goes.
   *
   * @throws ScanCancelledException when {@link IngestProgress#cancel} was called: reading stopped at the next item or
   *     entry, and items still queued were not handed to {@code sink}
   */
  public IngestSummary scan(List<Path> inputs, Consumer<Item> sink, IngestProgress progress) {
    ReadAhead queue = new ReadAhead();
    AnalysisFailures failures = new AnalysisFailures();
    Duplicates duplicates = new Duplicates();
    ExecutorService consumers = Executors.newFixedThreadPool(threads, daemon("footprint-analyse"));
    for (int i = 0; i < threads; i++) {
      consumers.submit(() -> consume(queue, sink, progress, failures, duplicates));
    }
    ExecutorService producers = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, inputs.size())), daemon("footprint-read"));
    List<Future<List<SourceStats>>> results = new ArrayList<>();
    for (Path input : inputs) {
      results.add(producers.submit(() -> new InputScan(input, readers, settings, progress, queued -> put(queue, queued)).run()));
    }
    List<SourceStats> sources = new ArrayList<>();
    try {
      for (int i = 0; i < results.size(); i++) {
        sources.addAll(outcome(results.get(i), inputs.get(i)));
      }
      queue.end(threads);
      consumers.shutdown();
      consumers.awaitTermination(Long.MAX_VALUE, java.util.concurrent.TimeUnit.DAYS);
      progress.stopIfCancelled();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the scan was interrupted", e);
    } finally {
      producers.shutdownNow();
      consumers.shutdownNow();
    }
    return new IngestSummary(duplicates.addTo(failures.addTo(sources)), sources.stream().mapToLong(SourceStats::items).sum() - duplicates.total());
  }

  private static List<SourceStats> outcome(Future<List<SourceStats>> result, Path input) throws InterruptedException {
    try {
      return result.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ScanCancelledException) {
        // The other inputs stop at their next item or entry too; the consumers drain what is queued, unjudged.
        return List.of();
      }
      // InputScan catches what readers throw; anything else is a bug, still kept to this one input.
      return List.of(new SourceStats(input.toString(), null, 0,
          List.of(new Problem(input.toString(), null, "ingest.internal", "could not be read: " + oneLine(e.getCause())))));
    }
  }

  /**
   * Items the sink threw on, kept as problems of their export so one bad item cannot stop the scan. Only the
   * first {@value #LISTED} of each export are listed, then how many more: an analyser that fails on every item
   * must not hold a problem per item.
   */
  private static final class AnalysisFailures {
    private static final int LISTED = 10;
    private final Map<String, List<Problem>> listed = new HashMap<>();
    private final Map<String, Long> unlisted = new HashMap<>();

    synchronized void add(String source, Item item, RuntimeException e) {
      List<Problem> problems = listed.computeIfAbsent(source, s -> new ArrayList<>());
      if (problems.size() < LISTED) {
        problems.add(new Problem(source, null, ANALYSIS_FAILED, "item " + item.id() + " could not be analysed: " + oneLine(e)));
      } else {
        unlisted.merge(source, 1L, Long::sum);
      }
    }

    /** The sources with their failed items added to their problems. */
    synchronized List<SourceStats> addTo(List<SourceStats> sources) {
      if (listed.isEmpty()) {
        return sources;
      }
      List<SourceStats> merged = new ArrayList<>();
      for (SourceStats source : sources) {
        List<Problem> problems = new ArrayList<>(source.problems());
        problems.addAll(listed.getOrDefault(source.path(), List.of()));
        long more = unlisted.getOrDefault(source.path(), 0L);
        if (more > 0) {
          problems.add(new Problem(source.path(), null, ANALYSIS_FAILED, more + " more items could not be analysed"));
        }
        merged.add(new SourceStats(source.path(), source.platform(), source.items(), problems));
      }
      return merged;
    }
  }

  private static final String ANALYSIS_FAILED = "scan.analysis-failed";

  /**
   * Items skipped because another input (or an earlier part of the same one) already gave an item with the same
   * platform, id and text, counted by the export they came from.
   */
  private static final class Duplicates {
    private final SeenItems seen = new SeenItems();
    private final Map<String, Long> bySource = new java.util.concurrent.ConcurrentHashMap<>();

    boolean skip(Item item, String source) {
      if (seen.firstTime(item)) {
        return false;
      }
      bySource.merge(source, 1L, Long::sum);
      return true;
    }

    long total() {
      return bySource.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The sources with a note on each that had items skipped, and those items taken off its count. */
    List<SourceStats> addTo(List<SourceStats> sources) {
      if (bySource.isEmpty()) {
        return sources;
      }
      List<SourceStats> noted = new ArrayList<>();
      for (SourceStats source : sources) {
        Long skipped = bySource.get(source.path());
        if (skipped == null) {
          noted.add(source);
          continue;
        }
        List<Problem> problems = new ArrayList<>(source.problems());
        problems.add(new Problem(source.path(), null, DUPLICATE_ITEMS, String.format(Locale.ROOT,
            "%,d %s already read from another input (same platform, id and text) and %s judged once", skipped, skipped == 1 ? "item was" : "items were",
            skipped == 1 ? "was" : "were")));
        noted.add(new SourceStats(source.path(), source.platform(), source.items() - skipped, problems));
      }
      return noted;
    }
  }

  /** Code of the note on an export some of whose items another input had already given. */
  public static final String DUPLICATE_ITEMS = "ingest.items.duplicate";

  private static void consume(ReadAhead queue, Consumer<Item> sink, IngestProgress progress, AnalysisFailures failures,
      Duplicates duplicates) {
    try {
      while (true) {
        InputScan.Queued next = queue.take();
        if (next == ReadAhead.END) {
          return;
        }
        for (Item item : next.items()) {
          if (progress.cancelled()) {
            // Drained, not judged: a reader may still be putting its last batch.
            break;
          }
          if (duplicates.skip(item, next.source().displayName())) {
            continue;
          }
          try {
            sink.accept(item);
          } catch (RuntimeException e) {
            failures.add(next.source().displayName(), item, e);
          }
          queue.analysing();
          progress.addItem();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void put(ReadAhead queue, InputScan.Queued queued) {
    try {
      queue.put(queued);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the scan was interrupted", e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A failure as one line for users: its message (or its cause's), never a stack trace. */
  public static String oneLine(Throwable error) {
    Throwable cause = error;
    while (cause.getMessage() == null && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
