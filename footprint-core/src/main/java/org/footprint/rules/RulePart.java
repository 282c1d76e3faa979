package org.footprint.rules;

import java.util.List;

/**
 * One ingredient a rule looks for, with the role it plays in the explanation ("insult", "work context").
 * Sources are qualified names: a lexicon name ({@code insults}), {@code signal:<name>},
 * {@code id:<identifier type>} or {@code target:<target type>}. A part's own {@code window} (words),
 * when above zero, replaces the rule's scope for that part; its {@code position} says on which side of the anchor
 * it must lie ("the Poles … always … lazy": the group before the generaliser, the verdict after it), or that it must
 * share characters with the anchor.
 */
public record RulePart(String role, List<String> sources, double minWeight, int window, Position position) {
  public RulePart {
    sources = List.copyOf(sources);
  }

  /**
   * Where a part must lie relative to the anchor: anywhere in scope, wholly before it, wholly after it, or sharing
   * characters with it (an exclude for a word that is part of a name: 'court today' in "Beech Court today").
   */
  public enum Position {
    ANY, BEFORE, AFTER, OVERLAPPING;

    public static Position parse(String text) {
      return switch (text) {
        case "any" -> ANY;
        case "before" -> BEFORE;
        case "after" -> AFTER;
        case "overlapping" -> OVERLAPPING;
        default -> throw new IllegalArgumentException("position must be before, after, overlapping or any, not '" + text + "'");
      };
    }
  }
}
