package org.footprint.rules;

import java.util.List;

/**
 * What a rule matches: an anchor, the other parts that must be found in scope of it, parts whose
 * presence in scope cancels it, and for weighted rules the total weight of distinct anchor terms needed.
 *
 * @param scope {@code window} (within {@code window} words), {@code sentence} or {@code text}
 * @param owner for identifier anchors: {@code any}, {@code self} (the user's own) or {@code other}
 */
public record RuleMatch(RulePart anchor, List<RulePart> with, List<RulePart> exclude, String scope, int window, double minTotal, String owner) {
  /** A learned rule's: no sources; its evidence is the word model's telling words. */
  public static final RuleMatch LEARNED = new RuleMatch(new RulePart("telling words", List.of(), 0, 0, RulePart.Position.ANY), List.of(), List.of(), "text", 0, 0, "any");

  public RuleMatch {
    with = List.copyOf(with);
    exclude = List.copyOf(exclude);
  }
}
