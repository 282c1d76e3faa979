package org.footprint.review;

import org.footprint.model.Finding;
import org.footprint.model.Item;

/**
 * Looks up the review decision that applies to a finding: keyed by the item's id and the rule's id, and void once the
 * item's content changed since the decision. Reports ask it for every finding they show; the store answers.
 */
@FunctionalInterface
public interface Reviews {
  /** Nothing decided: every finding is open. */
  Reviews NONE = new Reviews() {
    @Override
    public ReviewState stateOf(Item item, Finding finding) {
      return null;
    }

    @Override
    public boolean mayApply(String itemId, String ruleId) {
      return false;
    }
  };

  /** The decision on this finding of this item, or null while it is open. */
  ReviewState stateOf(Item item, Finding finding);

  /**
   * False when no decision was ever made on this item's finding of this rule: the cheap test a report makes before
   * it reads a finding back whole to ask {@link #stateOf}. True unless the answer is known to be no.
   */
  default boolean mayApply(String itemId, String ruleId) {
    return true;
  }
}
