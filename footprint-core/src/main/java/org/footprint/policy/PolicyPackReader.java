package org.footprint.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.footprint.model.Category;
import org.footprint.model.Clause;
import org.footprint.model.Severity;

/** Reads and checks one pack file. Every problem is an {@link IllegalStateException} naming the file and the field. */
final class PolicyPackReader {

  static final String PUBLIC_TRUST = "public_trust";

  /** A bare clause number such as {@code 5.8}: only verified clauses may be cited this way. */
  static final Pattern BARE_SUB_NUMBER = Pattern.compile("^\\d+(\\.\\d+)+$");

  private static final String GUIDANCE_PREFIX = "Guidance: ";
  private static final Pattern NOTE_KEY = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final List<String> FIELDS =
      List.of("id", "title", "code", "code-title", "profession", "version", "url", "default", "clauses", "severity", "notes");
  private static final List<String> CLAUSE_FIELDS = List.of("ref", "summary", "verified");
  private static final List<String> ADJUSTMENT_FIELDS = List.of("floor", "ceiling", "shift");

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final String file;

  private PolicyPackReader(String file) {
    this.file = file;
  }

  /**
   * Parses {@code text}, the content of {@code file}, which must hold the pack {@code expectedId}.
   *
   * @throws IllegalStateException naming the file and what is wrong
   */
  static PolicyPack read(String file, String text, String expectedId) {
    return new PolicyPackReader(file).read(text, expectedId);
  }

  private PolicyPack read(String text, String expectedId) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw new IllegalStateException(file + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw fail("", "expected a mapping with id, title, code, clauses, …");
    }
    checkFields(root, "", FIELDS);

    String id = text(root, "id");
    if (!id.equals(expectedId)) {
      throw fail("id", "'" + id + "' does not match the file name (expected '" + expectedId + "')");
    }
    String code = text(root, "code");
    JsonNode defaultNode = root.get("default");
    if (defaultNode != null && !defaultNode.isBoolean()) {
      throw fail("default", "expected true or false, found '" + defaultNode.asText() + "'");
    }
    boolean isDefault = defaultNode != null && defaultNode.booleanValue();

