package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Any text at all is judged: a 200, a verdict, and every evidence span inside the text it quotes. */
class CheckPropertiesTest {
  static final TestServer server = TestServer.shared();

  @Property(tries = 200)
  void anyDraftIsAnsweredWithEvidenceInsideIt(@ForAll @StringLength(max = 400) String text) {
    HttpResponse<String> response = server.check(TestServer.draft(text));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = TestServer.json(response);
    assertThat(result.get("verdict").asText()).isNotBlank();
    assertThat(result.get("ok_to_post").isBoolean()).isTrue();
    for (JsonNode finding : result.get("findings")) {
      for (JsonNode span : finding.get("evidence")) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertThat(start).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(start, end)).isEqualTo(span.get("text").asText());
      }
    }
  }
}
