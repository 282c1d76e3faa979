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
import org.footprint.model.ItemKind;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;

/**
 * How findings change with the item's context ({@code policy/item-context.yaml}): who wrote it (the
 * {@link Involvement}), who could see it (the {@link Audience}) and, for some kinds of item the user wrote, what the
 * kind does (a hostile quote-post is "dunking"). Each gives a severity shift, a sentence for the explanation, and the
 * remediation that fits (untag, undo the like …). Immutable.
 */
public final class ItemContextPolicy {
  static final String RESOURCE = "policy/item-context.yaml";
  private static final Set<String> FIELDS = Set.of("shift", "unshifted", "only", "lead", "message", "remediation", "by-category");

  /**
   * What one context does to a finding; an empty remediation keeps the rule's own.
   *
   * @param only the categories the context applies to at all (shift and lead), or empty for every category
   */
  public record Treatment(int shift, Set<Category> unshifted, Set<Category> only, String lead, String message, List<Remediation> remediation,
      Map<Category, List<Remediation>> byCategory) {
    public Treatment {
      unshifted = unshifted.isEmpty() ? Set.of() : Set.copyOf(unshifted);
      only = only.isEmpty() ? Set.of() : Set.copyOf(only);
      remediation = List.copyOf(remediation);
      byCategory = Map.copyOf(byCategory);
    }

    /** True when the context changes findings of {@code category}. */
    public boolean appliesTo(Category category) {
      return only.isEmpty() || only.contains(category);
    }

    public Severity adjust(Category category, Severity severity) {
      return unshifted.contains(category) || !appliesTo(category) ? severity : severity.shift(shift);
    }

    /** The advice for a finding of {@code category} whose rule advises {@code ruleOwn}. */
    public List<Remediation> remediation(Category category, List<Remediation> ruleOwn) {
      return byCategory.getOrDefault(category, remediation.isEmpty() ? ruleOwn : remediation);
    }
  }

  private final Map<Involvement, Treatment> involvements;
  private final Map<Audience, Treatment> audiences;
  private final Map<ItemKind, Treatment> kinds;

  private ItemContextPolicy(Map<Involvement, Treatment> involvements, Map<Audience, Treatment> audiences, Map<ItemKind, Treatment> kinds) {
    this.involvements = involvements;
    this.audiences = audiences;
    this.kinds = kinds;
  }

  public Treatment involvement(Involvement involvement) {
    return involvements.get(involvement);
  }

  public Treatment audience(Audience audience) {
    return audiences.get(audience);
  }

  /** What an item of {@code kind} the user wrote does to its findings, or null when its kind changes nothing. */
  public Treatment kind(ItemKind kind) {
    return kinds.get(kind);
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
   * Reads a policy file's text; every involvement and every audience must be listed, kinds only when they matter.
   *
   * @throws IllegalStateException naming the file and the field that is wrong
   */
  static ItemContextPolicy parse(String file, String text) {
    JsonNode root = PolicyFile.mapping(file, text, "a mapping with 'involvement' and 'audience'");
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("involvement") && !name.equals("audience") && !name.equals("kind")) {
        throw new IllegalStateException(file + ": " + name + ": unknown section (expected involvement, audience and kind)");
      }
    }
    Map<Involvement, Treatment> involvements = section(file, root, "involvement", Involvement.class, Involvement::parse, Involvement::id, true);
    Treatment authored = involvements.get(Involvement.AUTHORED);
    if (authored.shift() != 0 || !authored.remediation().isEmpty() || !authored.byCategory().isEmpty()) {
      throw new IllegalStateException(file + ": involvement.authored: an item the user wrote keeps the pack's severity and the rule's advice (shift 0, no remediation)");
    }
    Map<Audience, Treatment> audiences = section(file, root, "audience", Audience.class, Audience::parse, Audience::id, true);
    Map<ItemKind, Treatment> kinds = root.has("kind") ? section(file, root, "kind", ItemKind.class, ItemContextPolicy::kind, ItemKind::id, false)
        : Map.of();
    return new ItemContextPolicy(involvements, audiences, kinds);
  }

  private static ItemKind kind(String id) {
    for (ItemKind kind : ItemKind.values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + id + "'");
  }

  /** @param complete every value of {@code type} must have its entry */
  private static <E extends Enum<E>> Map<E, Treatment> section(String file, JsonNode root, String name, Class<E> type, Function<String, E> parse,
      Function<E, String> id, boolean complete) {
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
      if (complete && !treatments.containsKey(value)) {
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
    Set<Category> unshifted = categories(file, at + ".unshifted", node.path("unshifted"));
    Set<Category> only = categories(file, at + ".only", node.path("only"));
    Map<Category, List<Remediation>> byCategory = new EnumMap<>(Category.class);
    for (Iterator<Map.Entry<String, JsonNode>> categories = node.path("by-category").fields(); categories.hasNext(); ) {
      Map.Entry<String, JsonNode> category = categories.next();
      String where = at + ".by-category." + category.getKey();
      byCategory.put(parsed(file, where, () -> Category.parse(category.getKey())), remediation(file, where, category.getValue()));
    }
    return new Treatment(shift.intValue(), unshifted, only, node.path("lead").asText(""), node.path("message").asText(""),
        remediation(file, at + ".remediation", node.path("remediation")), byCategory);
  }

  private static Set<Category> categories(String file, String at, JsonNode node) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    node.forEach(category -> categories.add(parsed(file, at, () -> Category.parse(category.asText()))));
    return categories;
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
