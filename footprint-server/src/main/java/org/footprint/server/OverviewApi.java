package org.footprint.server;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import org.footprint.report.HtmlReport;
import org.footprint.report.ReportFormat;
import org.footprint.store.ScanDiff;
import org.footprint.store.ScanDiffJson;
import org.footprint.store.ScanStore;

/**
 * The Overview page's API: {@code GET /scans/{id}/summary}, the scan's HTML report's overview (charts, strengths,
 * settings to check, old items) as a fragment, so the page shows what the report shows without drawing it again; and
 * {@code GET /diff?before=A&after=B}, two stored scans compared as {@code footprint diff} compares them.
 */
final class OverviewApi {
  private final ScanApi scans;
  private final ScanStore store;

  OverviewApi(ScanApi scans, ScanStore store) {
    this.scans = scans;
    this.store = store;
  }

  void summary(Context ctx) throws IOException {
    ServerScan scan = scans.done(ctx);
    StringWriter overview = new StringWriter();
    try (BufferedReader report = Files.newBufferedReader(scan.report(ReportFormat.HTML))) {
      HtmlReport.copyOverview(report, overview);
    }
    ctx.contentType(ContentType.TEXT_HTML).result(overview.toString());
  }

  void diff(Context ctx) {
    long before = scanNumber(ctx, "before");
    long after = scanNumber(ctx, "after");
    ScanDiff diff;
    synchronized (store) {
      diff = ScanDiff.between(store, before, after,
          id -> new Problem(404, "not-found", "No such resource", "no complete scan " + id + " in the store (see GET /scans, \"history\")").raise());
    }
    ctx.contentType(ContentType.APPLICATION_JSON).result(ScanDiffJson.render(diff));
  }

  private static long scanNumber(Context ctx, String name) {
    String value = ctx.queryParam(name);
    try {
      return Long.parseLong(value == null ? "" : value);
    } catch (NumberFormatException e) {
      throw Problem.badRequest("'" + name + "' must be the id of a scan in the store (a number), not '" + value + "'").raise();
    }
  }
}
