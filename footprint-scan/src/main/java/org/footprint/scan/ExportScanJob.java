package org.footprint.scan;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.footprint.analysis.Analyzer;
import org.footprint.analysis.Assessment;
import org.footprint.config.ConfiguredAnalysis;
import org.footprint.history.CrossItemRule;
import org.footprint.history.HistoryCollector;
import org.footprint.history.HistoryRules;
import org.footprint.ingest.Ingest;
import org.footprint.ingest.IngestProgress;
import org.footprint.ingest.IngestSummary;
import org.footprint.ingest.Problem;
import org.footprint.ingest.ScanCancelledException;
import org.footprint.ingest.SourceStats;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.policy.ItemAge;
import org.footprint.report.ExportScan;
import org.footprint.report.FindingSpill;
import org.footprint.report.FindingsByTime;
import org.footprint.report.ReportFormat;
import org.footprint.report.ReportedFinding;
import org.footprint.report.ReportedFindings;
import org.footprint.report.ReviewJson;
import org.footprint.review.Reviews;
import org.footprint.rules.RuleCatalogue;
import org.footprint.settings.SettingsAudit;
import org.footprint.store.BackgroundRecording;
import org.footprint.store.ScanRecording;
import org.footprint.store.ScanStore;

/**
 * One scan of real exports, as {@code footprint scan} and the server run it: every input read safely and judged item
 * by item, what only the whole history shows judged after, the reports written and the scan saved to the store.
 * Findings and scratch copies of large nested zips go to a scratch folder inside the output folder, deleted when the
 * scan ends, however it ends.
 */
public final class ExportScanJob {
  private final ScanRequest request;

  public ExportScanJob(ScanRequest request) {
    this.request = request;
  }

  /** The output folder cannot be created or written to; nothing was read. */
  public static final class UnusableOutputException extends UncheckedIOException {
    UnusableOutputException(Path out, IOException cause) {
      super(out + ": cannot be used as the output folder (" + cause.getClass().getSimpleName() + ")", cause);
    }
  }

  /**
   * Runs the scan on this thread (the analysis on several).
   *
   * @throws ScanCancelledException when the request's progress was cancelled: reading stopped at the next item or
   *     entry, no report was moved into place, nothing was saved to the store, and the scratch folder is gone
   */
  public ScanOutcome run() throws IOException {
    // The rules load (about a second) while the export is opened and its first entries are read.
    CompletableFuture<ConfiguredAnalysis> loading = CompletableFuture.supplyAsync(
        () -> ConfiguredAnalysis.of(RuleCatalogue.builtIn(), request.pack(), request.config(), request.watchList()));
    Path work;
    try {
      Files.createDirectories(request.out());
      work = Files.createTempDirectory(request.out(), ".work-");
    } catch (IOException e) {
      throw new UnusableOutputException(request.out(), e);
    }
    Instant scannedAt = request.clock().instant();
    // The store is opened (and migrated) before anything is read: a store that cannot be used stops the scan at once.
    // The scan is saved as it is judged, in one transaction committed once the reports are written; closed
    // uncommitted (the scan failed, was cancelled, or read nothing), no trace of it is left.
    try (ScanStore opened = request.store() == null ? null : request.store().open();
        ScanRecording recording = opened == null ? null
            : opened.record(scannedAt, request.inputNames(), request.pack().id(), request.toolVersion())) {
      return scan(loading, work, opened, scannedAt, recording);
    } finally {
      deleteTree(work);
    }
  }

  private ScanOutcome scan(CompletableFuture<ConfiguredAnalysis> loading, Path work, ScanStore opened, Instant scannedAt, ScanRecording recording)
      throws IOException {
    FindingSpill findings = new FindingSpill(work);
    // Strengths are spilled apart, in a folder of their own (run files are numbered per spill), so they can never be
    // counted or read as findings.
    FindingSpill strengths = new FindingSpill(Files.createDirectories(work.resolve("strengths")));
    BackgroundRecording saving = recording == null ? null : new BackgroundRecording(recording);
    // Where each flagged item goes: the report's spill and, when there is a store, the scan being saved.
    BiConsumer<Item, List<Finding>> flagged = saving == null ? findings::add : (item, found) -> {
      findings.add(item, found);
      saving.add(item, found);
    };
    SettingsAudit settings = SettingsAudit.builtIn();
    // What only the whole history shows is gathered while the items are judged, and judged once they all are.
    CompletableFuture<HistoryCollector> history = loading.thenApply(analysis -> HistoryCollector.builtIn(analysis.analyzer().pack()));
    IngestProgress progress = request.progress();
    IngestSummary summary;
    ConfiguredAnalysis configured;
    boolean saved = false;
    try {
      summary = new Ingest(request.limits(), work).scan(request.inputs(), item -> {
        settings.observe(item);
        analyse(loading, history, item, scannedAt, flagged, strengths);
      }, progress);
      configured = loaded(loading);
      for (HistoryCollector.Flagged across : loaded(history).findings()) {
        // The history's own rules and allowed terms are applied here; its clues come from findings already configured.
        List<Finding> kept = across.findings().stream().filter(configured::keeps).toList();
        if (!kept.isEmpty()) {
          flagged.accept(across.item(), kept);
        }
      }
      findings.finish();
      strengths.finish();
      if (saving != null) {
        saving.finish();
      }
      saved = true;
    } finally {
      if (saving != null && !saved) {
        // The analysis threads have stopped (or never started): the store's thread stops before the recording is rolled back.
        saving.abandon();
      }
    }
    Analyzer analyzer = configured.analyzer();
    progress.stopIfCancelled();
    Reviews reviews = opened == null ? Reviews.NONE : opened.reviews();
    // The summary is counted and the reviews looked up while the first report is written: one pass over the
    // findings on disk. Only a finding someone decided on is read back whole.
    ScanTally tally = new ScanTally(request.shownItems(), HistoryRules.builtIn().rules().stream().map(CrossItemRule::id).collect(Collectors.toSet()));
    FindingsByTime byTime = new FindingsByTime(scannedAt);
    List<SourceStats> sources = summary.sources().stream().map(this::named).toList();
    ExportScan scan = new ExportScan(request.toolVersion(), scannedAt, analyzer.pack().id(), analyzer.pack().title(),
        sources, summary.items(), tallied(findings, found -> {
          tally.add(found, ReviewJson.stateOf(reviews, found), request.showReviewed());
          byTime.add(found);
        }), tallied(strengths, tally::addStrength), settings.settingsToCheck(), sources.stream().flatMap(source -> source.problems().stream()).toList(),
        reviews);
    List<Path> reportFiles = new ArrayList<>();
    for (ReportFormat report : request.reports()) {
      progress.stopIfCancelled();
      reportFiles.add(writeReport(scan, report));
    }
    progress.stopIfCancelled();
    // A scan that read nothing is not history.
    Long storedScanId = recording != null && !summary.nothingRead() ? recording.commit(summary.items()) : null;
    return new ScanOutcome(scan, tally, byTime, findings.flaggedItems(), reportFiles, configured.summary(), summary.nothingRead(), storedScanId);
  }

