package org.footprint.store;

import java.util.Map;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.review.ReviewState;
import org.footprint.review.Reviews;

/**
 * The latest decision on every finding the user reviewed, with the item's content hash when it was made: a finding is
 * settled while its item's content is the same, and open again once the post was edited.
 */
public final class StoredReviews implements Reviews {
  /** A decision and the content it was made on. */
  record Decided(String contentHash, ReviewState state) {}

  private final Map<FindingKey, Decided> latest;

  StoredReviews(Map<FindingKey, Decided> latest) {
    this.latest = Map.copyOf(latest);
  }

  @Override
  public ReviewState stateOf(Item item, Finding finding) {
    Decided decided = latest.get(FindingKey.of(finding));
    // Hashed only for findings someone decided on: a scan with no decisions hashes nothing here.
    return decided != null && decided.contentHash().equals(ContentHash.of(item)) ? decided.state() : null;
  }

  @Override
  public boolean mayApply(String itemId, String ruleId) {
    return latest.containsKey(new FindingKey(itemId, ruleId));
  }

  /** The decision that applies to a stored finding, or null while it is open. */
  public ReviewState stateOf(StoredFinding finding) {
    Decided decided = latest.get(finding.key());
    return decided != null && decided.contentHash().equals(finding.contentHash()) ? decided.state() : null;
  }
}
