package org.footprint.analysis;

import java.util.List;
import org.footprint.model.Finding;

/**
 * What one item shows, kept in two lists that are never mixed: its risks, and what is good in it.
 *
 * @param risks the findings of the risk categories, most serious first (what {@link Analyzer#analyze} returns)
 * @param strengths info-level findings of category {@code strength}; empty when the item has a risk at low or above
 */
public record Assessment(List<Finding> risks, List<Finding> strengths) {
  public Assessment {
    risks = List.copyOf(risks);
    strengths = List.copyOf(strengths);
  }
}
