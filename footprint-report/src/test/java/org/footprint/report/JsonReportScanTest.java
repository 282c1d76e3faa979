package org.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.footprint.ingest.Problem;
import org.footprint.ingest.SourceStats;
import org.footprint.model.Category;
import org.footprint.model.Clause;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
import org.footprint.review.Reviews;
import org.footprint.settings.SettingToCheck;
import org.junit.jupiter.api.Test;

class JsonReportScanTest {
  @Test
  void writes_sources_findings_with_their_items_and_problems_and_leaves_the_writer_open() throws IOException {
    Item item = Item.builder("twitter", "1234").text("you are a pathetic idiot").createdAt(Instant.parse("2024-03-01T09:00:00Z")).build();
    Finding finding = new Finding(item.id(), Involvement.AUTHORED, Category.HOSTILITY, Severity.MEDIUM, 0.7, List.of(new EvidenceSpan(18, 23, "idiot", "anchor")),
        "hostility.insult-at-target", "'idiot' insults someone", "Insults are the commonest referral.",
        List.of(new Clause("sssc-2024", "2.8", "Keep relationships respectful.", true)), List.of(Remediation.DELETE), null);
    Item clinic = Item.builder("twitter", "5678").text("flu clinic open on Saturday").build();
    Finding strength = new Finding(clinic.id(), Involvement.AUTHORED, Category.STRENGTH, Severity.INFO, 0.7, List.of(new EvidenceSpan(0, 10, "flu clinic", "service")),
        "strength.public-information", "'flu clinic': you passed on information people can use.", "Telling people where a clinic is is the value of a presence.",
        List.of(), List.of(Remediation.KEEP), null);
    Problem problem = new Problem("export.zip", "data/like.js", "ingest.json.truncated", "the file ends in the middle of a record");
    ExportScan scan = new ExportScan("0.1.0", Instant.parse("2024-04-01T00:00:00Z"), "sssc", "SSSC", List.of(new SourceStats("export.zip", "twitter", 1, List.of(problem))),
        1, visitor -> visitor.visit(new ItemFinding(item, finding)), visitor -> visitor.visit(new ItemFinding(clinic, strength)),
        List.of(new SettingToCheck("twitter.profile-location", "twitter", "The location on your X profile", "It is public.", "X: Edit profile > Location.",
            List.of("Dundee"))), List.of(problem), Reviews.NONE);
    StringWriter out = new StringWriter();

    JsonReport.writeScan(scan, out);
    out.write("still open");

    String text = out.toString();
    assertThat(text).endsWith("still open");
    JsonNode json = new ObjectMapper().readTree(text.substring(0, text.length() - "still open".length()));
    assertThat(json.path("schema_version").asText()).isEqualTo(JsonReport.SCAN_SCHEMA_VERSION);
    assertThat(json.path("items_scanned").asInt()).isEqualTo(1);
    assertThat(json.path("sources").get(0).path("problems").get(0).path("entry").asText()).isEqualTo("data/like.js");
    JsonNode first = json.path("findings").get(0);
    assertThat(first.path("id").asText()).isEqualTo("twitter:1234#hostility.insult-at-target");
    assertThat(first.path("rule").asText()).isEqualTo("hostility.insult-at-target");
    assertThat(first.path("item").path("source_id").asText()).isEqualTo("1234");
    assertThat(first.path("item").path("created_at").asText()).isEqualTo("2024-03-01T09:00:00Z");
    assertThat(first.path("item").path("text").asText()).isEqualTo("you are a pathetic idiot");
    assertThat(first.path("clauses").get(0).path("clause").asText()).isEqualTo("2.8");
    assertThat(first.path("remediation").get(0).path("action").asText()).isEqualTo("delete");
    assertThat(json.path("problems").get(0).path("code").asText()).isEqualTo("ingest.json.truncated");
    assertThat(json.path("findings")).hasSize(1);
    JsonNode good = json.path("strengths").get(0);
    assertThat(json.path("strengths")).hasSize(1);
    assertThat(good.path("category").asText()).isEqualTo("strength");
    assertThat(good.path("severity").asText()).isEqualTo("info");
    assertThat(good.path("item").path("source_id").asText()).isEqualTo("5678");
    assertThat(good.path("clauses")).isEmpty();
    assertThat(good.path("remediation").get(0).path("action").asText()).isEqualTo("keep");
    JsonNode setting = json.path("settings_to_check").get(0);
    assertThat(setting.path("id").asText()).isEqualTo("twitter.profile-location");
    assertThat(setting.path("platform").asText()).isEqualTo("twitter");
    assertThat(setting.path("how").asText()).startsWith("X:");
    assertThat(setting.path("evidence").get(0).asText()).isEqualTo("Dundee");
    assertThat(json.path("by_year").toString()).isEqualTo("{\"2024\":1}");
    assertThat(json.path("old_items").isEmpty()).isTrue(); // a month old at the scan's time
  }

