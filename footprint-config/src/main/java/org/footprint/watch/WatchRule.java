package org.footprint.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.footprint.model.Category;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;

/**
 * The watch-list's rule, {@code watch/watched-name.yaml}: what a finding says and cites, as data like every rule's.
 * Its detector is the watch-list, not a lexicon, so it is not in the rule catalogue; its examples name a made-up
 * watch-list and run as tests.
 *
 * @param examplesWatched the names the examples' watch-list holds
 */
public record WatchRule(String id, Category category, Severity severity, double confidence, String summary, String message, String why,
    List<Remediation> remediation, String suggestion, List<String> clauses, String role, List<String> examplesWatched, List<String> flag,
    List<String> pass, List<String> knownMiss) {
  static final String RESOURCE = "watch/watched-name.yaml";
  private static final Set<String> KEYS = Set.of("id", "category", "severity", "confidence", "summary", "message", "why", "remediation", "suggestion",
      "clauses", "role", "examples");
  private static final Set<String> EXAMPLE_KEYS = Set.of("watch", "flag", "pass", "known-miss");

  public WatchRule {
    remediation = List.copyOf(remediation);
    clauses = List.copyOf(clauses);
    examplesWatched = List.copyOf(examplesWatched);
    flag = List.copyOf(flag);
    pass = List.copyOf(pass);
    knownMiss = List.copyOf(knownMiss);
  }

  private static final class Holder {
    static final WatchRule BUILT_IN = read();
  }

  public static WatchRule builtIn() {
    return Holder.BUILT_IN;
  }

  private static WatchRule read() {
    JsonNode root;
    try (InputStream in = WatchRule.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": missing from the classpath");
      }
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(RESOURCE + ": not valid YAML: " + e.getMessage(), e);
    }
    try {
      checkKeys(root, KEYS);
      JsonNode examples = root.path("examples");
      checkKeys(examples, EXAMPLE_KEYS);
      List<Remediation> remediation = new ArrayList<>();
      strings(root, "remediation").forEach(r -> remediation.add(Remediation.parse(r)));
      double confidence = root.path("confidence").asDouble(-1);
      if (confidence <= 0 || confidence > 1) {
        throw new IllegalArgumentException("confidence must be a number in (0, 1]");
      }
      return new WatchRule(text(root, "id"), Category.parse(text(root, "category")), Severity.parse(text(root, "severity")), confidence,
          text(root, "summary"), text(root, "message"), text(root, "why"), remediation, root.path("suggestion").asText(null), strings(root, "clauses"),
          text(root, "role"), strings(examples, "watch"), strings(examples, "flag"), strings(examples, "pass"), strings(examples, "known-miss"));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static void checkKeys(JsonNode node, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException("unknown key '" + name + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  private static String text(JsonNode node, String key) {
    String value = node.path(key).asText("").strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("'" + key + "' is required");
    }
    return value;
  }

  private static List<String> strings(JsonNode node, String key) {
    List<String> out = new ArrayList<>();
    node.path(key).forEach(value -> out.add(value.asText()));
    return out;
  }
}
