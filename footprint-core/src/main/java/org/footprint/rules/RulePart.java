package org.footprint.rules;

import java.util.List;

/**
 * One ingredient a rule looks for, with the role it plays in the explanation ("insult", "work context").
 * Sources are qualified names: a lexicon name ({@code insults}), {@code signal:<name>},
 * {@code id:<identifier type>} or {@code target:<target type>}. A part's own {@code window} (words),
 * when above zero, replaces the rule's scope for that part.
 */
public record RulePart(String role, List<String> sources, double minWeight, int window) {
  public RulePart {
    sources = List.copyOf(sources);
  }
}