  @Test
  void counts_findings_by_year_and_lists_old_flagged_items_once_each_with_their_links() throws IOException {
    Item old = Item.builder("twitter", "1").text("old").createdAt(Instant.parse("2019-03-01T09:00:00Z"))
        .permalink("https://x.com/me/status/1").build();
    Item oldWithoutLink = Item.builder("twitter", "2").text("old too").createdAt(Instant.parse("2020-03-01T09:00:00Z")).build();
    Item recent = Item.builder("twitter", "3").text("recent").createdAt(Instant.parse("2024-03-01T09:00:00Z"))
        .permalink("https://x.com/me/status/3").build();
    Item undated = Item.builder("facebook", "post@undated:00").text("undated").build();
    List<ItemFinding> findings = List.of(found(old, "a"), found(old, "b"), found(oldWithoutLink, "a"), found(recent, "a"), found(undated, "a"));
    ExportScan scan = new ExportScan("0.1.0", Instant.parse("2024-12-01T00:00:00Z"), "sssc", "SSSC", List.of(), 4,
        visitor -> {
          for (ItemFinding finding : findings) {
            visitor.visit(finding);
          }
        }, visitor -> { }, List.of(), List.of(), Reviews.NONE);
    StringWriter out = new StringWriter();

    JsonReport.writeScan(scan, out);

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.path("by_year").toString()).isEqualTo("{\"2019\":2,\"2020\":1,\"2024\":1,\"undated\":1}");
    assertThat(json.path("old_items").toString())
        .isEqualTo("{\"twitter\":{\"items\":2,\"permalinks\":[\"https://x.com/me/status/1\"]}}");
  }

  private static ItemFinding found(Item item, String rule) {
    return new ItemFinding(item, new Finding(item.id(), Involvement.AUTHORED, Category.PROFANITY, Severity.LOW, 0.5, List.of(),
        "profanity." + rule, "Swearing.", "Why.", List.of(), List.of(Remediation.DELETE), null));
  }

  @Test
  void a_finding_about_several_items_names_the_item_of_each_span_and_lists_every_contributing_item() throws IOException {
    Item latest = Item.builder("twitter", "3").text("Walked Mia to Elm Park Primary").createdAt(Instant.parse("2024-05-01T08:40:00Z")).build();
    Finding finding = new Finding(latest.id(), Involvement.AUTHORED, Category.EXPOSURE, Severity.LOW, 0.7,
        List.of(new EvidenceSpan(0, 0, "taken Saturday 6 Jan 2024, 21:00 near 55.95, -3.19", "photo", "instagram:7"),
            new EvidenceSpan(10, 12, "14", "house-number", "twitter:1"), new EvidenceSpan(16, 30, "Elm Park Primary", "school")),
        "exposure.mosaic-address", "Read together, 3 of your posts tell a stranger where you live.", "Clues add up.", List.of(), List.of(Remediation.EDIT), null);
    ExportScan scan = new ExportScan("0.1.0", Instant.parse("2024-06-01T00:00:00Z"), "sssc", "SSSC", List.of(), 3,
        visitor -> visitor.visit(new ItemFinding(latest, finding)), visitor -> { }, List.of(), List.of(), Reviews.NONE);
    StringWriter out = new StringWriter();

    JsonReport.writeScan(scan, out);

    JsonNode written = new ObjectMapper().readTree(out.toString()).path("findings").get(0);
    assertThat(written.path("contributing_items")).extracting(JsonNode::asText).containsExactly("twitter:3", "instagram:7", "twitter:1");
    assertThat(written.path("evidence").get(0).path("item_id").asText()).isEqualTo("instagram:7");
    assertThat(written.path("evidence").get(2).has("item_id")).isFalse();
  }
}
