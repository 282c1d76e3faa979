package org.footprint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.footprint.ingest.Problem;
import org.footprint.ingest.SourceStats;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.review.ReviewState;
import org.footprint.settings.SettingToCheck;

/**
 * Writes a scan in the versioned {@code scan} JSON shape: the same shape for {@code check --format json},
 * the demo's report and, later, the REST API. Field names are snake_case; a change to them raises
 * {@link #SCHEMA_VERSION}.
 */
public final class JsonReport {
  public static final String SCHEMA_VERSION = "1.1";
  /**
   * Version of the {@code scan} command's document ({@link #writeScan}); raised on any change to its field names. 1.1
   * added {@code by_year} and {@code old_items}, and {@code evidence[].item_id} and {@code contributing_items} for
   * findings about the whole history; 1.2 added {@code strengths} and {@code settings_to_check}; 1.3 added
   * {@code findings[].review} (the user's decision, or null while open) and {@code reviewed} (findings settled, by
   * decision). Its JSON Schema: {@link ScanSchema}.
   */
  public static final String SCAN_SCHEMA_VERSION = "1.3";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonReport() {}

  public static String toJson(ScanResult scan) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      writeCheck(json, scan);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the scan as JSON: " + e.getMessage(), e);
    }
    return text.toString();
  }

  public static void write(ScanResult scan, Path file) {
    try {
      Files.writeString(file, toJson(scan) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
    }
  }

  private static void writeCheck(JsonGenerator json, ScanResult scan) throws IOException {
    json.writeStartObject();
    json.writeStringField("schema_version", SCHEMA_VERSION);
    writeTool(json, scan.toolVersion());
    json.writeStringField("scanned_at", scan.scannedAt().toString());
    writePack(json, scan.packId(), scan.packTitle());
    writeSummary(json, scan);
    json.writeArrayFieldStart("items");
    for (Item item : scan.items()) {
      writeItem(json, item);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding finding : scan.findings()) {
      writeFinding(json, finding);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("strengths");
    for (Finding strength : scan.strengths()) {
      writeFinding(json, strength);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeTool(JsonGenerator json, String version) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeStringField("name", "footprint");
    json.writeStringField("version", version);
    json.writeEndObject();
  }

  private static void writePack(JsonGenerator json, String id, String title) throws IOException {
    json.writeObjectFieldStart("pack");
    json.writeStringField("id", id);
    json.writeStringField("title", title);
    json.writeEndObject();
  }

  private static void writeSummary(JsonGenerator json, ScanResult scan) throws IOException {
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    for (Finding finding : scan.findings()) {
      bySeverity.merge(finding.severity(), 1, Integer::sum);
      byCategory.merge(finding.category(), 1, Integer::sum);
    }
    json.writeObjectFieldStart("summary");
    json.writeNumberField("items", scan.items().size());
    json.writeNumberField("findings", scan.findings().size());
    json.writeObjectFieldStart("by_severity");
    for (Severity severity : Severity.values()) {
      json.writeNumberField(severity.id(), bySeverity.getOrDefault(severity, 0));
    }
    json.writeEndObject();
    json.writeObjectFieldStart("by_category");
    for (Category category : Category.risks()) {
      json.writeNumberField(category.id(), byCategory.getOrDefault(category, 0));
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeItem(JsonGenerator json, Item item) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", item.id());
    json.writeStringField("platform", item.platform());
    json.writeStringField("kind", item.kind().id());
    json.writeBooleanField("authored_by_self", item.authoredBySelf());
    json.writeStringField("created_at", item.createdAt() == null ? null : item.createdAt().toString());
    json.writeStringField("audience", item.audience().id());
    json.writeStringField("text", item.text());
    if (item.replyTo() != null) {
      json.writeStringField("reply_to", item.replyTo());
    }
    if (!item.mentions().isEmpty()) {
      json.writeArrayFieldStart("mentions");
      for (String mention : item.mentions()) {
        json.writeString(mention);
      }
      json.writeEndArray();
    }
    if (item.permalink() != null) {
      json.writeStringField("permalink", item.permalink());
    }
    json.writeEndObject();
  }

  private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", finding.id());
    json.writeStringField("item_id", finding.itemId());
    json.writeStringField("rule_id", finding.ruleId());
    json.writeStringField("category", finding.category().id());
    json.writeStringField("severity", finding.severity().id());
    json.writeStringField("involvement", finding.involvement().id());
    json.writeNumberField("confidence", finding.confidence());
    json.writeStringField("message", finding.message());
    json.writeStringField("explanation", finding.explanation());
    ScanFindingJson.writeExplained(json, finding, "reference");
    json.writeEndObject();
  }

  /**
   * Writes a scan of exports ({@code footprint scan --format json}) in the shape the README documents under
   * "JSON output of scan": sources, items_scanned, findings each with the item it is about, findings by year, the
   * old flagged items per platform (by the scan's time, {@link ExportScan#scannedAt}), strengths in the shape of
   * findings (never among them), the settings to check, and problems.
   * Streams the document, one finding at a time in the order {@link ExportScan#findings} gives them; {@code out} is
   * flushed, not closed.
   */
  public static void writeScan(ExportScan scan, Writer out) throws IOException {
    FindingsByTime byTime = new FindingsByTime(scan.scannedAt());
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      // The caller owns the writer (it may be the console).
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // Compact, not indented: a large scan's document runs to tens of MB (50 MB for 100,000 tweets), and indenting
      // it took a quarter of a second of such a scan's five; `jq .` indents it for reading.
      json.writeStartObject();
      json.writeStringField("schema_version", SCAN_SCHEMA_VERSION);
      writeTool(json, scan.toolVersion());
      json.writeStringField("scanned_at", scan.scannedAt().toString());
      writePack(json, scan.packId(), scan.packTitle());
      json.writeArrayFieldStart("sources");
      for (SourceStats source : scan.sources()) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("path", source.path());
        node.put("platform", source.platform());
        node.put("items", source.items());
        node.set("problems", problems(source.problems()));
        MAPPER.writeTree(json, node);
      }
      json.writeEndArray();
      json.writeNumberField("items_scanned", scan.itemsScanned());
      json.writeArrayFieldStart("findings");
      // Each finding was rendered when it was found: written as it is, not parsed and written again.
      ReviewCounts reviewed = new ReviewCounts();
      scan.findings().forEachReportedInOrder(found -> {
        byTime.add(found);
        ReviewState review = ReviewJson.stateOf(scan.reviews(), found);
        reviewed.add(review);
        ReviewJson.write(json, found, review);
      });
      json.writeEndArray();
      json.writeObjectFieldStart("reviewed");
      for (Map.Entry<String, Long> decision : reviewed.byDecision().entrySet()) {
        json.writeNumberField(decision.getKey(), decision.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("by_year");
      for (Map.Entry<String, Long> year : byTime.byYear().entrySet()) {
        json.writeNumberField(year.getKey(), year.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("old_items");
      for (Map.Entry<String, Long> platform : byTime.oldItems().entrySet()) {
        json.writeObjectFieldStart(platform.getKey());
        json.writeNumberField("items", platform.getValue());
        json.writeArrayFieldStart("permalinks");
        byTime.forEachOldLink(platform.getKey(), json::writeString);
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeArrayFieldStart("strengths");
      scan.strengths().forEachReportedInOrder(found -> json.writeRawValue(found.json()));
      json.writeEndArray();
      json.writeArrayFieldStart("settings_to_check");
      for (SettingToCheck setting : scan.settingsToCheck()) {
        MAPPER.writeTree(json, setting(setting));
      }
      json.writeEndArray();
      json.writeFieldName("problems");
      MAPPER.writeTree(json, problems(scan.problems()));
      json.writeEndObject();
    }
  }

  private static ObjectNode setting(SettingToCheck setting) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", setting.id());
    node.put("platform", setting.platform());
    node.put("title", setting.title());
    node.put("why", setting.why());
    node.put("how", setting.how());
    ArrayNode evidence = node.putArray("evidence");
    setting.evidence().forEach(evidence::add);
    return node;
  }

  /** The report's {@code problems}: {@code file}, {@code entry}, {@code code}, {@code message} each. */
  public static ArrayNode problems(List<Problem> problems) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Problem problem : problems) {
      ObjectNode node = array.addObject();
      node.put("file", problem.file());
      node.put("entry", problem.entry());
      node.put("code", problem.code());
      node.put("message", problem.message());
    }
    return array;
  }
}
