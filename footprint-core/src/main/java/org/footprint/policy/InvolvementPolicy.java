package org.footprint.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.footprint.model.Category;
import org.footprint.model.Involvement;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;

/**
 * How findings change when the user did not write the item ({@code policy/involvement.yaml}): a severity shift,
 * a sentence saying whose words they are, and the remediation that fits (untag, undo the like …). Immutable.
 */
public final class InvolvementPolicy {
  static final String RESOURCE = "policy/involvement.yaml";
  private static final Set<String> FIELDS = Set.of("shift", "lead", "message", "remediation", "by-category");
  private static final YAMLMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  /** What one involvement does to a finding; an empty remediation keeps the rule's own. */
  public record Treatment(int shift, String lead, String message, List<Remediation> remediation, Map<Category, List<Remediation>> byCategory) {
    public Treatment {
      remediation = List.copyOf(remediation);
      byCategory = Map.copyOf(byCategory);
    }

    public Severity adjust(Severity severity) {
      return severity.shift(shift);
    }

    /** The advice for a finding of {@code category} whose rule advises {@code ruleOwn}. */
    public List<Remediation> remediation(Category category, List<Remediation> ruleOwn) {
      return byCategory.getOrDefault(category, remediation.isEmpty() ? ruleOwn : remediation);
    }
  }

  private final Map<Involvement, Treatment> treatments;

  private InvolvementPolicy(Map<Involvement, Treatment> treatments) {
    this.treatments = treatments;
  }

  public Treatment of(Involvement involvement) {
    return treatments.get(involvement);
  }

  private static final InvolvementPolicy BUILT_IN = load();

  /** The policy shipped with Footprint. */
  public static InvolvementPolicy builtIn() {
    return BUILT_IN;
  }

  private static InvolvementPolicy load() {
    try (InputStream in = InvolvementPolicy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": missing from the classpath");
      }
      return parse(RESOURCE, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a policy file's text; every involvement must be listed.
   *
   * @throws IllegalStateException naming the file and the field that is wrong
   */
  static InvolvementPolicy parse(String file, String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalStateException(file + ": expected a mapping with one entry per involvement");
    }
    Map<Involvement, Treatment> treatments = new EnumMap<>(Involvement.class);
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      Involvement involvement = parsed(file, field.getKey(), () -> Involvement.parse(field.getKey()));
      treatments.put(involvement, treatment(file, field.getKey(), field.getValue()));
    }
    for (Involvement involvement : Involvement.values()) {
      if (!treatments.containsKey(involvement)) {
        throw new IllegalStateException(file + ": missing '" + involvement.id() + "'");
      }
    }
    if (treatments.get(Involvement.AUTHORED).shift() != 0 || !treatments.get(Involvement.AUTHORED).remediation().isEmpty()) {
      throw new IllegalStateException(file + ": authored: an item the user wrote keeps the pack's severity and the rule's advice (shift 0, no remediation)");
    }
    return new InvolvementPolicy(treatments);
  }

  private static Treatment treatment(String file, String at, JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalStateException(file + ": " + at + ": expected shift, lead, message and remediation");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalStateException(file + ": " + at + "." + name + ": unknown field (expected one of " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
      }
    }
    JsonNode shift = node.path("shift");
    if (!shift.isInt() || Math.abs(shift.intValue()) > 2) {
      throw new IllegalStateException(file + ": " + at + ".shift: expected a whole number from -2 to 2");
    }
    Map<Category, List<Remediation>> byCategory = new EnumMap<>(Category.class);
    for (Iterator<Map.Entry<String, JsonNode>> categories = node.path("by-category").fields(); categories.hasNext(); ) {
      Map.Entry<String, JsonNode> category = categories.next();
      String where = at + ".by-category." + category.getKey();
      byCategory.put(parsed(file, where, () -> Category.parse(category.getKey())), remediation(file, where, category.getValue()));
    }
    return new Treatment(shift.intValue(), node.path("lead").asText(""), node.path("message").asText(""),
        remediation(file, at + ".remediation", node.path("remediation")), byCategory);
  }

  private static List<Remediation> remediation(String file, String at, JsonNode node) {
    if (node.isMissingNode()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new IllegalStateException(file + ": " + at + ": expected a list of remediation ids");
    }
    List<Remediation> result = new ArrayList<>();
    node.forEach(id -> result.add(parsed(file, at, () -> Remediation.parse(id.asText()))));
    return result;
  }

  private static <T> T parsed(String file, String at, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(file + ": " + at + ": " + e.getMessage(), e);
    }
  }
}
