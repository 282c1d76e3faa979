package org.footprint.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.footprint.ingest.Problem;
import org.footprint.model.Clause;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
import org.footprint.review.ReviewDecision;
import org.footprint.review.ReviewState;
import org.footprint.settings.SettingToCheck;

/**
 * Writes a scan as one self-contained HTML file that opens from disk: inline CSS, one inline script and inline SVG,
 * no network (a Content-Security-Policy allows nothing else, by hash), no font or image from anywhere. A summary
 * first (counts by category and severity, charts by month and platform, strengths, the settings to check, old items
 * to clear out), then every finding with its post, evidence marked, why it matters, clauses, what to do, its review
 * state and id, behind filters (category, severity, platform, year, review state, text) that work offline. Reviewed
 * findings are hidden until the review filter asks for them, and counted in the summary.
 *
 * <p>Streamed: a first pass over the findings counts ({@link HtmlSummary}), a second writes them one at a time, so a
 * scan of any size is written in the memory of one finding. Every text from an export is escaped ({@link HtmlText}).
 */
public final class HtmlReport {
  private static final String CSS = resource("html/report.css");
  private static final String SCRIPT = resource("html/report.js");
  // Only this stylesheet and this script may run; images only from the page itself; nothing may be fetched.
  private static final String POLICY = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(SCRIPT)
      + "'; img-src data:; form-action 'none'; base-uri 'none'";

  // Around the overview (summary, strengths, settings, old items), so that the web app can serve it alone. Every text
  // from an export is escaped, so no post can contain either line.
  private static final String OVERVIEW_START = "<!-- footprint:overview -->";
  private static final String OVERVIEW_END = "<!-- footprint:overview-end -->";

  /** Strengths shown before the rest are folded away. */
  static final int SHOWN_STRENGTHS = 5;

  private HtmlReport() {}

  /** The page's own Content-Security-Policy, for a server that sends the report: its inline style and script by hash. */
  public static String contentSecurityPolicy() {
    return POLICY;
  }

  /** Writes the whole page; {@code out} is flushed, not closed. Reads the findings twice and the strengths once. */
  public static void write(ExportScan scan, Writer out) throws IOException {
    HtmlSummary summary = new HtmlSummary(scan);
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<meta name=\"generator\" content=\"footprint " + HtmlText.escape(scan.toolVersion()) + "\">\n");
    out.write("<title>Footprint report: " + summary.findings + " findings, " + HtmlText.escape(scan.packTitle()) + "</title>\n");
    out.write("<style>" + CSS + "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#findings\">Skip to the findings</a>\n");
    writeHeader(scan, summary, out);
    out.write("<main>\n" + OVERVIEW_START + "\n");
    writeSummary(scan, summary, out);
    writeStrengths(scan, out);
    writeSettings(scan, out);
    writeOldItems(summary, out);
    out.write(OVERVIEW_END + "\n");
    writeFindings(scan, summary, out);
    writeProblems(scan, out);
    out.write("</main>\n<footer><p>Made by Footprint " + HtmlText.escape(scan.toolVersion())
        + " on your own machine. This file holds your posts: keep it private. Nothing in it loads anything from the internet.</p></footer>\n");
    out.write("<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
    out.flush();
  }

  /**
   * Copies the overview of a page that {@link #write} made (the summary with its charts, the strengths, the settings
   * checklist and the old items, without the findings) to {@code out}, as the web app's Overview page shows it. Reads
   * only as far as the overview's end.
   *
   * @throws IOException also when {@code report} is not such a page
   */
  public static void copyOverview(BufferedReader report, Writer out) throws IOException {
    String line = report.readLine();
    while (line != null && !line.equals(OVERVIEW_START)) {
      line = report.readLine();
    }
    if (line == null) {
      throw new IOException("not a Footprint HTML report: no overview in it");
    }
    for (line = report.readLine(); line != null && !line.equals(OVERVIEW_END); line = report.readLine()) {
      out.write(line);
      out.write('\n');
    }
    if (line == null) {
      throw new IOException("the HTML report ends inside its overview");
    }
    out.flush();
  }

  private static void writeHeader(ExportScan scan, HtmlSummary summary, Writer out) throws IOException {
    out.write("<header>\n<h1>Footprint report</h1>\n<p class=\"facts\">Scanned " + HtmlText.escape(scan.scannedAt().truncatedTo(ChronoUnit.SECONDS).toString()) + " against the "
        + HtmlText.escape(scan.packTitle()) + " (<code>" + HtmlText.escape(scan.packId()) + "</code>): " + scan.itemsScanned() + " items from "
        + scan.sources().size() + (scan.sources().size() == 1 ? " source" : " sources") + ", " + summary.findings + " findings.</p>\n</header>\n");
    out.write("<nav aria-label=\"Sections\"><ul><li><a href=\"#summary\">Summary</a></li><li><a href=\"#strengths\">What is good</a></li>"
        + "<li><a href=\"#settings\">Settings to check</a></li><li><a href=\"#old-items\">Old items</a></li><li><a href=\"#findings\">Findings</a></li>"
        + (scan.problems().isEmpty() ? "" : "<li><a href=\"#problems\">Problems</a></li>") + "</ul></nav>\n");
  }