    Map<String, String> notes = readNotes(root.get("notes"));
    JsonNode clausesNode = root.get("clauses");
    if (clausesNode == null || !clausesNode.isObject()) {
      throw fail("clauses", "missing; list public_trust and every category (" + categoryIds() + ")");
    }
    EnumMap<Category, List<Clause>> clauses = new EnumMap<>(Category.class);
    for (Iterator<String> names = clausesNode.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals(PUBLIC_TRUST)) {
        clauses.put(category("clauses", name), readClauses(code, "clauses." + name, clausesNode.get(name)));
      }
    }
    if (!clausesNode.has(PUBLIC_TRUST)) {
      throw fail("clauses", "missing public_trust (the conduct or reputation clauses every finding cites)");
    }
    List<Clause> publicTrust = readClauses(code, "clauses." + PUBLIC_TRUST, clausesNode.get(PUBLIC_TRUST));
    if (publicTrust.isEmpty()) {
      throw fail("clauses." + PUBLIC_TRUST, "is empty; every finding cites it, so give at least one clause");
    }
    for (Category category : Category.risks()) {
      if (!clauses.containsKey(category)) {
        throw fail("clauses", "missing category '" + category.id() + "' (list it, empty if the code has no clause for it)");
      }
      if (clauses.get(category).isEmpty() && !notes.containsKey(category.id())) {
        throw fail("clauses." + category.id(), "lists no clause and notes has no '" + category.id() + "' entry; add a clause or a note saying why");
      }
    }

    return new PolicyPack(
        id,
        text(root, "title"),
        code,
        text(root, "code-title"),
        text(root, "profession"),
        text(root, "version"),
        text(root, "url"),
        isDefault,
        clauses,
        publicTrust,
        readSeverity(root.get("severity")),
        notes);
  }

  private List<Clause> readClauses(String code, String path, JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw fail(path, "expected a list of {ref, summary, verified}");
    }
    List<Clause> result = new ArrayList<>();
    Set<String> refs = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode item = node.get(i);
      if (!item.isObject()) {
        throw fail(at, "expected {ref, summary, verified}");
      }
      checkFields(item, at, CLAUSE_FIELDS);
      JsonNode refNode = item.get("ref");
      if (refNode != null && refNode.isNumber()) {
        throw fail(at + ".ref", "must be quoted text: unquoted " + refNode.asText() + " is read as a number (1.10 would become 1.1)");
      }
      String ref = text(item, "ref", at);
      String summary = text(item, "summary", at);
      JsonNode verifiedNode = item.get("verified");
      if (verifiedNode == null || !verifiedNode.isBoolean()) {
        throw fail(at + ".verified", "expected true or false");
      }
      boolean verified = verifiedNode.booleanValue();
      if (!verified && BARE_SUB_NUMBER.matcher(ref).matches()) {
        throw fail(at + ".ref", "'" + ref + "' is not verified, so cite the section or heading, not the clause number");
      }
      if (verified && ref.startsWith(GUIDANCE_PREFIX)) {
        throw fail(at + ".verified", "guidance is not a code clause, so it cannot be verified: true");
      }
      if (!refs.add(ref)) {
        throw fail(at + ".ref", "'" + ref + "' is listed twice in this category");
      }
      result.add(new Clause(code, ref, summary, verified));
    }
    return result;
  }

  private Map<Category, SeverityAdjustment> readSeverity(JsonNode node) {
    Map<Category, SeverityAdjustment> result = new EnumMap<>(Category.class);
    if (node == null || node.isNull()) {
      return result;
    }
    if (!node.isObject()) {
      throw fail("severity", "expected a mapping from category to {floor, ceiling, shift}");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      String at = "severity." + name;
      Category category = category("severity", name);
      JsonNode item = node.get(name);
      if (!item.isObject() || item.isEmpty()) {
        throw fail(at, "expected one or more of floor, ceiling, shift");
      }
      checkFields(item, at, ADJUSTMENT_FIELDS);
      Severity floor = severity(item, "floor", at);
      Severity ceiling = severity(item, "ceiling", at);
      int shift = 0;
      JsonNode shiftNode = item.get("shift");
      if (shiftNode != null) {
        if (!shiftNode.isInt()) {
          throw fail(at + ".shift", "expected a whole number of steps, found '" + shiftNode.asText() + "'");
        }
        shift = shiftNode.intValue();
      }
      if (floor != null && ceiling != null && floor.compareTo(ceiling) > 0) {
        throw fail(at, "floor " + floor.id() + " is above ceiling " + ceiling.id());
      }
      result.put(category, new SeverityAdjustment(floor, ceiling, shift));
    }
    return result;
  }

  private Map<String, String> readNotes(JsonNode node) {
    Map<String, String> result = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return result;
    }
    if (!node.isObject()) {
      throw fail("notes", "expected a mapping from category id or topic to text");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!NOTE_KEY.matcher(name).matches()) {
        throw fail("notes", "key '" + name + "' should be a category id or a lower-case topic");
      }
      result.put(name, text(node, name, "notes"));
    }
    return result;
  }

  private Severity severity(JsonNode item, String field, String at) {
    JsonNode node = item.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return Severity.parse(node.asText());
    } catch (IllegalArgumentException e) {
      throw fail(at + "." + field, e.getMessage());
    }
  }

  /** A risk category: strengths cite no clauses and keep their info level, so a pack cannot name them. */
  private Category category(String at, String name) {
    try {
      Category category = Category.parse(name);
      if (!category.isRisk()) {
        throw new IllegalArgumentException(name);
      }
      return category;
    } catch (IllegalArgumentException e) {
      String expected = at.equals("clauses") ? PUBLIC_TRUST + ", " + categoryIds() : categoryIds();
      throw fail(at, "unknown category '" + name + "' (expected one of " + expected + ")");
    }
  }

  private void checkFields(JsonNode node, String at, List<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw fail(at, "unknown field '" + name + "' (expected " + String.join(", ", allowed) + ")");
      }
    }
  }

  private String text(JsonNode node, String field) {
    return text(node, field, "");
  }

  private String text(JsonNode node, String field, String at) {
    String path = at.isEmpty() ? field : at + "." + field;
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw fail(path, "missing");
    }
    if (!value.isTextual()) {
      throw fail(path, "expected quoted text, found '" + value.asText() + "'");
    }
    if (value.textValue().isBlank()) {
      throw fail(path, "is blank");
    }
    return value.textValue().strip();
  }

  private IllegalStateException fail(String path, String problem) {
    return new IllegalStateException(file + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
  }

  private static String categoryIds() {
    return Category.risks().stream().map(Category::id).collect(Collectors.joining(", "));
  }
}
