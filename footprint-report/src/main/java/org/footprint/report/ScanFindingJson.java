package org.footprint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.Clause;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;

/**
 * One finding of a scan report with the item it is about, in the {@code scan} document's shape (README, "JSON output
 * of scan"): written straight to a generator, and read back into the finding and item it was made from. The scan
 * renders each finding once, on the analysis thread that found it, and the report is those texts in report order.
 */
public final class ScanFindingJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private ScanFindingJson() {}

  /** The finding as one compact JSON object. */
  public static String render(Item item, Finding finding) {
    StringWriter text = new StringWriter(1024 + 2 * item.text().length());
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      write(json, item, finding);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a finding as JSON: " + e.getMessage(), e);
    }
    return text.toString();
  }

  static void write(JsonGenerator json, Item item, Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", finding.id());
    json.writeStringField("category", finding.category().id());
    json.writeStringField("severity", finding.severity().id());
    json.writeStringField("involvement", finding.involvement().id());
    json.writeNumberField("confidence", finding.confidence());
    json.writeStringField("rule", finding.ruleId());
    json.writeStringField("message", finding.message());
    json.writeObjectFieldStart("item");
    json.writeStringField("id", finding.itemId());
    json.writeStringField("platform", item.platform());
    json.writeStringField("source_id", item.nativeId());
    json.writeStringField("kind", item.kind().id());
    json.writeBooleanField("authored_by_self", item.authoredBySelf());
    json.writeStringField("created_at", item.createdAt() == null ? null : item.createdAt().toString());
    json.writeStringField("audience", item.audience().id());
    json.writeStringField("text", item.text());
    if (item.permalink() != null) {
      json.writeStringField("permalink", item.permalink());
    }
    json.writeEndObject();
    json.writeStringField("explanation", finding.explanation());
    writeExplained(json, finding, "clause");
    json.writeEndObject();
  }

  /**
   * Evidence, the items a cross-item finding draws on, clauses (the clause's number under {@code clauseKey}),
   * remediation and suggestion: what every JSON shape of a finding ends with.
   */
  static void writeExplained(JsonGenerator json, Finding finding, String clauseKey) throws IOException {
    json.writeArrayFieldStart("evidence");
    Set<String> contributing = new LinkedHashSet<>();
    for (EvidenceSpan span : finding.evidence()) {
      json.writeStartObject();
      json.writeNumberField("start", span.start());
      json.writeNumberField("end", span.end());
      json.writeStringField("text", span.text());
      json.writeStringField("role", span.role());
      // A cross-item finding's evidence lies in several items: each span elsewhere names its item.
      if (span.itemId() != null) {
        json.writeStringField("item_id", span.itemId());
        contributing.add(span.itemId());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!contributing.isEmpty()) {
      json.writeArrayFieldStart("contributing_items");
      json.writeString(finding.itemId());
      for (String id : contributing) {
        if (!id.equals(finding.itemId())) {
          json.writeString(id);
        }
      }
      json.writeEndArray();
    }
    json.writeArrayFieldStart("clauses");
    for (Clause clause : finding.clauses()) {
      json.writeStartObject();
      json.writeStringField("code", clause.code());
      json.writeStringField(clauseKey, clause.reference());
      json.writeStringField("summary", clause.summary());
      json.writeBooleanField("verified", clause.verified());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("remediation");
    for (Remediation remediation : finding.remediation()) {
      json.writeStartObject();
      json.writeStringField("action", remediation.id());
      json.writeStringField("advice", remediation.advice());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (finding.suggestion() != null) {
      json.writeStringField("suggestion", finding.suggestion());
    }
  }

  /**
   * The finding and its item back from {@link #render}'s text (or a finding of a report): of the item, what the
   * report holds of it.
   *
   * @throws IllegalArgumentException when the text is not a finding in this shape
   */
  public static ItemFinding read(String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a finding in the scan report's shape: " + e.getMessage(), e);
    }
    return read(node);
  }

  /** @see #read(String) */
  public static ItemFinding read(JsonNode node) {
    JsonNode about = node.path("item");
    if (!node.isObject() || !about.isObject()) {
      throw new IllegalArgumentException("not a finding in the scan report's shape: no item");
    }
    Item item = Item.builder(required(about, "platform"), nullable(about, "source_id")).id(required(about, "id"))
        .kind(ItemKind.parse(required(about, "kind"))).authoredBySelf(about.path("authored_by_self").asBoolean())
        .createdAt(about.hasNonNull("created_at") ? Instant.parse(about.get("created_at").asText()) : null)
        .text(required(about, "text")).audience(Audience.parse(required(about, "audience"))).permalink(nullable(about, "permalink")).build();
    List<EvidenceSpan> evidence = new ArrayList<>();
    for (JsonNode span : node.path("evidence")) {
      evidence.add(new EvidenceSpan(span.path("start").asInt(), span.path("end").asInt(), required(span, "text"), required(span, "role"),
          nullable(span, "item_id")));
    }
    List<Clause> clauses = new ArrayList<>();
    for (JsonNode clause : node.path("clauses")) {
      clauses.add(new Clause(required(clause, "code"), required(clause, "clause"), required(clause, "summary"), clause.path("verified").asBoolean()));
    }
    List<Remediation> remediation = new ArrayList<>();
    for (JsonNode action : node.path("remediation")) {
      remediation.add(Remediation.parse(required(action, "action")));
    }
    Finding finding = new Finding(item.id(), Involvement.parse(required(node, "involvement")), Category.parse(required(node, "category")),
        Severity.parse(required(node, "severity")), node.path("confidence").asDouble(), evidence, required(node, "rule"), required(node, "message"),
        required(node, "explanation"), clauses, remediation, nullable(node, "suggestion"));
    return new ItemFinding(item, finding);
  }

  private static String required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("not a finding in the scan report's shape: no text field '" + field + "'");
    }
    return value.asText();
  }

  private static String nullable(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
