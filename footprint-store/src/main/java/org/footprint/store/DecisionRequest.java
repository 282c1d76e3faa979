package org.footprint.store;

import org.footprint.review.ReviewDecision;

/**
 * A decision to record on a finding.
 *
 * @param note the user's note, or null
 * @param origin where the request came from, for a message about it: {@code decisions.csv:4}, or the command line
 */
public record DecisionRequest(FindingKey key, ReviewDecision decision, String note, String origin) {}
