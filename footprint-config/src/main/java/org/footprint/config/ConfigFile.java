package org.footprint.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.footprint.model.Severity;

/**
 * Reads and validates {@code footprint.yaml}. Keys are snake_case; an unknown key or a bad value is a
 * {@link ConfigException} of one line naming the file, the line and the key.
 */
public final class ConfigFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> KEYS = List.of("pack", "fail_on", "disabled_rules", "allow_terms", "report", "database");
  private static final List<String> REPORT_KEYS = List.of("formats", "out");
  private static final List<String> DATABASE_KEYS = List.of("url", "user", "password_env");
  private static final List<String> REPORT_FORMATS = List.of("html", "json", "csv", "jsonl");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * What a file is checked against.
   *
   * @param packs the policy packs' ids
   * @param ruleIds every rule id a user may disable
   */
  public record Known(Collection<String> packs, Collection<String> ruleIds) {}

  /** A value with the line of its key; {@code fields} is set for a mapping, {@code value} for anything else. */
  private record Located(int line, JsonNode value, Map<String, Located> fields) {}

  private final Path file;
  private final Known known;

  private ConfigFile(Path file, Known known) {
    this.file = file;
    this.known = known;
  }

  public static FootprintConfig read(Path file, Known known) {
    return new ConfigFile(file, known).read();
  }

  private FootprintConfig read() {
    Located root;
    try (JsonParser parser = YAML.createParser(Files.readString(file))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new FootprintConfig(file, null, null, Set.of(), List.of(), FootprintConfig.ReportDefaults.NONE, FootprintConfig.DatabaseSettings.NONE);
      }
      root = located(parser);
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (root.fields() == null) {
      throw error(root.line(), null, "expected a mapping of settings (" + String.join(", ", KEYS) + ")");
    }
    Map<String, Located> fields = checkKeys(root, KEYS, "");
    String pack = text(fields, "pack", "");
    if (pack != null && !known.packs().contains(pack)) {
      throw error(fields.get("pack").line(), "pack", "unknown pack '" + pack + "' (known: " + String.join(", ", known.packs()) + ")");
    }
    Severity failOn = null;
    String failOnText = text(fields, "fail_on", "");
    if (failOnText != null) {
      try {
        failOn = Severity.parse(failOnText);
      } catch (IllegalArgumentException e) {
        throw error(fields.get("fail_on").line(), "fail_on", e.getMessage());
      }
    }
    Set<String> disabled = new LinkedHashSet<>(strings(fields, "disabled_rules", ""));
    for (String id : disabled) {
      if (!known.ruleIds().contains(id)) {
        List<String> close = CloseMatches.of(id, known.ruleIds(), 3);
        throw error(fields.get("disabled_rules").line(), "disabled_rules", "unknown rule '" + id + "'"
            + (close.isEmpty() ? " (see 'footprint rules')" : " (did you mean " + String.join(", ", close) + "?)"));
      }
    }
    List<String> allowTerms = strings(fields, "allow_terms", "");
    for (String term : allowTerms) {
      if (term.isBlank()) {
        throw error(fields.get("allow_terms").line(), "allow_terms", "an empty term allows nothing: remove it");
      }
    }
    return new FootprintConfig(file, pack, failOn, disabled, allowTerms, report(fields.get("report")), database(fields.get("database")));
  }

  private FootprintConfig.ReportDefaults report(Located report) {
    if (report == null) {
      return FootprintConfig.ReportDefaults.NONE;
    }
    Map<String, Located> fields = checkKeys(report, REPORT_KEYS, "report.");
    List<String> formats = strings(fields, "formats", "report.");
    for (String format : formats) {
      if (!REPORT_FORMATS.contains(format)) {
        throw error(fields.get("formats").line(), "report.formats", "unknown format '" + format + "' (known: " + String.join(", ", REPORT_FORMATS) + ")");
      }
    }
    String out = text(fields, "out", "report.");
    return new FootprintConfig.ReportDefaults(formats, out == null ? null : Path.of(out));
  }

  private FootprintConfig.DatabaseSettings database(Located database) {
    if (database == null) {
      return FootprintConfig.DatabaseSettings.NONE;
    }
    if (database.fields() != null && database.fields().containsKey("password")) {
      throw error(database.fields().get("password").line(), "database.password",
          "never put a password in the file: name the environment variable that holds it in password_env");
    }
    Map<String, Located> fields = checkKeys(database, DATABASE_KEYS, "database.");
    String passwordEnv = text(fields, "password_env", "database.");
    if (passwordEnv != null && !ENV_NAME.matcher(passwordEnv).matches()) {
      throw error(fields.get("password_env").line(), "database.password_env", "must be the NAME of an environment variable (letters, digits, _), not a password");
    }
    return new FootprintConfig.DatabaseSettings(text(fields, "url", "database."), text(fields, "user", "database."), passwordEnv);
  }

  private Map<String, Located> checkKeys(Located node, List<String> allowed, String prefix) {
    if (node.fields() == null) {
      throw error(node.line(), prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1),
          "expected a mapping of " + String.join(", ", allowed));
    }
    for (Map.Entry<String, Located> field : node.fields().entrySet()) {
      if (!allowed.contains(field.getKey())) {
        List<String> close = CloseMatches.of(field.getKey(), allowed, 1);
        throw error(field.getValue().line(), prefix + field.getKey(), "unknown key"
            + (close.isEmpty() ? "" : ", did you mean '" + prefix + close.get(0) + "'?") + " (known: " + String.join(", ", allowed) + ")");
      }
    }
    return node.fields();
  }

  private String text(Map<String, Located> fields, String key, String prefix) {
    Located field = fields.get(key);
    if (field == null || field.value() != null && field.value().isNull()) {
      return null;
    }
    if (field.value() == null || !field.value().isValueNode()) {
      throw error(field.line(), prefix + key, "expected a single value");
    }
    String text = field.value().asText().strip();
    return text.isEmpty() ? null : text;
  }

  /** A list, or one value taken as a list of one. */
  private List<String> strings(Map<String, Located> fields, String key, String prefix) {
    Located field = fields.get(key);
    List<String> out = new ArrayList<>();
    if (field == null || field.value() != null && field.value().isNull()) {
      return out;
    }
    JsonNode value = field.value();
    if (value == null || value.isObject()) {
      throw error(field.line(), prefix + key, "expected a list of values");
    }
    for (JsonNode element : value.isArray() ? value : List.of(value)) {
      if (!element.isValueNode()) {
        throw error(field.line(), prefix + key, "expected a list of single values");
      }
      out.add(element.asText().strip());
    }
    return out;
  }

  private ConfigException error(int line, String key, String what) {
    return new ConfigException(file + ":" + line + ": " + (key == null ? "" : key + ": ") + what);
  }

  /** The value at the parser's current token, with the lines of mapping keys kept. */
  private Located located(JsonParser parser) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return new Located(line, parser.readValueAsTree(), null);
    }
    Map<String, Located> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int keyLine = parser.currentTokenLocation().getLineNr();
      parser.nextToken();
      Located value = located(parser);
      if (fields.put(name, new Located(keyLine, value.value(), value.fields())) != null) {
        throw error(keyLine, name, "given twice");
      }
    }
    return new Located(line, null, fields);
  }
}
