package org.footprint.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.footprint.config.FootprintConfig;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.IngestProgress;
import org.footprint.ingest.ScanCancelledException;
import org.footprint.policy.PolicyPacks;
import org.footprint.report.ReportFormat;
import org.footprint.store.ScanStore;
import org.footprint.store.StoreSettings;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.DemoExports;
import org.footprint.synth.archive.GeneratedArchive;
import org.footprint.watch.WatchList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan pipeline on its own: what it writes, what it saves, and how a cancelled scan ends. */
class ExportScanJobTest {
  @TempDir Path temp;

  private ScanRequest request(List<Path> inputs, List<String> names, IngestProgress progress) {
    return new ScanRequest(inputs, names, temp.resolve("out"), List.of(ReportFormat.JSON, ReportFormat.JSONL), PolicyPacks.loadBuiltIn().get("sssc"),
        FootprintConfig.NONE, WatchList.create(), () -> ScanStore.open(StoreSettings.h2File(temp.resolve("store"))), true, 0,
        Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), java.time.ZoneOffset.UTC), progress, IngestLimits.defaults(), "test");
  }

  @Test
  void savesTheScanAndWritesTheReportsUnderTheInputsGivenNames() throws IOException {
    List<GeneratedArchive> exports = DemoExports.write(7, ArchiveGenerator.persona(7), 60, Files.createDirectories(temp.resolve("exports")));
    List<Path> inputs = exports.stream().map(GeneratedArchive::path).toList();

    ScanOutcome outcome = new ExportScanJob(request(inputs, List.of("x.zip", "fb.zip", "ig.zip"), new IngestProgress())).run();

    assertThat(outcome.nothingRead()).isFalse();
    assertThat(outcome.tally().findings()).isPositive();
    assertThat(outcome.reportFiles()).containsExactly(temp.resolve("out/report.json"), temp.resolve("out/report.jsonl"));
    String report = Files.readString(temp.resolve("out/report.json"));
    assertThat(report).contains("\"path\":\"x.zip\"", "\"path\":\"fb.zip\"", "\"path\":\"ig.zip\"").doesNotContain(temp.toString());
    try (ScanStore store = ScanStore.open(StoreSettings.h2File(temp.resolve("store")))) {
      assertThat(store.history()).singleElement().satisfies(scan -> {
        assertThat(scan.id()).isEqualTo(outcome.storedScanId());
        assertThat(scan.inputs()).containsExactly("x.zip", "fb.zip", "ig.zip");
        assertThat(scan.findings()).isEqualTo(outcome.tally().findings());
      });
    }
    assertThat(scratchFolders()).isEmpty();
  }

  @Test
  void aCancelledScanStopsPromptlySavesNothingAndLeavesNoScratchFolder() throws Exception {
    Path drafts = temp.resolve("drafts.jsonl");
    try (Writer out = Files.newBufferedWriter(drafts, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 400_000; i++) {
        out.write("{\"id\":\"d" + i + "\",\"text\":\"Draft number " + i + ": absolutely steaming at the wedding, still drunk for my shift\"}\n");
      }
    }
    IngestProgress progress = new IngestProgress();
    CompletableFuture<ScanOutcome> running = CompletableFuture.supplyAsync(() -> {
      try {
        return new ExportScanJob(request(List.of(drafts), List.of("drafts.jsonl"), progress)).run();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Instant deadline = Instant.now().plusSeconds(60);
    while (progress.items() < 1_000 && Instant.now().isBefore(deadline) && !running.isDone()) {
      Thread.sleep(10);
    }
    assertThat(running).isNotDone();
    Instant cancelled = Instant.now();
    progress.cancel();

    assertThat(running).failsWithin(30, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause().isInstanceOf(ScanCancelledException.class);
    assertThat(Duration.between(cancelled, Instant.now())).isLessThan(Duration.ofSeconds(10));
    assertThat(progress.items()).isLessThan(400_000);
    try (ScanStore store = ScanStore.open(StoreSettings.h2File(temp.resolve("store")))) {
      assertThat(store.history()).isEmpty();
    }
    assertThat(scratchFolders()).isEmpty();
    assertThat(temp.resolve("out/report.json")).doesNotExist();
    // The thread that fed the store was stopped before the recording was rolled back, not left waiting.
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("footprint-store"));
  }

  private List<Path> scratchFolders() throws IOException {
    try (Stream<Path> files = Files.list(temp.resolve("out"))) {
      return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }
}
