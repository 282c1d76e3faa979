package org.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footprint.report.ReportFixtures.found;
import static org.footprint.report.ReportFixtures.hostileTweet;
import static org.footprint.report.ReportFixtures.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
import org.footprint.review.ReviewDecision;
import org.footprint.review.ReviewState;
import org.junit.jupiter.api.Test;

/** The JSON Schema in the repository describes what the code writes: a hand-made scan with every optional part validates, and drift fails. */
class ScanSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema(String definition) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ScanSchema.json(definition));
  }

  private static ExportScan everyPart() {
    Item tweet = Item.builder("twitter", "42").createdAt(Instant.parse("2018-03-05T09:00:00Z")).text("what an idiot").permalink("https://x.com/me/status/42").build();
    ItemFinding mosaic = found(tweet, "exposure.mosaic-address", Category.EXPOSURE, Severity.LOW, new EvidenceSpan(8, 13, "idiot", "school"),
        new EvidenceSpan(0, 0, "taken at 21:00", "photo", "instagram:7"));
    ItemFinding strength = found(Item.builder("twitter", "5").text("flu clinic").build(), "strength.public-information", Category.STRENGTH, Severity.INFO);
    ReviewState keep = new ReviewState(ReviewDecision.KEEP, "fine", Instant.parse("2025-05-01T12:00:00Z"));
    return scan(List.of(mosaic, found(hostileTweet(), "hostility.x", Category.HOSTILITY, Severity.HIGH)), List.of(strength),
        (item, finding) -> item.id().equals(tweet.id()) ? keep : null);
  }

  @Test
  void a_scan_document_with_every_optional_part_validates() throws IOException {
    StringWriter out = new StringWriter();
    JsonReport.writeScan(everyPart(), out);
    JsonNode document = JSON.readTree(out.toString());

    assertThat(document.path("reviewed").path("keep").asInt()).isEqualTo(1);
    assertThat(document.path("findings").get(0).path("review").path("note").asText()).isEqualTo("fine");
    assertThat(schema(null).validate(document)).isEmpty();
  }

  @Test
  void every_json_lines_record_validates_as_a_finding() throws IOException {
    StringWriter out = new StringWriter();
    JsonLinesReport.write(everyPart(), out);
    JsonSchema finding = schema("finding");

    for (String line : out.toString().split("\n")) {
      assertThat(finding.validate(JSON.readTree(line))).as(line).isEmpty();
    }
  }

  @Test
  void a_field_the_schema_does_not_know_or_a_missing_review_fails() throws IOException {
    StringWriter out = new StringWriter();
    JsonReport.writeScan(everyPart(), out);
    ObjectNode document = (ObjectNode) JSON.readTree(out.toString());
    ((ObjectNode) document.path("findings").get(0)).put("surprise", 1);
    ((ObjectNode) document.path("findings").get(1)).remove("review");

    Set<ValidationMessage> errors = schema(null).validate(document);

    assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("surprise")).anyMatch(m -> m.contains("review"));
  }

  @Test
  void the_schema_enums_are_the_codes_ids() throws IOException {
    JsonNode defs = ScanSchema.json(null).path("$defs");
    assertThat(ScanSchema.json(null).path("properties").path("schema_version").path("const").asText()).isEqualTo(JsonReport.SCAN_SCHEMA_VERSION);
    assertThat(values(defs, "category")).isEqualTo(ids(Category.risks().stream(), Category::id));
    assertThat(values(defs, "severity")).isEqualTo(ids(Stream.of(Severity.values()), Severity::id));
    assertThat(values(defs, "involvement")).isEqualTo(ids(Stream.of(Involvement.values()), Involvement::id));
    assertThat(values(defs, "kind")).isEqualTo(ids(Stream.of(ItemKind.values()), ItemKind::id));
    assertThat(values(defs, "audience")).isEqualTo(ids(Stream.of(Audience.values()), Audience::id));
    assertThat(values(defs, "remediation_action")).isEqualTo(ids(Stream.of(Remediation.values()), Remediation::id));
    assertThat(values(defs, "decision")).isEqualTo(ids(Stream.of(ReviewDecision.values()), ReviewDecision::id));
  }

  private static List<String> values(JsonNode defs, String name) {
    return Stream.of(JSON.convertValue(defs.path(name).path("enum"), String[].class)).toList();
  }

  private static <T> List<String> ids(Stream<T> values, Function<T, String> id) {
    return values.map(id).toList();
  }
}
