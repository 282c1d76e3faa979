package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.footprint.model.Category;
import org.footprint.model.Involvement;
import org.footprint.model.Severity;
import org.footprint.report.HtmlReport;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.DemoExports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan API over real HTTP: the demo export uploaded, scanned, its findings filtered and paged, reviewed, downloaded. */
class ScanApiTest {
  private static final String SCANS = FootprintServer.API + "/scans";
  static TestServer server;
  static Multipart demo;
  static String scanId;
  static JsonNode scan;

  @BeforeAll
  static void scanTheDemoExport(@TempDir Path temp) throws IOException {
    server = TestServer.loopback();
    demo = new Multipart().field("pack", "sssc").files(DemoExports.write(2026, ArchiveGenerator.persona(2026), 400, temp));
    scanId = server.scan(demo);
    scan = server.awaitFinished(scanId, Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theDemoExportIsScannedUnderTheNamesItWasSentWith() {
    assertThat(scan.get("state").asText()).isEqualTo("done");
    assertThat(scan.get("pack").asText()).isEqualTo("sssc");
    assertThat(texts(scan.get("files"))).containsExactly("twitter-archive.zip", "facebook-export.zip", "instagram-export.zip");
    assertThat(scan.get("progress").get("items_read").asLong()).isEqualTo(scan.get("items_scanned").asLong()).isPositive();
    long findings = scan.get("findings").asLong();
    assertThat(findings).isPositive();
    assertThat(sum(scan.get("by_severity"))).isEqualTo(findings);
    assertThat(sum(scan.get("by_category"))).isEqualTo(findings);
    assertThat(scan.get("error").isNull()).isTrue();
    assertThat(scan.get("started_at").isTextual()).isTrue();
    assertThat(scan.get("finished_at").isTextual()).isTrue();
    assertThat(scan.toString()).doesNotContain(server.folder.toString());
  }

  @Test
  void pagesAddUpToTheTotalInReportOrder() {
    long total = scan.get("findings").asLong();
    List<String> ids = new java.util.ArrayList<>();
    List<Integer> severities = new java.util.ArrayList<>();
    for (int offset = 0; offset < total; offset += 7) {
      JsonNode page = findings("offset=" + offset + "&limit=7");
      assertThat(page.get("total").asLong()).isEqualTo(total);
      assertThat(page.get("findings").size()).isEqualTo((int) Math.min(7, total - offset));
      page.get("findings").forEach(f -> {
        ids.add(f.get("id").asText());
        severities.add(Severity.parse(f.get("severity").asText()).ordinal());
      });
    }
    assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
    assertThat(severities).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(findings("offset=" + total).get("findings").size()).isZero();
  }

  @Test
  void eachFilterSplitsTheFindingsIntoPartsThatAddUp() {
    long total = scan.get("findings").asLong();
    JsonNode all = findings("limit=500");
    assertThat(all.get("total").asLong()).isEqualTo(total);

    assertThat(Category.risks().stream().mapToLong(c -> total("category=" + c.id())).sum()).isEqualTo(total);
    assertThat(Set.of("twitter", "facebook", "instagram").stream().mapToLong(p -> total("platform=" + p)).sum()).isEqualTo(total);
    assertThat(Set.of(Involvement.values()).stream().mapToLong(i -> total("involvement=" + i.id())).sum()).isEqualTo(total);
    Set<String> years = new TreeSet<>();
    all.get("findings").forEach(f -> years.add(f.get("item").path("created_at").isTextual() ? f.get("item").get("created_at").asText().substring(0, 4) : "undated"));
    assertThat(years.stream().mapToLong(y -> total("year=" + y)).sum()).isEqualTo(total);
    // "At least": high is high and critical.
    assertThat(total("severity=info")).isEqualTo(total);
    assertThat(total("severity=high")).isEqualTo(scan.get("by_severity").path("high").asLong() + scan.get("by_severity").path("critical").asLong());
    assertThat(findings("severity=high&limit=500").get("findings")).allSatisfy(f -> assertThat(Severity.parse(f.get("severity").asText()).atLeast(Severity.HIGH)).isTrue());

    JsonNode first = all.get("findings").get(0);
    String word = first.get("item").get("text").asText().split("\\W+")[0].isEmpty() ? first.get("item").get("text").asText().split("\\W+")[1]
        : first.get("item").get("text").asText().split("\\W+")[0];
    JsonNode searched = findings("limit=500&q=" + URLEncoder.encode(word.toUpperCase(Locale.ROOT), StandardCharsets.UTF_8));
    assertThat(searched.get("total").asLong()).isBetween(1L, total);
    assertThat(searched.get("findings")).allSatisfy(f -> assertThat((f.get("item").get("text").asText() + f.get("message").asText()
        + f.get("explanation").asText()).toLowerCase(Locale.ROOT)).contains(word.toLowerCase(Locale.ROOT)));

    JsonNode combined = findings("platform=twitter&severity=medium&involvement=authored&limit=500");
    assertThat(combined.get("findings")).allSatisfy(f -> {
      assertThat(f.get("item").get("platform").asText()).isEqualTo("twitter");
      assertThat(f.get("involvement").asText()).isEqualTo("authored");
    });
  }

  @Test
  void eachFindingHasTheScanShapeAnOpaqueIdAndItsItem() {
    JsonNode finding = findings("limit=1").get("findings").get(0);
    assertThat(finding.get("id").asText()).matches("[A-Za-z0-9_-]+");
    assertThat(finding.get("key").asText()).contains("#").isEqualTo(finding.get("item").get("id").asText() + "#" + finding.get("rule").asText());
    assertThat(finding.get("item").fieldNames()).toIterable().contains("platform", "kind", "created_at", "text", "audience");
    assertThat(finding.has("evidence") && finding.has("clauses") && finding.has("remediation") && finding.has("explanation")).isTrue();
    // Null while open; another test here may have decided on it.
    assertThat(finding.has("review")).isTrue();
  }

  @Test
  void badFiltersUnknownScansAndUnfinishedOnesAreProblems() {
    assertProblem(server.get(SCANS + "/" + scanId + "/findings?severity=huge"), 400, "bad-request");
    assertProblem(server.get(SCANS + "/" + scanId + "/findings?review=maybe"), 400, "bad-request");
    assertProblem(server.get(SCANS + "/" + scanId + "/findings?limit=0"), 400, "bad-request");
    assertProblem(server.get(SCANS + "/" + scanId + "/findings?year=24"), 400, "bad-request");
    assertProblem(server.get(SCANS + "/nope"), 404, "unknown-scan");
    assertProblem(server.get(SCANS + "/nope/findings"), 404, "unknown-scan");
    assertProblem(server.send(server.request(SCANS + "/" + scanId).DELETE()), 409, "scan-finished");
    assertProblem(server.get(SCANS + "/" + scanId + "/report?format=pdf"), 400, "bad-request");
  }

  @Test
  void reportsDownloadAsAttachmentsAndTheHtmlOneKeepsItsOwnPolicy() {
    for (String format : List.of("html", "json", "csv", "jsonl")) {
      HttpResponse<String> report = server.get(SCANS + "/" + scanId + "/report?format=" + format);
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(report.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"report." + format + "\"");
      assertThat(report.body()).isNotEmpty().doesNotContain(server.folder.toString());
    }
    HttpResponse<String> html = server.get(SCANS + "/" + scanId + "/report");
    assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(html.headers().allValues("Content-Security-Policy")).containsExactly(HtmlReport.contentSecurityPolicy() + "; frame-ancestors 'none'");
    assertThat(TestServer.json(server.get(SCANS + "/" + scanId + "/report?format=json")).get("findings").size()).isEqualTo(scan.get("findings").asInt());
    assertThat(server.get(SCANS + "/" + scanId + "/report?format=jsonl").body().lines().count()).isEqualTo(scan.get("findings").asLong());
  }

  @Test
  void aReviewIsStoredShownInTheFindingsAndHoldsInTheNextScanOfTheSameExport() {
    JsonNode finding = findings("limit=1").get("findings").get(0);
    String id = finding.get("id").asText();
    HttpResponse<String> decided = server.send(server.request(FootprintServer.API + "/findings/" + id + "/review").header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"decision\": \"false-positive\", \"note\": \"a quote from the training\"}")));
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    assertThat(TestServer.json(decided).get("review").get("decision").asText()).isEqualTo("false-positive");

    JsonNode reviewed = findings("review=false-positive");
    assertThat(reviewed.get("total").asLong()).isEqualTo(1);
    assertThat(reviewed.get("findings").get(0).get("id").asText()).isEqualTo(id);
    assertThat(reviewed.get("findings").get(0).get("review").get("note").asText()).isEqualTo("a quote from the training");
    long total = scan.get("findings").asLong();
    assertThat(total("review=open")).isEqualTo(total - 1);

    String again = server.scan(demo);
    JsonNode second = server.awaitFinished(again, Duration.ofSeconds(60));
    assertThat(second.get("state").asText()).isEqualTo("done");
    assertThat(second.get("reviewed").get("false-positive").asLong()).isEqualTo(1);
    JsonNode kept = TestServer.json(server.get(SCANS + "/" + again + "/findings?review=false-positive"));
    assertThat(kept.get("findings")).singleElement().satisfies(f -> assertThat(f.get("id").asText()).isEqualTo(id));
    assertThat(TestServer.json(server.get(SCANS + "/" + again + "/findings?review=open")).get("total").asLong()).isEqualTo(second.get("findings").asLong() - 1);

    JsonNode listed = TestServer.json(server.get(SCANS));
    assertThat(texts(listed.get("scans"), "id")).startsWith(again).contains(scanId);
    assertThat(listed.get("history").size()).isGreaterThanOrEqualTo(2);
    assertThat(listed.get("history").get(0).get("id").asLong()).isEqualTo(second.get("stored_scan_id").asLong());
    assertThat(texts(listed.get("history").get(0).get("inputs"))).containsExactly("twitter-archive.zip", "facebook-export.zip", "instagram-export.zip");
  }

