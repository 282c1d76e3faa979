package org.footprint.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.footprint.review.ReviewDecision;
import org.footprint.review.ReviewState;

/** How many of a scan's findings the user has settled, by decision, counted while a report reads them. */
final class ReviewCounts {
  private final Map<ReviewDecision, Long> byDecision = new EnumMap<>(ReviewDecision.class);
  private long open;

  /** Counts one finding's state; null is an open finding. */
  void add(ReviewState state) {
    if (state == null) {
      open++;
    } else {
      byDecision.merge(state.decision(), 1L, Long::sum);
    }
  }

  long open() {
    return open;
  }

  long reviewed() {
    return byDecision.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every decision by its id, in {@link ReviewDecision} order, zeros included, so the shape never changes. */
  Map<String, Long> byDecision() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ReviewDecision decision : ReviewDecision.values()) {
      counts.put(decision.id(), byDecision.getOrDefault(decision, 0L));
    }
    return counts;
  }
}
