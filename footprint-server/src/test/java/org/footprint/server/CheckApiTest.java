package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The API over real HTTP: the draft check, the packs and rules, and errors as problem+json. */
class CheckApiTest {
  static final String RISKY = "@jo you are so stupid it's unreal, nobody asked for your opinion on our ward";
  static final String CLEAN = "Lovely walk along the beach with the dog this morning.";
  static final TestServer server = TestServer.shared();

  @Test
  void aRiskyDraftIsNotOkToPostAndItsFindingsHaveTheScanShape() {
    HttpResponse<String> response = server.check(TestServer.draft(RISKY));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode result = TestServer.json(response);
    assertThat(result.get("ok_to_post").asBoolean()).isFalse();
    assertThat(result.get("verdict").asText()).startsWith("Think again before posting");
    assertThat(result.get("pack").asText()).isEqualTo("sssc");
    JsonNode finding = result.get("findings").get(0);
    assertThat(finding.get("rule").asText()).startsWith("hostility.");
    assertThat(finding.get("item").get("text").asText()).isEqualTo(RISKY);
    JsonNode evidence = finding.get("evidence").get(0);
    assertThat(RISKY.substring(evidence.get("start").asInt(), evidence.get("end").asInt())).isEqualTo(evidence.get("text").asText());
    assertThat(finding.get("clauses").size()).isPositive();
    assertThat(finding.get("remediation").size()).isPositive();
    assertThat(finding.get("explanation").asText()).isNotBlank();
  }

  @Test
  void aCleanDraftIsOkToPost() {
    JsonNode result = TestServer.json(server.check(TestServer.draft(CLEAN)));

    assertThat(result.get("ok_to_post").asBoolean()).isTrue();
    assertThat(result.get("findings").size()).isZero();
    assertThat(result.get("verdict").asText()).startsWith("No findings");
  }

  @Test
  void everyPackListedCanJudgeADraft() {
    JsonNode packs = TestServer.json(server.get(FootprintServer.API + "/packs"));

    assertThat(packs.size()).isGreaterThan(1);
    assertThat(packs.findValuesAsText("id")).contains("sssc");
    assertThat(packs.findValues("default").stream().filter(JsonNode::asBoolean)).hasSize(1);
    for (JsonNode pack : packs) {
      String body = TestServer.MAPPER.createObjectNode().put("text", RISKY).put("pack", pack.get("id").asText()).toString();
      JsonNode result = TestServer.json(server.check(body));
      assertThat(result.get("pack").asText()).isEqualTo(pack.get("id").asText());
      assertThat(result.get("findings").size()).isPositive();
    }
  }

  @Test
  void theRulesListHoldsItemHistoryAndWatchListRules() {
    JsonNode rules = TestServer.json(server.get(FootprintServer.API + "/rules"));

    assertThat(rules.findValuesAsText("scope")).contains("item", "history", "watch-list");
    assertThat(rules.findValuesAsText("id")).contains("hostility.belittling-at-target");
    for (JsonNode rule : rules) {
      assertThat(rule.get("why").asText()).isNotBlank();
      assertThat(rule.get("severity").asText()).isIn("info", "low", "medium", "high", "critical");
    }
  }

  @Test
  void badRequestsAreProblemsWithTheirCodes() {
    assertProblem(server.check("{not json"), 400, "bad-request");
    assertProblem(server.check("[\"text\"]"), 400, "bad-request");
    assertProblem(server.check("{\"text\": 12}"), 400, "bad-request");
    assertProblem(server.check("{\"text\": \"hi\", \"pack\": 3}"), 400, "bad-request");
    assertProblem(server.check("{\"text\": \"hi\", \"pack\": \"no-such-pack\"}"), 400, "unknown-pack");
    assertProblem(server.check(TestServer.draft("a".repeat(DraftCheck.MAX_TEXT_CHARS + 1))), 413, "too-large");
    assertProblem(server.get(FootprintServer.API + "/nothing-here"), 404, "not-found");
    assertProblem(server.send(server.request(FootprintServer.API + "/check").DELETE()), 404, "not-found");
    assertProblem(server.get("/assets/missing.js"), 404, "not-found");
  }

  @Test
  void aBodyOverTheRequestLimitIsRefusedWith413() {
    HttpResponse<String> response = server.check(TestServer.draft("a".repeat(2 << 20)));

    assertProblem(response, 413, "too-large");
    assertThat(server.check(TestServer.draft(CLEAN)).statusCode()).isEqualTo(200);
  }

  @Test
  void everyPageEmbedsTheCsrfTokenAndLoadsOnlyItsOwnScripts() {
    for (WebPages.Page listed : WebPages.PAGES) {
      HttpResponse<String> page = server.get(listed.path());

      assertThat(page.statusCode()).as(listed.path()).isEqualTo(200);
      assertThat(page.body()).as(listed.path()).contains("<meta name=\"csrf-token\" content=\"").doesNotContain("{{")
          .contains("<script src=\"/assets/app.js\" defer></script>", "<script src=\"/assets/" + listed.name() + ".js\" defer></script>")
          .contains("<a href=\"" + listed.path() + "\" aria-current=\"page\">" + listed.title() + "</a>")
          .doesNotContain("<script>", " style=", " onclick=", " onload=");
      assertThat(server.get("/assets/" + listed.name() + ".js").statusCode()).isEqualTo(200);
    }
    assertThat(server.get("/assets/draft.js").body()).contains("/check");
    assertThat(server.get("/assets/app.css").statusCode()).isEqualTo(200);
    assertThat(server.get("/assets/report/report.css").statusCode()).isEqualTo(200);
  }

  static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = TestServer.json(response);
    assertThat(problem.get("type").asText()).isEqualTo("urn:footprint:problem:" + code);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
  }
}