  private static void writeSummary(ExportScan scan, HtmlSummary summary, Writer out) throws IOException {
    out.write("<section id=\"summary\" aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">Summary</h2>\n");
    if (summary.findings == 0) {
      out.write("<p>No findings.</p>\n");
    } else {
      summary.writeTable(out);
    }
    out.write("<h3>Review</h3>\n<p>" + summary.reviews.open() + " open, " + summary.reviews.reviewed() + " reviewed");
    if (summary.reviews.reviewed() > 0) {
      StringBuilder decisions = new StringBuilder();
      summary.reviews.byDecision().forEach((decision, n) -> {
        if (n > 0) {
          decisions.append(decisions.length() == 0 ? "" : ", ").append(HtmlSummary.label(decision)).append(' ').append(n);
        }
      });
      out.write(" (" + decisions + "). Reviewed findings are hidden below until you choose them under Review state");
    }
    out.write(".</p>\n<h3>Findings by month</h3>\n");
    summary.writeMonthChart(out);
    out.write("<h3>Findings by platform</h3>\n");
    summary.writePlatformChart(out);
    out.write("</section>\n");
  }

  private static void writeStrengths(ExportScan scan, Writer out) throws IOException {
    out.write("<section id=\"strengths\" aria-labelledby=\"strengths-heading\">\n<h2 id=\"strengths-heading\">What is good in your presence</h2>\n"
        + "<p>Posts that show what your presence can do for the people you serve. Not risks, nothing to fix.</p>\n<ul class=\"strengths\">\n");
    long[] count = {0};
    scan.strengths().forEachInOrder(found -> {
      // The first few in view; the rest folded, so that the findings stay near the top of the page.
      if (count[0]++ == SHOWN_STRENGTHS) {
        out.write("</ul>\n<details><summary>More strengths</summary>\n<ul class=\"strengths\">\n");
      }
      Item item = found.item();
      out.write("<li><p><strong>" + HtmlText.escape(found.finding().message()) + "</strong></p><p class=\"meta\">" + itemFacts(item) + "</p>"
          + "<blockquote class=\"post\">" + HtmlText.highlighted(item.text(), item.id(), found.finding().evidence()) + "</blockquote></li>\n");
    });
    out.write("</ul>\n" + (count[0] > SHOWN_STRENGTHS ? "</details>\n" : "") + (count[0] == 0 ? "<p>None found this time.</p>\n" : "") + "</section>\n");
  }

  private static void writeSettings(ExportScan scan, Writer out) throws IOException {
    out.write("<section id=\"settings\" aria-labelledby=\"settings-heading\">\n<h2 id=\"settings-heading\">Privacy settings to check</h2>\n");
    if (scan.settingsToCheck().isEmpty()) {
      out.write("<p>Your exports suggest no setting to check.</p>\n</section>\n");
      return;
    }
    out.write("<p>Tick each one off as you check it (the ticks are not saved).</p>\n<ul class=\"checklist\">\n");
    int n = 0;
    for (SettingToCheck setting : scan.settingsToCheck()) {
      n++;
      out.write("<li><input type=\"checkbox\" id=\"setting-" + n + "\"> <label for=\"setting-" + n + "\">" + HtmlText.escape(setting.platform()) + ": "
          + HtmlText.escape(setting.title()) + "</label> <code>" + HtmlText.escape(setting.id()) + "</code>"
          + "<dl class=\"explained\"><dt>Found</dt><dd>" + HtmlText.escape(String.join("; ", setting.evidence())) + "</dd><dt>Why</dt><dd>"
          + HtmlText.escape(setting.why()) + "</dd><dt>How</dt><dd>" + HtmlText.escape(setting.how()) + "</dd></dl></li>\n");
    }
    out.write("</ul>\n</section>\n");
  }

  private static void writeOldItems(HtmlSummary summary, Writer out) throws IOException {
    out.write("<section id=\"old-items\" aria-labelledby=\"old-heading\">\n<h2 id=\"old-heading\">Old items to clear out</h2>\n");
    Map<String, Long> old = summary.byTime.oldItems();
    if (old.isEmpty()) {
      out.write("<p>No flagged item is old enough to clear out in bulk.</p>\n</section>\n");
      return;
    }
    out.write("<p>Flagged items a year old or more, per platform: delete them in bulk with the platform's own tools.</p>\n<ul>\n");
    for (Map.Entry<String, Long> platform : old.entrySet()) {
      out.write("<li>" + HtmlText.escape(platform.getKey()) + ": " + platform.getValue() + (platform.getValue() == 1 ? " item" : " items"));
      StringBuilder links = new StringBuilder();
      summary.byTime.forEachOldLink(platform.getKey(), link -> links.append("<li>").append(link(link, link)).append("</li>"));
      if (links.length() > 0) {
        out.write("<details><summary>Their links</summary><ul>" + links + "</ul></details>");
      }
      out.write("</li>\n");
    }
    out.write("</ul>\n</section>\n");
  }

  private static void writeFindings(ExportScan scan, HtmlSummary summary, Writer out) throws IOException {
    out.write("<section id=\"findings\" aria-labelledby=\"findings-heading\">\n<h2 id=\"findings-heading\">Findings</h2>\n");
    out.write("<form id=\"filters\" role=\"search\" aria-label=\"Filter the findings\">\n");
    Set<String> categories = new LinkedHashSet<>();
    summary.byCategory.keySet().forEach(c -> categories.add(c.id()));
    writeFilter(out, "category", "Category", categories, "all");
    Set<String> severities = new LinkedHashSet<>();
    for (int s = Severity.values().length - 1; s >= 0; s--) {
      severities.add(Severity.values()[s].id());
    }
    // "At least": someone working down a long list wants "high and critical", not "high" alone (report.js).
    writeFilter(out, "severity", "Severity at least", severities, "all");
    writeFilter(out, "platform", "Platform", summary.byPlatform.keySet(), "all");
    writeFilter(out, "year", "Year", summary.years, "all");
    Set<String> states = new LinkedHashSet<>();
    states.add("open");
    states.add("reviewed");
    for (ReviewDecision decision : ReviewDecision.values()) {
      states.add(decision.id());
    }
    writeFilter(out, "review", "Review state", states, "open");
    out.write("<div><label for=\"filter-q\">Search text</label><input type=\"search\" id=\"filter-q\" name=\"q\"></div>\n"
        + "<div><button type=\"reset\">Reset filters</button></div>\n</form>\n");
    out.write("<p id=\"shown\" role=\"status\" aria-live=\"polite\">" + summary.reviews.open() + " open findings shown of " + summary.findings
        + " (the filters need JavaScript).</p>\n<ol class=\"findings\">\n");
    long[] number = {0};
    scan.findings().forEachInOrder(found -> writeFinding(out, ++number[0], found.item(), found.finding(), scan.reviews().stateOf(found.item(), found.finding())));
    out.write("</ol>\n</section>\n");
  }

  private static void writeFilter(Writer out, String name, String label, Iterable<String> values, String selected) throws IOException {
    out.write("<div><label for=\"filter-" + name + "\">" + label + "</label><select id=\"filter-" + name + "\" name=\"" + name + "\">");
    out.write("<option value=\"all\"" + ("all".equals(selected) ? " selected" : "") + ">All</option>");
    for (String value : values) {
      out.write("<option value=\"" + HtmlText.escape(value) + "\"" + (value.equals(selected) ? " selected" : "") + ">" + HtmlSummary.label(value) + "</option>");
    }
    out.write("</select></div>\n");
  }

  private static void writeFinding(Writer out, long number, Item item, Finding finding, ReviewState review) throws IOException {
    String state = review == null ? "open" : review.decision().id();
    String id = finding.id();
    StringBuilder html = new StringBuilder(1024 + Math.min(item.text().length(), HtmlText.WHOLE_TEXT_LIMIT) * 2);
    // Reviewed findings start hidden: the review filter starts at "open", and without JavaScript they stay out of the way.
    html.append("<li").append(review == null ? "" : " hidden").append("><article class=\"finding\" id=\"finding-").append(number)
        .append("\" data-category=\"").append(finding.category().id()).append("\" data-severity=\"").append(finding.severity().id())
        .append("\" data-platform=\"").append(HtmlText.escape(item.platform())).append("\" data-year=\"").append(yearOf(item.createdAt()))
        .append("\" data-review=\"").append(state).append("\">\n");
    html.append("<h3><span class=\"sev sev-").append(finding.severity().id()).append("\">").append(finding.severity().id()).append("</span> ")
        .append(HtmlSummary.label(finding.category().id())).append(": ").append(HtmlText.escape(finding.message())).append("</h3>\n");
    html.append("<p class=\"meta\">").append(itemFacts(item)).append(" · ").append(HtmlText.escape(finding.involvement().id()))
        .append(" · confidence ").append(Math.round(finding.confidence() * 100)).append("%</p>\n");
    html.append("<blockquote class=\"post\">").append(HtmlText.highlighted(item.text(), item.id(), finding.evidence())).append("</blockquote>\n");
    appendContributing(html, item, finding);
    html.append("<dl class=\"explained\"><dt>Why it matters</dt><dd>").append(HtmlText.escape(finding.explanation())).append("</dd>\n");
    if (!finding.clauses().isEmpty()) {
      html.append("<dt>Code clauses</dt><dd><ul>");
      for (Clause clause : finding.clauses()) {
        html.append("<li><code>").append(HtmlText.escape(clause.code())).append(' ').append(HtmlText.escape(clause.reference())).append("</code> ")
            .append(HtmlText.escape(clause.summary()))
            .append(clause.verified() ? "" : " <span class=\"unverified\">(unverified: the section is cited, not a checked clause number)</span>")
            .append("</li>");
      }
      html.append("</ul></dd>\n");
    }
    html.append("<dt>What to do</dt><dd><ul>");
    for (Remediation remediation : finding.remediation()) {
      html.append("<li>").append(HtmlText.escape(remediation.advice())).append("</li>");
    }
    html.append("</ul>");
    if (finding.suggestion() != null) {
      html.append("<p>Suggestion: ").append(HtmlText.escape(finding.suggestion())).append("</p>");
    }
    if (HtmlText.isWebLink(item.permalink())) {
      html.append("<p>").append(link(item.permalink(), "Open it on " + item.platform())).append("</p>");
    }
    html.append("</dd>\n<dt>Review</dt><dd>");
    if (review == null) {
      html.append("Open");
    } else {
      html.append(HtmlSummary.label(state)).append(", ").append(HtmlText.escape(review.decidedAt().toString()));
      if (review.note() != null) {
        html.append(": ").append(HtmlText.escape(review.note()));
      }
    }
    html.append("</dd>\n<dt>Finding id</dt><dd><code>").append(HtmlText.escape(id)).append("</code> (to record a decision: <code>footprint review set ")
        .append(HtmlText.escape(id)).append(" --decision keep</code>)</dd></dl>\n</article></li>\n");
    out.write(html.toString());
  }

  /** A finding about the whole history: every item it draws on, with what in each gave it away. */
  private static void appendContributing(StringBuilder html, Item item, Finding finding) {
    boolean acrossItems = finding.evidence().stream().anyMatch(span -> span.itemId() != null && !span.itemId().equals(item.id()));
    if (!acrossItems) {
      return;
    }
    html.append("<p>Drawn from these items:</p><ul class=\"contributing\">");
    for (EvidenceSpan span : finding.evidence()) {
      String in = span.itemId() == null ? item.id() : span.itemId();
      html.append("<li><code>").append(HtmlText.escape(in)).append("</code> ").append(HtmlText.escape(span.role())).append(": <mark>")
          .append(HtmlText.escape(span.text())).append("</mark></li>");
    }
    html.append("</ul>\n");
  }

  private static String itemFacts(Item item) {
    return HtmlText.escape(item.platform()) + " " + HtmlText.escape(item.kind().id()) + " · " + (item.createdAt() == null ? "undated" : HtmlText.escape(item.createdAt().toString()))
        + " · audience " + HtmlText.escape(item.audience().id());
  }

  private static String link(String href, String text) {
    if (!HtmlText.isWebLink(href)) {
      return HtmlText.escape(text);
    }
    // No referrer: the platform need not learn that the user read this report.
    return "<a href=\"" + HtmlText.escape(href) + "\" rel=\"noopener noreferrer\">" + HtmlText.escape(text) + "</a>";
  }

  private static void writeProblems(ExportScan scan, Writer out) throws IOException {
    if (scan.problems().isEmpty()) {
      return;
    }
    out.write("<section id=\"problems\" aria-labelledby=\"problems-heading\">\n<h2 id=\"problems-heading\">Problems</h2>\n<p>What could not be read; the rest was still scanned.</p>\n"
        + "<table><caption>Problems met while reading</caption><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Entry</th><th scope=\"col\">Code</th>"
        + "<th scope=\"col\">What happened</th></tr></thead><tbody>\n");
    for (Problem problem : scan.problems()) {
      out.write("<tr><td>" + HtmlText.escape(problem.file()) + "</td><td>" + HtmlText.escape(problem.entry()) + "</td><td><code>" + HtmlText.escape(problem.code())
          + "</code></td><td>" + HtmlText.escape(problem.message()) + "</td></tr>\n");
    }
    out.write("</tbody></table>\n</section>\n");
  }

  /** The year (UTC) of an item's time, or {@value FindingsByTime#UNDATED}: the year filter's value. */
  static String yearOf(Instant createdAt) {
    return createdAt == null ? FindingsByTime.UNDATED : String.valueOf(createdAt.atZone(ZoneOffset.UTC).getYear());
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
