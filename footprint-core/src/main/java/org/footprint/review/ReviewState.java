package org.footprint.review;

import java.time.Instant;

/**
 * The decision that applies to one finding, as reports and the web app show it.
 *
 * @param decision what the user decided
 * @param note the user's own note, or null
 * @param decidedAt when the decision was made
 */
public record ReviewState(ReviewDecision decision, String note, Instant decidedAt) {}
