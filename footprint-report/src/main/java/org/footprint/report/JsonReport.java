package org.footprint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.footprint.ingest.Problem;
import org.footprint.ingest.SourceStats;
import org.footprint.model.Category;
import org.footprint.model.Clause;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
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
   * findings about the whole history; 1.2 added {@code strengths} and {@code settings_to_check}.
   */
  public static final String SCAN_SCHEMA_VERSION = "1.2";
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static String toJson(ScanResult scan) {
    try {
      return MAPPER.writeValueAsString(tree(scan));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the scan as JSON: " + e.getMessage(), e);
    }
  }

  public static void write(ScanResult scan, Path file) {
    try {
      Files.writeString(file, toJson(scan) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
    }
  }

  static ObjectNode tree(ScanResult scan) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema_version", SCHEMA_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "footprint");
    tool.put("version", scan.toolVersion());
    root.put("scanned_at", scan.scannedAt().toString());
    ObjectNode pack = root.putObject("pack");
    pack.put("id", scan.packId());
    pack.put("title", scan.packTitle());
    root.set("summary", summary(scan));
    ArrayNode items = root.putArray("items");
    for (Item item : scan.items()) {
      items.add(item(item));
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : scan.findings()) {
      findings.add(finding(finding));
    }
    ArrayNode strengths = root.putArray("strengths");
    for (Finding strength : scan.strengths()) {
      strengths.add(finding(strength));
    }
    return root;
  }

  private static ObjectNode summary(ScanResult scan) {
    ObjectNode summary = MAPPER.createObjectNode();
    summary.put("items", scan.items().size());
    summary.put("findings", scan.findings().size());
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    for (Finding finding : scan.findings()) {
      bySeverity.merge(finding.severity(), 1, Integer::sum);
      byCategory.merge(finding.category(), 1, Integer::sum);
    }
    ObjectNode severities = summary.putObject("by_severity");
    for (Severity severity : Severity.values()) {
      severities.put(severity.id(), bySeverity.getOrDefault(severity, 0));
    }
    ObjectNode categories = summary.putObject("by_category");
    for (Category category : Category.risks()) {
      categories.put(category.id(), byCategory.getOrDefault(category, 0));
    }
    return summary;
  }

  private static ObjectNode item(Item item) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", item.id());
    node.put("platform", item.platform());
    node.put("kind", item.kind().id());
    node.put("authored_by_self", item.authoredBySelf());
    node.put("created_at", item.createdAt() == null ? null : item.createdAt().toString());
    node.put("audience", item.audience().id());
    node.put("text", item.text());
    if (item.replyTo() != null) {
      node.put("reply_to", item.replyTo());
    }
    if (!item.mentions().isEmpty()) {
      ArrayNode mentions = node.putArray("mentions");
      item.mentions().forEach(mentions::add);
    }
    if (item.permalink() != null) {
      node.put("permalink", item.permalink());
    }
    return node;
  }

  /** The stable id of a finding: the item and the rule, so review decisions survive re-scans. */
  public static String findingId(Finding finding) {
    return finding.itemId() + "#" + finding.ruleId();
  }

  static ObjectNode finding(Finding finding) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", findingId(finding));
    node.put("item_id", finding.itemId());
    node.put("rule_id", finding.ruleId());
    node.put("category", finding.category().id());
    node.put("severity", finding.severity().id());
    node.put("involvement", finding.involvement().id());
    node.put("confidence", finding.confidence());
    node.put("message", finding.message());
    node.put("explanation", finding.explanation());
    explained(node, finding, "reference");
    return node;
  }

  /** Evidence, clauses (the clause number under {@code clauseKey}), remediation and suggestion. */
  private static void explained(ObjectNode node, Finding finding, String clauseKey) {
    ArrayNode evidence = node.putArray("evidence");
    Set<String> contributing = new LinkedHashSet<>();
    for (EvidenceSpan span : finding.evidence()) {
      ObjectNode e = evidence.addObject();
      e.put("start", span.start());
      e.put("end", span.end());
      e.put("text", span.text());
      e.put("role", span.role());
      // A cross-item finding's evidence lies in several items: each span elsewhere names its item.
      if (span.itemId() != null) {
        e.put("item_id", span.itemId());
        contributing.add(span.itemId());
      }
    }
    if (!contributing.isEmpty()) {
      ArrayNode items = node.putArray("contributing_items");
      items.add(finding.itemId());
      contributing.stream().filter(id -> !id.equals(finding.itemId())).forEach(items::add);
    }
    ArrayNode clauses = node.putArray("clauses");
    for (Clause clause : finding.clauses()) {
      ObjectNode c = clauses.addObject();
      c.put("code", clause.code());
      c.put(clauseKey, clause.reference());
      c.put("summary", clause.summary());
      c.put("verified", clause.verified());
    }
    ArrayNode remediation = node.putArray("remediation");
    for (Remediation r : finding.remediation()) {
      ObjectNode e = remediation.addObject();
      e.put("action", r.id());
      e.put("advice", r.advice());
    }
    if (finding.suggestion() != null) {
      node.put("suggestion", finding.suggestion());
    }
  }

  /**
   * Writes a scan of exports ({@code footprint scan --format json}) in the shape the README documents under
   * "JSON output of scan": sources, items_scanned, findings each with the item it is about, findings by year, the
   * old flagged items per platform (by the scan's time, {@link ExportScan#scannedAt}), strengths in the shape of
   * findings (never among them), the settings to check, and problems.
   * Streams the document, one finding at a time in the order {@link ExportScan#findings} gives them; {@code out} is
   * flushed, not closed.
   *
   * @return the findings by year and the old flagged items, counted while they were written, for a summary
   */
  public static FindingsByTime writeScan(ExportScan scan, Writer out) throws IOException {
    FindingsByTime byTime = new FindingsByTime(scan.scannedAt());
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      // The caller owns the writer (it may be the console).
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // Compact, not indented: a large scan's document runs to tens of MB (50 MB for 100,000 tweets), and indenting
      // it took a quarter of a second of such a scan's five; `jq .` indents it for reading.
      json.writeStartObject();
      json.writeStringField("schema_version", SCAN_SCHEMA_VERSION);
      json.writeObjectFieldStart("tool");
      json.writeStringField("name", "footprint");
      json.writeStringField("version", scan.toolVersion());
      json.writeEndObject();
      json.writeStringField("scanned_at", scan.scannedAt().toString());
      json.writeObjectFieldStart("pack");
      json.writeStringField("id", scan.packId());
      json.writeStringField("title", scan.packTitle());
      json.writeEndObject();
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
      scan.findings().forEachInOrder(found -> {
        byTime.add(found);
        MAPPER.writeTree(json, scanFinding(found.finding(), found.item()));
      });
      json.writeEndArray();
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
      scan.strengths().forEachInOrder(found -> MAPPER.writeTree(json, scanFinding(found.finding(), found.item())));
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
    return byTime;
  }

  private static ObjectNode scanFinding(Finding finding, Item item) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", findingId(finding));
    node.put("category", finding.category().id());
    node.put("severity", finding.severity().id());
    node.put("involvement", finding.involvement().id());
    node.put("confidence", finding.confidence());
    node.put("rule", finding.ruleId());
    node.put("message", finding.message());
    ObjectNode about = node.putObject("item");
    about.put("id", finding.itemId());
    about.put("platform", item.platform());
    about.put("source_id", item.nativeId());
    about.put("kind", item.kind().id());
    about.put("authored_by_self", item.authoredBySelf());
    about.put("created_at", item.createdAt() == null ? null : item.createdAt().toString());
    about.put("audience", item.audience().id());
    about.put("text", item.text());
    if (item.permalink() != null) {
      about.put("permalink", item.permalink());
    }
    node.put("explanation", finding.explanation());
    explained(node, finding, "clause");
    return node;
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

  private static ArrayNode problems(List<Problem> problems) {
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
