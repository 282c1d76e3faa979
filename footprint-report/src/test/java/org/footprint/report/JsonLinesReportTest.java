package org.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footprint.report.ReportFixtures.found;
import static org.footprint.report.ReportFixtures.hostileTweet;
import static org.footprint.report.ReportFixtures.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.footprint.model.Category;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.review.ReviewDecision;
import org.footprint.review.ReviewState;
import org.junit.jupiter.api.Test;

class JsonLinesReportTest {
  @Test
  void writes_one_json_object_per_line_in_report_order_with_its_review() throws IOException {
    Item multiline = Item.builder("facebook", "1").text("line one\nline two\r\n\u2028end").build();
    ReviewState keep = new ReviewState(ReviewDecision.KEEP, null, Instant.parse("2025-05-01T12:00:00Z"));
    List<ItemFinding> findings = List.of(found(multiline, "a.b", Category.PROFANITY, Severity.LOW), found(hostileTweet(), "c.d", Category.HOSTILITY, Severity.LOW));
    StringWriter out = new StringWriter();

    JsonLinesReport.write(scan(findings, (item, finding) -> item.platform().equals("twitter") ? keep : null), out);

    assertThat(out.toString()).endsWith("\n");
    String[] lines = out.toString().split("\n", -1);
    assertThat(lines).hasSize(3);
    assertThat(lines[2]).isEmpty();
    List<JsonNode> records = new ArrayList<>();
    for (String line : List.of(lines[0], lines[1])) {
      JsonNode record = new ObjectMapper().readTree(line);
      assertThat(record.isObject()).isTrue();
      records.add(record);
    }
    assertThat(records.get(0).path("item").path("text").asText()).isEqualTo(multiline.text());
    assertThat(records.get(0).path("review").isNull()).isTrue();
    assertThat(records.get(1).path("id").asText()).isEqualTo("twitter:666#c.d");
    assertThat(records.get(1).path("review").path("decision").asText()).isEqualTo("keep");
    assertThat(records.get(1).path("review").path("note").isNull()).isTrue();
  }
}
