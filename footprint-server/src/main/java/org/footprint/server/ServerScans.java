package org.footprint.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.footprint.config.FootprintConfig;
import org.footprint.ingest.Ingest;
import org.footprint.ingest.ScanCancelledException;
import org.footprint.model.Severity;
import org.footprint.policy.PolicyPack;
import org.footprint.policy.PolicyPacks;
import org.footprint.report.ReportFormat;
import org.footprint.scan.ExportScanJob;
import org.footprint.scan.ScanOutcome;
import org.footprint.scan.ScanRequest;
import org.footprint.store.ScanStore;
import org.footprint.store.StoreSettings;
import org.footprint.watch.WatchList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scans of this server run: uploads taken in (streamed to disk, within the limits), scans queued on a bounded
 * runner and run as {@code footprint scan} runs them, each saved to the store. Every scan has a private folder under
 * the work root; its uploads are deleted when it ends, however it ends, and its reports when the server stops.
 */
final class ServerScans implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ServerScans.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Every report is written, so that any can be downloaded; JSON Lines is what the findings are served from. */
  private static final List<ReportFormat> REPORTS = List.of(ReportFormat.JSONL, ReportFormat.JSON, ReportFormat.HTML, ReportFormat.CSV);
  /** Parts up to this size are held in memory until written to the scan's folder; larger ones stream to it. */
  private static final int IN_MEMORY_PART_BYTES = 64 * 1024;
  /** A form field (the pack id) is short. */
  private static final int MAX_FIELD_BYTES = 256;
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private final ScanLimits limits;
  private final FootprintConfig config;
  private final WatchList watchList;
  private final StoreSettings store;
  private final String toolVersion;
  private final Path root;
  private final boolean ownRoot;
  private final ThreadPoolExecutor runner;
  private final Map<String, ServerScan> scans = new ConcurrentHashMap<>();
  /** The queued tasks of scans not yet started, so that a cancelled one leaves the queue at once. */
  private final Map<String, Runnable> waiting = new ConcurrentHashMap<>();
  private final AtomicLong inFlight = new AtomicLong();
  private final SecureRandom random = new SecureRandom();

  ServerScans(ServerOptions options, FootprintConfig config, WatchList watchList, StoreSettings store, String toolVersion) {
    this.limits = options.scans();
    this.config = config;
    this.watchList = watchList;
    this.store = store;
    this.toolVersion = toolVersion;
    try {
      this.ownRoot = options.workRoot() == null;
      this.root = ownRoot ? privateTempFolder() : ownerOnly(Files.createDirectories(options.workRoot()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the server's work folder: " + e.getMessage(), e);
    }
    this.runner = new ThreadPoolExecutor(limits.concurrentScans(), limits.concurrentScans(), 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(limits.maxQueuedScans()), runnable -> {
          Thread thread = new Thread(runnable, "footprint-server-scan");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Where the uploads and reports are; the uploads folder is empty whenever no scan is waiting or running. */
  Path root() {
    return root;
  }

  Optional<ServerScan> find(String id) {
    return Optional.ofNullable(scans.get(id));
  }

  /** This run's scans, newest first. */
  List<ServerScan> newestFirst() {
    return scans.values().stream().sorted(Comparator.comparing((ServerScan s) -> s.queuedAt).reversed()).toList();
  }

  /**
   * {@code POST /scans}: takes in the uploads, streamed to the scan's private folder, and queues the scan. Refused with
   * 413 past a byte limit (one that could never fit), with 429 when the queue is full or the uploads already waiting
   * leave too little room (it may fit later); whatever is refused leaves nothing on disk.
   */
  ServerScan submit(Context ctx) {
    String contentType = ctx.contentType();
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new Problem(415, "unsupported-media-type", "Unsupported media type", "send the exports as multipart/form-data, each in a part named 'file'").raise();
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > limits.maxRequestBytes()) {
      throw tooLarge("the upload is " + declared + " bytes; one request may carry at most " + limits.maxRequestBytes());
    }
    if (runner.getQueue().remainingCapacity() == 0) {
      throw tooManyScans();
    }
    // The bytes are counted before they are read: a request of unknown length counts as the largest allowed.
    long reserved = declared < 0 ? limits.maxRequestBytes() : declared;
    if (reserved > limits.maxInFlightBytes()) {
      throw tooLarge("the upload is " + reserved + " bytes; at most " + limits.maxInFlightBytes() + " may wait to be scanned at once");
    }
    if (inFlight.addAndGet(reserved) > limits.maxInFlightBytes()) {
      inFlight.addAndGet(-reserved);
      throw new Problem(429, "uploads-waiting", "Too many uploads waiting", "uploads waiting to be scanned already take " + inFlight.get()
          + " bytes of the " + limits.maxInFlightBytes() + " that may wait at once: try again when a scan has finished").raise();
    }
    String id = newId();
    Path folder = root.resolve("scans").resolve(id);
    try {
      Path uploads = privateFolders(folder.resolve("uploads"));
      Received received = receive(ctx, uploads);
      PolicyPack pack = pack(received.pack());
      ServerScan scan = new ServerScan(id, pack, received.uploads(), folder);
      long bytes = scan.uploadedBytes();
      inFlight.addAndGet(bytes - reserved);
      reserved = bytes;
      long held = reserved;
      Runnable task = () -> {
        waiting.remove(id);
        run(scan, uploads, held);
      };
      scans.put(id, scan);
      waiting.put(id, task);
      try {
        runner.execute(task);
      } catch (RejectedExecutionException e) {
        scans.remove(id);
        waiting.remove(id);
        throw tooManyScans();
      }
      return scan;
    } catch (RuntimeException e) {
      inFlight.addAndGet(-reserved);
      ExportScanJob.deleteTree(folder);
      throw e;
    }
  }

  /**
   * {@code DELETE /scans/{id}}: a waiting scan is taken off the queue and its uploads deleted at once; a running one
   * stops at its next item or entry.
   *
   * @return false when the scan had already finished
   */
  boolean cancel(ServerScan scan) {
    if (!scan.cancel()) {
      return false;
    }
    Runnable task = waiting.remove(scan.id);
    if (task != null && runner.remove(task)) {
      ended(scan, scan.folder.resolve("uploads"), scan.uploadedBytes(), false);
    }
    return true;
  }

  /** What an upload request carried. */
  private record Received(List<ServerScan.Upload> uploads, String pack) {}

  /**
   * Reads the request's parts: every part named {@code file} is written into a numbered folder of its own in
   * {@code uploads}, under the name it was sent with made safe (letters, digits, {@code . _ -} and spaces), so that
   * entries, drafts' ids and problems name it as the user does; the name sent is never used as a path.
   */
  private Received receive(Context ctx, Path uploads) {
    // Jetty writes parts larger than the threshold straight into the scan's folder, within the limits.
    ctx.req().setAttribute("org.eclipse.jetty.multipartConfig",
        new MultipartConfigElement(uploads.toString(), limits.maxFileBytes(), limits.maxRequestBytes(), IN_MEMORY_PART_BYTES));
    List<ServerScan.Upload> received = new ArrayList<>();
    String pack = null;
    try {
      for (Part part : ctx.req().getParts()) {
        if (part.getName().equals("file") && part.getSubmittedFileName() != null) {
          String displayName = displayName(part.getSubmittedFileName(), received.size() + 1);
          Path file = privateFolders(uploads.resolve(String.valueOf(received.size() + 1))).resolve(safeFileName(displayName));
          part.write(file.toString());
          received.add(new ServerScan.Upload(displayName, file, Files.size(file)));
        } else if (part.getName().equals("pack") && part.getSubmittedFileName() == null) {
          pack = field(part);
        } else {
          throw Problem.badRequest("unexpected part '" + part.getName() + "': send files as parts named 'file' and, optionally, a field 'pack'").raise();
        }
      }
    } catch (IllegalStateException e) {
      // Jetty's words for a part or a request over the configured size.
      throw tooLarge("one file may have at most " + limits.maxFileBytes() + " bytes and one request " + limits.maxRequestBytes() + " (" + e.getMessage() + ")");
    } catch (IOException | ServletException e) {
      throw Problem.badRequest("the multipart body cannot be read: " + Ingest.oneLine(e)).raise();
    }
    if (received.isEmpty()) {
      throw Problem.badRequest("send at least one export as a part named 'file' (with a file name)").raise();
    }
    return new Received(received, pack);
  }

  private static String field(Part part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
      if (bytes.length > MAX_FIELD_BYTES) {
        throw Problem.badRequest("the field '" + part.getName() + "' is longer than " + MAX_FIELD_BYTES + " bytes").raise();
      }
      return new String(bytes, StandardCharsets.UTF_8).trim();
    }
  }

  private PolicyPack pack(String id) {
    PolicyPacks packs = PolicyPacks.loadBuiltIn();
    try {
      return packs.get(FootprintConfig.chosen(id == null || id.isEmpty() ? null : id, config.pack(), packs.defaultPack().id()));
    } catch (IllegalArgumentException e) {
      throw Problem.unknownPack(e.getMessage()).raise();
    }
  }

  /**
   * Runs one scan on the runner's thread. Its uploads (and, unless it is done, its whole folder) are deleted before its
   * final state is shown, so a client that sees it ended finds nothing of it left on disk.
   */
  private void run(ServerScan scan, Path uploads, long bytes) {
    if (!scan.start()) {
      // Cancelled while it waited, too late to take it off the queue.
      ended(scan, uploads, bytes, false);
      return;
    }
    Runnable end;
    boolean done = false;
    try {
      Path reports = scan.reports();
      ScanRequest request = new ScanRequest(scan.uploads.stream().map(ServerScan.Upload::path).toList(), scan.fileNames(), reports, REPORTS,
          scan.pack, config, watchList, () -> ScanStore.open(store), true, 0, Clock.systemUTC(), scan.progress, limits.ingest(), toolVersion);
      ScanOutcome outcome = new ExportScanJob(request).run();
      if (outcome.nothingRead()) {
        end = () -> scan.failed(nothingRead(scan, outcome), outcome);
      } else {
        FindingIndex findings = FindingIndex.of(reports.resolve(ReportFormat.JSONL.fileName()));
        end = () -> scan.done(outcome, findings);
        done = true;
      }
    } catch (ScanCancelledException e) {
      end = scan::cancelled;
    } catch (Exception | StackOverflowError e) {
      LOG.error("scan {} failed", scan.id, e);
      Problem failure = new Problem(500, "scan-failed", "The scan failed", "the scan of " + String.join(", ", scan.fileNames()) + " stopped: " + Ingest.oneLine(e));
      end = () -> scan.failed(failure, null);
    }
    ended(scan, uploads, bytes, done);
    end.run();
  }

  /** A scan's uploads go when it ends, and their bytes from the count in flight; all of its folder unless it is done. */
  private void ended(ServerScan scan, Path uploads, long bytes, boolean keepReports) {
    ExportScanJob.deleteTree(uploads);
    inFlight.addAndGet(-bytes);
    if (!keepReports) {
      ExportScanJob.deleteTree(scan.folder);
    }
  }

  /** As {@code footprint scan} says it: the files, and the first problem. */
  private static Problem nothingRead(ServerScan scan, ScanOutcome outcome) {
    List<org.footprint.ingest.Problem> problems = outcome.scan().problems();
    String why = problems.isEmpty() ? "" : " (" + problems.get(0).file() + ": " + problems.get(0).code() + ": " + problems.get(0).message() + ")";
    return new Problem(422, "nothing-read", "Nothing could be read", "nothing could be read from " + String.join(", ", scan.fileNames()) + why);
  }

  /** {@code GET /scans}: this run's scans, newest first, then the store's history. */
  ObjectNode list(String api, ScanStore history) {
    ObjectNode json = MAPPER.createObjectNode();
    ArrayNode running = json.putArray("scans");
    newestFirst().forEach(scan -> running.add(scan.status(api)));
    ArrayNode stored = json.putArray("history");
    history.history().forEach(record -> {
      ObjectNode row = stored.addObject();
      row.put("id", record.id());
      row.put("started_at", record.startedAt().toString());
      row.put("finished_at", record.finishedAt() == null ? null : record.finishedAt().toString());
      ArrayNode inputs = row.putArray("inputs");
      record.inputs().forEach(inputs::add);
      row.put("pack", record.packId());
      row.put("tool_version", record.toolVersion());
      row.put("items_scanned", record.itemsScanned());
      row.put("flagged_items", record.flaggedItems());
      row.put("findings", record.findings());
      ObjectNode bySeverity = row.putObject("by_severity");
      record.bySeverity().entrySet().stream().sorted(Map.Entry.<Severity, Long>comparingByKey().reversed())
          .forEach(e -> bySeverity.put(e.getKey().id(), e.getValue()));
    });
    return json;
  }

  /** Stops every scan, waits for them to end, and deletes what they left. */
  @Override
  public void close() {
    scans.values().forEach(this::cancel);
    runner.shutdown();
    try {
      if (!runner.awaitTermination(30, TimeUnit.SECONDS)) {
        runner.shutdownNow();
      }
    } catch (InterruptedException e) {
      runner.shutdownNow();
      Thread.currentThread().interrupt();
    }
    ExportScanJob.deleteTree(ownRoot ? root : root.resolve("scans"));
  }

  private String newId() {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The name the file was sent with, without any folder part or control character, for display only. */
  static String displayName(String submitted, int number) {
    String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "upload-" + number : name;
  }

  /** The display name as a file name: any other character is {@code _}, and it never starts with a dot. */
  static String safeFileName(String displayName) {
    String safe = displayName.replaceAll("[^A-Za-z0-9._ -]", "_");
    return safe.startsWith(".") ? "_" + safe : safe;
  }

  private static Problem.ProblemException tooLarge(String detail) {
    return new Problem(413, "too-large", "Upload too large", detail).raise();
  }

  private static Problem.ProblemException tooManyScans() {
    return new Problem(429, "too-many-scans", "Too many scans waiting", "the scan queue is full: try again when a scan has finished").raise();
  }

  private static Path ownerOnly(Path folder) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
    return folder;
  }

  private static Path privateTempFolder() throws IOException {
    return POSIX ? Files.createTempDirectory("footprint-serve-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
        : Files.createTempDirectory("footprint-serve-");
  }

  /** Creates the folder and its parents when missing, each under the root readable by the user alone where the file system says so. */
  private Path privateFolders(Path folder) {
    try {
      Files.createDirectories(folder);
      for (Path step = folder; step != null && !step.equals(root); step = step.getParent()) {
        ownerOnly(step);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the folder for an upload: " + e.getMessage(), e);
    }
  }
}
