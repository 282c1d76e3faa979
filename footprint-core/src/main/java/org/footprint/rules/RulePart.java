package org.footprint.rules;

import java.util.List;

/**
 * One ingredient a rule looks for, with the role it plays in the explanation ("insult", "work context").
 * Sources are qualified names: a lexicon name ({@code insults}), {@code signal:<name>},
 * {@code id:<identifier type>} or {@code target:<target type>}. A part's own {@code window} (words),
 * when above zero, replaces the rule's scope for that part; its {@code position} says on which side of the anchor
 * it must lie ("the Poles … always … lazy": the group before the generaliser, the verdict after it).
 */
public record RulePart(String role, List<String> sources, double minWeight, int window, Position position) {
  public RulePart {
    sources = List.copyOf(sources);
  }

  /** Where a part must lie relative to the anchor: anywhere in scope, wholly before it or wholly after it. */
  public enum Position {
    ANY, BEFORE, AFTER;

    public static Position parse(String text) {
      return switch (text) {
        case "any" -> ANY;
        case "before" -> BEFORE;
        case "after" -> AFTER;
        default -> throw new IllegalArgumentException("position must be before, after or any, not '" + text + "'");
      };
    }
  }
}