  @Test
  void aReviewNeedsAKnownDecisionAndAKnownFinding() {
    String id = findings("limit=1").get("findings").get(0).get("id").asText();
    assertProblem(review(id, "{\"decision\": \"ignore\"}"), 400, "unknown-decision");
    assertProblem(review(id, "{\"note\": \"no decision\"}"), 400, "bad-request");
    assertProblem(review(id, "not json"), 400, "bad-request");
    assertProblem(review("not-a-finding", "{\"decision\": \"keep\"}"), 404, "unknown-finding");
    assertProblem(review(FindingIds.of("twitter:0#hostility.nothing"), "{\"decision\": \"keep\"}"), 404, "unknown-finding");
  }

  @Test
  void uploadsAreGoneOnceTheScansEnd() throws IOException {
    try (var files = Files.walk(server.server.workRoot())) {
      assertThat(files.filter(p -> p.getFileName().toString().equals("uploads")).toList()).isEmpty();
    }
  }

  private static HttpResponse<String> review(String id, String body) {
    return server.send(server.request(FootprintServer.API + "/findings/" + id + "/review").header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
  }

  static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(TestServer.json(response).get("type").asText()).isEqualTo("urn:footprint:problem:" + code);
  }

  private static JsonNode findings(String query) {
    HttpResponse<String> response = server.get(SCANS + "/" + scanId + "/findings?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestServer.json(response);
  }

  private static long total(String query) {
    return findings(query).get("total").asLong();
  }

  private static long sum(JsonNode counts) {
    return StreamSupport.stream(counts.spliterator(), false).mapToLong(JsonNode::asLong).sum();
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
  }
}
