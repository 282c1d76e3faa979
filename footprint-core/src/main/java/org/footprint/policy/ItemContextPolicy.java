package org.footprint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.Involvement;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;

/**
 * How findings change with the item's context ({@code policy/item-context.yaml}): who wrote it (the
 * {@link Involvement}) and who could see it (the {@link Audience}). Each gives a severity shift, a sentence for the
 * explanation, and the remediation that fits (untag, undo the like …). Immutable.
 */
public final class ItemContextPolicy {
  static final String RESOURCE = "policy/item-context.yaml";
  private static final Set<String> FIELDS = Set.of("shift", "unshifted", "lead", "message", "remediation", "by-category");

  /** What one context does to a finding; an empty remediation keeps the rule's own. */
  public record Treatment(int shift, Set<Category> unshifted, String lead, String message, List<Remediation> remediation,
      Map<Category, List<Remediation>> byCategory) {
    public Treatment {
      unshifted = unshifted.isEmpty() ? Set.of() : Set.copyOf(unshifted);
      remediation = List.copyOf(remediation);
      byCategory = Map.copyOf(byCategory);
    }

    public Severity adjust(Category category, Severity severity) {
      return unshifted.contains(category) ? severity : severity.shift(shift);
    }

    /** The advice for a finding of {@code category} whose rule advises {@code ruleOwn}. */
    public List<Remediation> remediation(Category category, List<Remediation> ruleOwn) {
      return byCategory.getOrDefault(category, remediation.isEmpty() ? ruleOwn : remediation);
    }
  }

  private final Map<Involvement, Treatment> involvements;
  private final Map<Audience, Treatment> audiences;

  private ItemContextPolicy(Map<Involvement, Treatment> involvements, Map<Audience, Treatment> audiences) {
    this.involvements = involvements;
    this.audiences = audiences;
  }

  public Treatment involvement(Involvement involvement) {
    return involvements.get(involvement);
  }

  public Treatment audience(Audience audience) {
    return audiences.get(audience);
  }

  private static final ItemContextPolicy BUILT_IN = load();

  /** The policy shipped with Footprint. */
  public static ItemContextPolicy builtIn() {
    return BUILT_IN;
  }

  private static ItemContextPolicy load() {
    return parse(RESOURCE, PolicyFile.text(RESOURCE));
  }

  /**
   * Reads a policy file's text; every involvement and every audience must be listed.
   *
   * @throws IllegalStateException naming the file and the field that is wrong
   */
  static ItemContextPolicy parse(String file, String text) {
    JsonNode root = PolicyFile.mapping(file, text, "a mapping with 'involvement' and 'audience'");
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("involvement") && !name.equals("audience")) {
        throw new IllegalStateException(file + ": " + name + ": unknown section (expected involvement and audience)");
      }
    }
    Map<Involvement, Treatment> involvements = section(file, root, "involvement", Involvement.class, Involvement::parse, Involvement::id);
    Treatment authored = involvements.get(Involvement.AUTHORED);
    if (authored.shift() != 0 || !authored.remediation().isEmpty() || !authored.byCategory().isEmpty()) {
      throw new IllegalStateException(file + ": involvement.authored: an item the user wrote keeps the pack's severity and the rule's advice (shift 0, no remediation)");
    }
    Map<Audience, Treatment> audiences = section(file, root, "audience", Audience.class, Audience::parse, Audience::id);
    return new ItemContextPolicy(involvements, audiences);
  }

  private static <E extends Enum<E>> Map<E, Treatment> section(String file, JsonNode root, String name, Class<E> type, Function<String, E> parse,
      Function<E, String> id) {
    JsonNode node = root.path(name);
    if (!node.isObject()) {
      throw new IllegalStateException(file + ": missing section '" + name + "'");
    }
    Map<E, Treatment> treatments = new EnumMap<>(type);
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String at = name + "." + field.getKey();
      treatments.put(parsed(file, at, () -> parse.apply(field.getKey())), treatment(file, at, field.getValue()));
    }
    for (E value : type.getEnumConstants()) {
      if (!treatments.containsKey(value)) {
        throw new IllegalStateException(file + ": " + name + ": missing '" + id.apply(value) + "'");
      }
    }
    return treatments;
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
    Set<Category> unshifted = EnumSet.noneOf(Category.class);
    node.path("unshifted").forEach(category -> unshifted.add(parsed(file, at + ".unshifted", () -> Category.parse(category.asText()))));
    Map<Category, List<Remediation>> byCategory = new EnumMap<>(Category.class);
    for (Iterator<Map.Entry<String, JsonNode>> categories = node.path("by-category").fields(); categories.hasNext(); ) {
      Map.Entry<String, JsonNode> category = categories.next();
      String where = at + ".by-category." + category.getKey();
      byCategory.put(parsed(file, where, () -> Category.parse(category.getKey())), remediation(file, where, category.getValue()));
    }
    return new Treatment(shift.intValue(), unshifted, node.path("lead").asText(""), node.path("message").asText(""),
        remediation(file, at + ".remediation", node.path("remediation")), byCategory);
  }

  /** A list of remediation ids at {@code at}; none when absent. */
  static List<Remediation> remediation(String file, String at, JsonNode node) {
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

  private static <T> T parsed(String file, String at, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(file + ": " + at + ": " + e.getMessage(), e);
    }
  }
}
