package org.footprint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.footprint.report.HtmlReport;
import org.footprint.report.ReportFormat;
import org.footprint.report.ReviewJson;
import org.footprint.review.ReviewDecision;
import org.footprint.review.ReviewState;
import org.footprint.review.Reviews;
import org.footprint.store.DecisionRequest;
import org.footprint.store.FindingKey;
import org.footprint.store.ScanStore;
import org.footprint.store.UnknownFindingException;

/**
 * The scan routes of the REST API: uploads, status, cancellation, findings with filters and paging, reports, and
 * review decisions, which go to the store as {@code footprint review set} records them. The store's one connection is
 * used by one request at a time (each scan saves itself over a connection of its own).
 */
final class ScanApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_NOTE_CHARS = 2_000;

  private final ServerScans scans;
  private final ScanStore store;

  ScanApi(ServerScans scans, ScanStore store) {
    this.scans = scans;
    this.store = store;
  }

  /** {@code POST /scans}: 202 with the scan's id, state and links. */
  void submit(Context ctx) {
    ServerScan scan = scans.submit(ctx);
    ObjectNode status = scan.status(FootprintServer.API);
    ObjectNode accepted = MAPPER.createObjectNode();
    accepted.put("id", scan.id);
    accepted.put("state", status.get("state").asText());
    accepted.set("links", status.get("links"));
    ctx.status(202).header("Location", status.get("links").get("self").asText());
    json(ctx, accepted);
  }

  void list(Context ctx) {
    synchronized (store) {
      json(ctx, scans.list(FootprintServer.API, store));
    }
  }

  void status(Context ctx) {
    json(ctx, scan(ctx).status(FootprintServer.API));
  }

  void cancel(Context ctx) {
    ServerScan scan = scan(ctx);
    if (!scans.cancel(scan)) {
      throw new Problem(409, "scan-finished", "The scan has finished", "scan " + scan.id + " is " + scan.state().id() + ": there is nothing to cancel").raise();
    }
    json(ctx, scan.status(FootprintServer.API));
  }

  /** {@code GET /scans/{id}/findings}: one page, in report order, with the reviews that apply now. */
  void findings(Context ctx) throws IOException {
    ServerScan scan = done(ctx);
    FindingQuery query = FindingQuery.of(ctx);
    Reviews reviews;
    synchronized (store) {
      reviews = store.reviews();
    }
    FindingIndex.Page page = scan.findings().page(query, reviews);
    ObjectNode json = MAPPER.createObjectNode();
    json.put("total", page.total());
    json.put("offset", query.offset());
    json.put("limit", query.limit());
    ArrayNode findings = json.putArray("findings");
    page.findings().forEach(findings::add);
    json(ctx, json);
  }

  /** {@code GET /scans/{id}/report?format=…}: the report file, as an attachment. */
  void report(Context ctx) throws IOException {
    ServerScan scan = done(ctx);
    String wanted = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format");
    ReportFormat format;
    try {
      format = ReportFormat.parse(wanted);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage()).raise();
    }
    Path file = scan.report(format);
    ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
    if (format == ReportFormat.HTML) {
      // The report allows its own inline style and script by hash: the app's policy would block them.
      ctx.header("Content-Security-Policy", HtmlReport.contentSecurityPolicy() + "; frame-ancestors 'none'");
    }
    ctx.contentType(switch (format) {
      case HTML -> "text/html; charset=utf-8";
      case JSON -> "application/json";
      case CSV -> "text/csv; charset=utf-8";
      case JSONL -> "application/x-ndjson";
    });
    ctx.result(Files.newInputStream(file));
  }

  /** {@code PUT /findings/{id}/review}: the decision recorded as {@code footprint review set} records it. */
  void review(Context ctx) {
    String id = ctx.pathParam("id");
    FindingKey key = FindingIds.parse(id).orElseThrow(() -> unknownFinding("'" + id + "' is not a finding id of this API").raise());
    JsonNode body;
    try {
      body = MAPPER.readTree(ctx.body());
    } catch (IOException e) {
      throw Problem.badRequest("the body is not JSON: " + e.getMessage().lines().findFirst().orElse("")).raise();
    }
    if (body == null || !body.isObject() || !body.path("decision").isTextual()) {
      throw Problem.badRequest("send {\"decision\": \"keep|delete|edited|false-positive|untagged\", \"note\": \"…\"}").raise();
    }
    ReviewDecision decision;
    try {
      decision = ReviewDecision.parse(body.get("decision").asText());
    } catch (IllegalArgumentException e) {
      throw new Problem(400, "unknown-decision", "No such decision", e.getMessage()).raise();
    }
    JsonNode noteField = body.path("note");
    if (!noteField.isMissingNode() && !noteField.isNull() && !noteField.isTextual()) {
      throw Problem.badRequest("\"note\" must be a string").raise();
    }
    String note = noteField.isTextual() && !noteField.asText().isBlank() ? noteField.asText() : null;
    if (note != null && note.length() > MAX_NOTE_CHARS) {
      throw Problem.badRequest("a note may have at most " + MAX_NOTE_CHARS + " characters").raise();
    }
    Instant decidedAt = Instant.now();
    synchronized (store) {
      try {
        store.decide(List.of(new DecisionRequest(key, decision, note, "PUT " + FootprintServer.API + "/findings/" + id + "/review")), decidedAt);
      } catch (UnknownFindingException e) {
        throw unknownFinding(e.getMessage()).raise();
      }
    }
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", id);
    json.put("key", key.toString());
    json.set("review", ReviewJson.node(new ReviewState(decision, note, decidedAt)));
    json(ctx, json);
  }

  private ServerScan scan(Context ctx) {
    String id = ctx.pathParam("id");
    return scans.find(id).orElseThrow(() -> new Problem(404, "unknown-scan", "No such scan", "this server has no scan '" + id + "'").raise());
  }

  /** The scan, when it is done; 409 while it is queued or running, or when it failed or was cancelled. */
  ServerScan done(Context ctx) {
    ServerScan scan = scan(ctx);
    if (scan.state() != ServerScan.State.DONE) {
      throw new Problem(409, "scan-not-done", "The scan is not done", "scan " + scan.id + " is " + scan.state().id() + ": findings and reports come once it is done").raise();
    }
    return scan;
  }

  private static Problem unknownFinding(String detail) {
    return new Problem(404, "unknown-finding", "No such finding", detail);
  }

  private static void json(Context ctx, JsonNode json) {
    ctx.contentType("application/json").result(json.toString());
  }
}