  /** The source, and its problems, under the request's names for the inputs rather than their paths. */
  private SourceStats named(SourceStats source) {
    List<Problem> problems = source.problems().stream().map(p -> new Problem(named(p.file()), namedEntry(p.file(), p.entry()), p.code(), p.message())).toList();
    return new SourceStats(named(source.path()), source.platform(), source.items(), problems);
  }

  /** A single file read as an input is its own entry: named by the last part of the request's name for it. */
  private String namedEntry(String file, String entry) {
    for (int i = 0; i < request.inputs().size(); i++) {
      Path input = request.inputs().get(i);
      if (input.toString().equals(file) && input.getFileName() != null && input.getFileName().toString().equals(entry)) {
        String name = request.inputNames().get(i);
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(File.separatorChar)) + 1);
      }
    }
    return entry;
  }

  /** {@code path} with the input it lies in (the input itself, an entry {@code !/…} or a file under it) named as the request says. */
  private String named(String path) {
    if (path == null) {
      return null;
    }
    for (int i = 0; i < request.inputs().size(); i++) {
      String input = request.inputs().get(i).toString();
      if (path.equals(input) || path.startsWith(input + "!/") || path.startsWith(input + File.separator)) {
        return request.inputNames().get(i) + path.substring(input.length());
      }
    }
    return path;
  }

  /**
   * Judges one item, on one of the analysis threads; only items with findings (their age said) or strengths are
   * kept, and what the history needs of the rest.
   */
  private static void analyse(CompletableFuture<ConfiguredAnalysis> analysis, CompletableFuture<HistoryCollector> history, Item item, Instant scannedAt,
      BiConsumer<Item, List<Finding>> flagged, FindingSpill strengths) {
    HistoryCollector collector = history.join();
    List<EvidenceSpan> signals = new ArrayList<>(0);
    Assessment assessment = analysis.join().analyzer().assess(item, collector.signals(), signals::add);
    List<Finding> found = ItemAge.builtIn().apply(item, assessment.risks(), scannedAt);
    collector.offer(item, found, signals);
    if (!found.isEmpty()) {
      flagged.accept(item, found);
    }
    if (!assessment.strengths().isEmpty()) {
      strengths.add(item, assessment.strengths());
    }
  }

  /**
   * The spill's findings, each counted by {@code tally} as the first report written reads it: the other reports (a
   * scan can write several) read them again uncounted.
   */
  private static ReportedFindings tallied(FindingSpill spill, Consumer<ReportedFinding> tally) {
    return new ReportedFindings() {
      private boolean counted;

      @Override
      public void forEachInOrder(Visitor visitor) throws IOException {
        forEachReportedInOrder(found -> visitor.visit(found.parsed()));
      }

      @Override
      public void forEachReportedInOrder(ReportedVisitor visitor) throws IOException {
        boolean counting = !counted;
        counted = true;
        spill.forEachReportedInOrder(found -> {
          if (counting) {
            tally.accept(found);
          }
          visitor.visit(found);
        });
      }
    };
  }

  /** The analyser (or the history collector), or what stopped it loading (a broken rule file), as the scan's own error. */
  private static <T> T loaded(CompletableFuture<T> loading) {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Writes one report to a temporary file in the output folder, then moves it into place: never a half-written report. */
  private Path writeReport(ExportScan scan, ReportFormat report) {
    Path file = request.out().resolve(report.fileName());
    Path partial = null;
    try {
      partial = Files.createTempFile(request.out(), "." + report.fileName() + "-", ".partial");
      try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        report.write(scan, writer);
      }
      moveIntoPlace(partial, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
    } finally {
      if (partial != null) {
        partial.toFile().delete();
      }
    }
  }

  private static void moveIntoPlace(Path partial, Path file) throws IOException {
    try {
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a folder and everything in it, as far as it can: a scratch folder holds only copies of the user's own files. */
  public static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Best effort, as above.
    }
  }
}
