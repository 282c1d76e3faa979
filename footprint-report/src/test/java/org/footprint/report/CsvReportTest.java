package org.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footprint.report.ReportFixtures.found;
import static org.footprint.report.ReportFixtures.hostileTweet;
import static org.footprint.report.ReportFixtures.scan;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.footprint.model.Category;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.review.ReviewDecision;
import org.footprint.review.ReviewState;
import org.footprint.review.Reviews;
import org.junit.jupiter.api.Test;

class CsvReportTest {
  private static List<CSVRecord> rows(ExportScan scan, StringWriter out) throws IOException {
    CsvReport.write(scan, out);
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(out.toString())).getRecords();
  }

  @Test
  void writes_the_header_then_one_row_per_finding_with_every_column() throws IOException {
    Item tweet = Item.builder("twitter", "42").createdAt(Instant.parse("2024-03-05T09:00:00Z")).text("what an idiot").permalink("https://x.com/me/status/42").build();
    ReviewState decided = new ReviewState(ReviewDecision.FALSE_POSITIVE, "a quote", Instant.parse("2025-05-01T12:00:00Z"));
    StringWriter out = new StringWriter();

    List<CSVRecord> rows = rows(scan(List.of(found(tweet, "hostility.insult-at-target", Category.HOSTILITY, Severity.HIGH, new EvidenceSpan(8, 13, "idiot", "anchor")),
        found(tweet, "profanity.swearing", Category.PROFANITY, Severity.LOW)), (item, finding) -> finding.ruleId().startsWith("hostility") ? decided : null), out);

    assertThat(out.toString()).startsWith(String.join(",", CsvReport.HEADER) + "\r\n");
    assertThat(rows).hasSize(2);
    CSVRecord first = rows.get(0);
    assertThat(first.get("id")).isEqualTo("twitter:42#hostility.insult-at-target");
    assertThat(first.get("item_id")).isEqualTo("twitter:42");
    assertThat(first.get("created_at")).isEqualTo("2024-03-05T09:00:00Z");
    assertThat(first.get("severity")).isEqualTo("high");
    assertThat(first.get("evidence")).isEqualTo("idiot");
    assertThat(first.get("clauses")).isEqualTo("sssc-2024 2.8 | sssc-2024 Part 5 (unverified)");
    assertThat(first.get("remediation")).isEqualTo("delete | edit");
    assertThat(first.get("permalink")).isEqualTo("https://x.com/me/status/42");
    assertThat(first.get("review_decision")).isEqualTo("false-positive");
    assertThat(first.get("review_note")).isEqualTo("a quote");
    assertThat(first.get("text")).isEqualTo("what an idiot");
    assertThat(rows.get(1).get("review_decision")).isEmpty();
  }

  @Test
  void quotes_commas_quotes_and_line_breaks_as_rfc_4180_says() throws IOException {
    Item post = Item.builder("facebook", "1").text("first line, with \"quotes\"\r\nsecond line").build();
    StringWriter out = new StringWriter();

    List<CSVRecord> rows = rows(scan(List.of(found(post, "a.b", Category.PROFANITY, Severity.LOW)), Reviews.NONE), out);

    assertThat(out.toString()).contains("\"first line, with \"\"quotes\"\"\r\nsecond line\"");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("text")).isEqualTo("first line, with \"quotes\"\r\nsecond line");
  }

  @Test
  void defuses_cells_a_spreadsheet_would_run_as_formulas() throws IOException {
    for (String attack : List.of("=HYPERLINK(\"https://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1")) {
      Item post = Item.builder("twitter", "1").text(attack).build();
      List<CSVRecord> rows = rows(scan(List.of(found(post, "a.b", Category.PROFANITY, Severity.LOW)), Reviews.NONE), new StringWriter());

      assertThat(rows.get(0).get("text")).as(attack).isEqualTo("'" + attack);
    }
    assertThat(rows(scan(List.of(found(hostileTweet(), "a.b", Category.PROFANITY, Severity.LOW)), Reviews.NONE), new StringWriter()).get(0).get("text"))
        .startsWith("<script>");
  }
}
