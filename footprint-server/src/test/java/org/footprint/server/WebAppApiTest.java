package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.DemoExports;
import org.footprint.watch.WatchRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Overview and Settings pages ask of the server, over real HTTP: a scan's overview as the HTML report draws
 * it, two stored scans compared, and names added to the private watch-list without one being kept or answered back.
 */
class WebAppApiTest {
  private static final String API = FootprintServer.API;
  static TestServer server;
  static String scanId;
  static JsonNode second;

  @BeforeAll
  static void scanTheDemoExportTwice(@TempDir Path temp) throws IOException {
    server = TestServer.loopback();
    Multipart demo = new Multipart().files(DemoExports.write(7, ArchiveGenerator.persona(7), 60, temp));
    scanId = server.scan(demo);
    assertThat(server.awaitFinished(scanId, Duration.ofSeconds(60)).get("state").asText()).isEqualTo("done");
    second = server.awaitFinished(server.scan(demo), Duration.ofSeconds(60));
    assertThat(second.get("state").asText()).isEqualTo("done");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theSummaryIsTheReportsOverviewWithoutTheFindings() {
    HttpResponse<String> summary = server.get(API + "/scans/" + scanId + "/summary");

    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(summary.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(summary.body()).contains("<section id=\"summary\"", "<section id=\"strengths\"", "<section id=\"settings\"", "<section id=\"old-items\"",
        "<svg role=\"img\"").doesNotContain("<article class=\"finding\"", "<script", "<html", "<style");
    CheckApiTest.assertProblem(server.get(API + "/scans/no-such-scan/summary"), 404, "unknown-scan");
  }

  @Test
  void twoStoredScansAreComparedAsFootprintDiffComparesThem() {
    List<Long> history = StreamSupport.stream(TestServer.json(server.get(API + "/scans")).get("history").spliterator(), false)
        .map(row -> row.get("id").asLong()).toList();
    assertThat(history).hasSize(2);

    JsonNode diff = TestServer.json(server.get(API + "/diff?before=" + history.get(1) + "&after=" + history.get(0)));

    // The same export twice: nothing new, nothing resolved, every finding unchanged.
    assertThat(diff.get("counts").get("new").asInt()).isZero();
    assertThat(diff.get("counts").get("resolved").asInt()).isZero();
    assertThat(diff.get("counts").get("unchanged").asInt()).isEqualTo(second.get("findings").asInt()).isPositive();
    assertThat(diff.get("unchanged").get(0).get("id").asText()).contains("#");
    CheckApiTest.assertProblem(server.get(API + "/diff?before=one&after=2"), 400, "bad-request");
    CheckApiTest.assertProblem(server.get(API + "/diff?before=" + history.get(0)), 400, "bad-request");
    CheckApiTest.assertProblem(server.get(API + "/diff?before=9999&after=" + history.get(0)), 404, "not-found");
  }

  @Test
  void namesAreAddedToTheWatchListAsHashesOnlyAndDraftsAreJudgedWithThem() throws IOException {
    String draft = TestServer.draft("Lovely afternoon with Morag Quennell at the day centre");
    assertThat(rules(server.check(draft))).doesNotContain(WatchRule.builtIn().id());
    JsonNode before = TestServer.json(server.get(API + "/settings"));
    assertThat(before.get("database").asText()).startsWith("jdbc:h2:file:");
    assertThat(before.get("config_pack").isNull()).isTrue();

    JsonNode added = TestServer.json(server.send(server.postJson(API + "/watch-list", "{\"names\": [\"Morag Quennell\", \"Fernleigh House\"]}")));
    JsonNode again = TestServer.json(server.send(server.postJson(API + "/watch-list", "{\"names\": [\"morag quennell\"]}")));

    assertThat(added.get("added").asInt()).isEqualTo(2);
    assertThat(again.get("added").asInt()).isZero();
    assertThat(again.get("entries").asInt()).isEqualTo(before.get("watch_list_entries").asInt() + 2);
    assertThat(Files.readString(server.folder.resolve("watch-list.json"))).doesNotContainIgnoringCase("morag").doesNotContainIgnoringCase("fernleigh");
    assertThat(rules(server.check(draft))).contains(WatchRule.builtIn().id());
  }

  @Test
  void aBadAdditionIsRefusedWithoutTheNameInTheAnswer() {
    for (String body : List.of("{}", "{\"names\": []}", "{\"names\": [\"  \"]}", "{\"names\": \"Morag\"}", "names=Morag",
        "{\"names\": [\"one two three four five six seven eight nine Morag\"]}")) {
      HttpResponse<String> refused = server.send(server.postJson(API + "/watch-list", body));

      CheckApiTest.assertProblem(refused, 400, "bad-request");
      assertThat(refused.body()).as(body).doesNotContain("Morag");
    }
    // A browser request from the app's own origin still needs the page's token.
    CheckApiTest.assertProblem(server.send(server.postJson(API + "/watch-list", "{\"names\": [\"Morag\"]}").header("Origin", server.origin())),
        403, "csrf-token");
  }

  private static List<String> rules(HttpResponse<String> checked) {
    return StreamSupport.stream(TestServer.json(checked).get("findings").spliterator(), false).map(f -> f.get("rule").asText()).toList();
  }
}
