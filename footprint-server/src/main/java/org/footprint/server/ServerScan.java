package org.footprint.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.footprint.ingest.IngestProgress;
import org.footprint.model.Category;
import org.footprint.model.Severity;
import org.footprint.policy.PolicyPack;
import org.footprint.report.JsonReport;
import org.footprint.report.ReportFormat;
import org.footprint.review.ReviewDecision;
import org.footprint.scan.ScanOutcome;

/**
 * One scan the server was asked for: its uploads (by the names they were sent with, never where they are kept), its
 * state and live progress, and once done what it found. Its state changes on the runner's thread and is read on
 * request threads.
 */
final class ServerScan {
  enum State {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    boolean finished() {
      return this == DONE || this == FAILED || this == CANCELLED;
    }
  }

  /** A file received for the scan. */
  record Upload(String displayName, Path path, long bytes) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  final String id;
  final PolicyPack pack;
  final List<Upload> uploads;
  /** The scan's private folder: its uploads while it runs, its reports once done. */
  final Path folder;
  final IngestProgress progress = new IngestProgress();
  final Instant queuedAt = Instant.now();
  private volatile State state = State.QUEUED;
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile ScanOutcome outcome;
  private volatile FindingIndex findings;
  private volatile Problem error;

  /** The folder the scan writes its reports to. */
  Path reports() {
    return folder.resolve("reports");
  }

  /** Where the scan's report in {@code format} is once it is done. */
  Path report(ReportFormat format) {
    return reports().resolve(format.fileName());
  }

  ServerScan(String id, PolicyPack pack, List<Upload> uploads, Path folder) {
    this.id = id;
    this.pack = pack;
    this.uploads = List.copyOf(uploads);
    this.folder = folder;
  }

  State state() {
    return state;
  }

  /** Marks the scan running, unless it was cancelled while it waited. */
  synchronized boolean start() {
    if (state != State.QUEUED) {
      return false;
    }
    state = State.RUNNING;
    startedAt = Instant.now();
    return true;
  }

  /**
   * Asks the scan to stop: a queued one never runs, a running one stops at its next item or entry.
   *
   * @return false when it had already finished
   */
  synchronized boolean cancel() {
    if (state.finished()) {
      return false;
    }
    progress.cancel();
    if (state == State.QUEUED) {
      finish(State.CANCELLED);
    }
    return true;
  }

  synchronized void done(ScanOutcome result, FindingIndex index) {
    outcome = result;
    findings = index;
    finish(State.DONE);
  }

  synchronized void failed(Problem problem, ScanOutcome result) {
    outcome = result;
    error = problem;
    finish(State.FAILED);
  }

  synchronized void cancelled() {
    finish(State.CANCELLED);
  }

  private void finish(State end) {
    state = end;
    finishedAt = Instant.now();
  }

  /** The findings, once the scan is done; null before. */
  FindingIndex findings() {
    return findings;
  }

  List<String> fileNames() {
    return uploads.stream().map(Upload::displayName).toList();
  }

  long uploadedBytes() {
    return uploads.stream().mapToLong(Upload::bytes).sum();
  }

  /** {@code GET /scans/{id}}: state, progress and, once finished, what was found. */
  ObjectNode status(String api) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", id);
    json.put("state", state.id());
    json.put("pack", pack.id());
    ArrayNode files = json.putArray("files");
    fileNames().forEach(files::add);
    ObjectNode live = json.putObject("progress");
    live.put("items_read", progress.items());
    live.put("bytes_read", progress.bytesRead());
    live.put("bytes_total", progress.bytesExpected());
    live.put("current_file", currentFile());
    live.put("problems", progress.problems());
    ScanOutcome result = outcome;
    json.set("problems", JsonReport.problems(result == null ? List.of() : result.scan().problems()));
    boolean found = result != null && state == State.DONE;
    json.put("items_scanned", result == null ? null : result.scan().itemsScanned());
    json.put("findings", found ? result.tally().findings() : null);
    json.set("reviewed", found ? counts(result.tally().reviewedByDecision(), ReviewDecision::id) : null);
    json.set("by_severity", found ? counts(result.tally().bySeverity(), Severity::id) : null);
    json.set("by_category", found ? counts(result.tally().byCategory(), Category::id) : null);
    json.put("stored_scan_id", result == null ? null : result.storedScanId());
    json.put("queued_at", queuedAt.toString());
    json.put("started_at", startedAt == null ? null : startedAt.toString());
    json.put("finished_at", finishedAt == null ? null : finishedAt.toString());
    json.set("error", error == null ? null : FootprintServer.problemJson(error));
    ObjectNode links = json.putObject("links");
    String self = api + "/scans/" + id;
    links.put("self", self);
    links.put("findings", self + "/findings");
    links.put("report", self + "/report?format=html");
    return json;
  }

  /** The upload being read, by the name it was sent with. */
  private String currentFile() {
    Path reading = progress.currentInput();
    return reading == null ? null : uploads.stream().filter(u -> u.path().equals(reading)).map(Upload::displayName).findFirst().orElse(null);
  }

  /** Counts under their ids ({@code high}, {@code hostility}, {@code false-positive}), in the map's order. */
  private static <K> ObjectNode counts(Map<K, Long> counted, Function<K, String> id) {
    ObjectNode json = MAPPER.createObjectNode();
    counted.forEach((key, count) -> json.put(id.apply(key), count));
    return json;
  }
}
