package org.footprint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.footprint.model.Category;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;

/** Reads one rule YAML file into a {@link Rule}, refusing unknown keys and naming the file in every error. */
final class RuleReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> TOP_KEYS = Set.of("id", "kind", "category", "severity", "confidence", "summary", "message", "why",
      "remediation", "suggestion", "clauses", "match", "unless", "yields-to", "examples", "replaces", "docs");
  private static final Set<String> MATCH_KEYS = Set.of("anchor", "with", "exclude", "scope", "window", "min-total", "owner");
  private static final Set<String> PART_KEYS = Set.of("role", "lexicons", "signals", "identifiers", "targets", "min-weight", "window", "position");
  private static final Set<String> EXAMPLE_KEYS = Set.of("flag", "pass", "known-miss", "known-false-alarm");

  private RuleReader() {}

  static Rule read(String resource, InputStream in) {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(resource + ": not valid YAML: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalStateException(resource + ": expected a mapping of rule fields");
    }
    try {
      return parse(resource, root);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(resource + ": " + e.getMessage());
    }
  }

  private static Rule parse(String resource, JsonNode root) {
    checkKeys(root, TOP_KEYS, "rule");
    String id = text(root, "id", true);
    RuleKind kind = RuleKind.parse(text(root, "kind", true));
    Category category = Category.parse(text(root, "category", true));
    Severity severity = Severity.parse(text(root, "severity", true));
    if (!category.isRisk() && severity != Severity.INFO) {
      throw new IllegalArgumentException("a strength is never a risk, so its severity must be info");
    }
    double confidence = root.path("confidence").asDouble(-1);
    if (confidence <= 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be a number in (0, 1]");
    }
    List<Remediation> remediation = new ArrayList<>();
    for (String value : strings(root, "remediation")) {
      remediation.add(Remediation.parse(value));
    }
    if (remediation.isEmpty()) {
      throw new IllegalArgumentException("remediation must list at least one of delete, edit, restrict-audience, remove-location, untag, ask-poster-to-remove, report");
    }
    Set<Condition> unless = EnumSet.noneOf(Condition.class);
    for (String value : strings(root, "unless")) {
      unless.add(Condition.parse(value));
    }
    Set<Category> yieldsTo = EnumSet.noneOf(Category.class);
    for (String value : strings(root, "yields-to")) {
      yieldsTo.add(Category.parse(value));
    }
    JsonNode match = root.path("match");
    if (kind != RuleKind.LEARNED && !match.isObject()) {
      throw new IllegalArgumentException("'match' is required");
    }
    if (kind == RuleKind.LEARNED && !match.isMissingNode()) {
      // the word model decides; the most a learned rule's match may say is which words the post must hold at all, and
      // which it must not hold anywhere
      checkKeys(match, Set.of("anchor", "exclude"), "the match of a learned rule (only the words the post must hold, and those it must not)");
    }
    JsonNode examples = root.path("examples");
    if (!examples.isObject()) {
      throw new IllegalArgumentException("'examples' with 'flag' and 'pass' lists is required");
    }
    checkKeys(examples, EXAMPLE_KEYS, "examples");
    return new Rule(
        id,
        kind,
        category,
        severity,
        confidence,
        text(root, "summary", true),
        text(root, "message", true),
        text(root, "why", true),
        remediation,
        text(root, "suggestion", false),
        strings(root, "clauses"),
        kind == RuleKind.LEARNED ? learnedMatch(match) : parseMatch(match),
        unless,
        yieldsTo,
        new RuleExamples(strings(examples, "flag"), strings(examples, "pass"), strings(examples, "known-miss"), strings(examples, "known-false-alarm")),
        strings(root, "replaces"),
        resource);
  }

  private static RuleMatch parseMatch(JsonNode match) {
    checkKeys(match, MATCH_KEYS, "match");
    if (!match.path("anchor").isObject()) {
      throw new IllegalArgumentException("match.anchor is required");
    }
    RulePart anchor = parsePart(match.path("anchor"), "anchor");
    List<RulePart> with = parts(match, "with");
    List<RulePart> exclude = parts(match, "exclude");
    String scope = match.path("scope").asText("window");
    if (!Set.of("window", "sentence", "text").contains(scope)) {
      throw new IllegalArgumentException("match.scope must be window, sentence or text");
    }
    String owner = match.path("owner").asText("any");
    if (!Set.of("any", "self", "other").contains(owner)) {
      throw new IllegalArgumentException("match.owner must be any, self or other");
    }
    return new RuleMatch(anchor, with, exclude, scope, match.path("window").asInt(6), match.path("min-total").asDouble(0), owner);
  }

  /** A learned rule's match: the words it needs (any, when it names none) and, anywhere in the post, those that rule it out. */
  private static RuleMatch learnedMatch(JsonNode match) {
    if (match.isMissingNode()) {
      return RuleMatch.LEARNED;
    }
    RulePart anchor = match.path("anchor").isObject() ? parsePart(match.path("anchor"), "anchor") : RuleMatch.LEARNED.anchor();
    List<RulePart> exclude = parts(match, "exclude");
    for (RulePart part : exclude) {
      // a learned rule has no anchor to measure a window or a side from: a part holds anywhere, or where the model's words are
      if (part.window() != 0 || part.position() == RulePart.Position.BEFORE || part.position() == RulePart.Position.AFTER) {
        throw new IllegalArgumentException("an exclude part of a learned rule holds anywhere in the post, or with position: overlapping"
            + " where the model's words are; it takes no window and no before or after ('" + part.role() + "')");
      }
    }
    return new RuleMatch(anchor, List.of(), exclude, "text", 0, 0, "any");
  }

  private static List<RulePart> parts(JsonNode match, String key) {
    List<RulePart> parts = new ArrayList<>();
    JsonNode list = match.path(key);
    if (list.isMissingNode()) {
      return parts;
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException("match." + key + " must be a list of parts");
    }
    for (JsonNode part : list) {
      parts.add(parsePart(part, key));
    }
    return parts;
  }

  private static RulePart parsePart(JsonNode part, String where) {
    checkKeys(part, PART_KEYS, "match." + where);
    List<String> sources = new ArrayList<>(strings(part, "lexicons"));
    strings(part, "signals").forEach(s -> sources.add("signal:" + s));
    strings(part, "identifiers").forEach(s -> sources.add("id:" + s));
    strings(part, "targets").forEach(s -> sources.add("target:" + s));
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("match." + where + " needs lexicons, signals, identifiers or targets");
    }
    String role = part.path("role").asText(where);
    RulePart.Position position = RulePart.Position.parse(part.path("position").asText("any"));
    if (position != RulePart.Position.ANY && where.equals("anchor")) {
      throw new IllegalArgumentException("match.anchor cannot have a position");
    }
    return new RulePart(role, sources, part.path("min-weight").asDouble(0), part.path("window").asInt(0), position);
  }

  private static void checkKeys(JsonNode node, Set<String> allowed, String where) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException("unknown key '" + name + "' in " + where + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  private static String text(JsonNode node, String key, boolean required) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
      if (required) {
        throw new IllegalArgumentException("'" + key + "' is required");
      }
      return null;
    }
    return value.asText().trim();
  }

  private static List<String> strings(JsonNode node, String key) {
    JsonNode value = node.path(key);
    List<String> out = new ArrayList<>();
    if (value.isMissingNode() || value.isNull()) {
      return out;
    }
    if (value.isArray()) {
      value.forEach(v -> out.add(v.asText()));
    } else {
      out.add(value.asText());
    }
    return out;
  }
}
