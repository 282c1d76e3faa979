package org.footprint.store;

import java.time.Instant;
import java.util.Comparator;
import org.footprint.model.Severity;

/**
 * A finding of a stored scan with what the store keeps of its item.
 *
 * @param contentHash the item's {@link ContentHash} in that scan
 * @param evidence the evidence spans as JSON: {@code [{"start", "end", "text", "role", "item_id"?}]}
 * @param createdAt when the item was posted, or null
 */
public record StoredFinding(FindingKey key, String platform, String contentHash, Instant createdAt, String category, Severity severity,
    String involvement, double confidence, String message, String evidence) {
  /** Most serious first, then oldest first (undated last), then by id: the report's order. */
  public static final Comparator<StoredFinding> MOST_SERIOUS_FIRST = Comparator
      .comparing(StoredFinding::severity).reversed()
      .thenComparing(StoredFinding::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(f -> f.key().itemId())
      .thenComparing(f -> f.key().ruleId());
}
