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
  Reviews NONE = (item, finding) -> null;

  /** The decision on this finding of this item, or null while it is open. */
  ReviewState stateOf(Item item, Finding finding);
}
