package org.footprint.store;

import org.footprint.model.Finding;

/**
 * What a review decision is about: an item and a rule. Written {@code <item id>#<rule id>}, as the report's finding
 * ids ({@link Finding#id}); an item id may itself hold a {@code #} (a draft file's paragraph), a rule id never does.
 */
public record FindingKey(String itemId, String ruleId) {
  public static FindingKey of(Finding finding) {
    return new FindingKey(finding.itemId(), finding.ruleId());
  }

  /** Reads a finding id; throws with a message naming it when it has no {@code #}. */
  public static FindingKey parse(String findingId) {
    String id = findingId.trim();
    int hash = id.lastIndexOf('#');
    if (hash <= 0 || hash == id.length() - 1) {
      throw new IllegalArgumentException("'" + findingId + "' is not a finding id (item id#rule id, as the report's findings[].id)");
    }
    return new FindingKey(id.substring(0, hash), id.substring(hash + 1));
  }

  @Override
  public String toString() {
    return itemId + "#" + ruleId;
  }
}
