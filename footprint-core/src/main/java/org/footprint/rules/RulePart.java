package org.footprint.rules;

import java.util.List;

/**
 * One ingredient a rule looks for, with the role it plays in the explanation ("insult", "work context").
 * Sources are qualified names: a lexicon name ({@code insults}), {@code signal:<name>},
 * {@code id:<identifier type>} or {@code target:<target type>}.
 */
public record RulePart(String role, List<String> sources, double minWeight) {
  public RulePart {
    sources = List.copyOf(sources);
  }
}
