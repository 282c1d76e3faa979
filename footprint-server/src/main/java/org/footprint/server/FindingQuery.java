package org.footprint.server;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.footprint.model.Category;
import org.footprint.model.Involvement;
import org.footprint.model.Severity;
import org.footprint.review.ReviewDecision;

/**
 * The filters and page of {@code GET /scans/{id}/findings}: each one given narrows the findings, all together. An
 * unknown value is the client's error (400), never an empty page.
 *
 * @param category one category id, or null for any
 * @param severity the least severity, or null for any
 * @param platform one platform id, or null for any
 * @param year a year (UTC) of the item's date, {@code undated}, or null for any
 * @param review {@code all}, {@code open} (no decision applies) or a decision id
 * @param involvement one involvement id, or null for any
 * @param text words to look for in the post, the message and the explanation (case-insensitive), or null
 */
record FindingQuery(Category category, Severity severity, String platform, String year, String review, Involvement involvement, String text,
    int offset, int limit) {
  static final int MAX_LIMIT = 500;
  private static final Set<String> REVIEW_STATES = Set.of("all", "open", "keep", "delete", "edited", "false-positive", "untagged");

  static FindingQuery of(Context ctx) {
    String review = value(ctx, "review", "all");
    if (!REVIEW_STATES.contains(review)) {
      throw Problem.badRequest("review must be one of open, keep, delete, edited, false-positive, untagged, all; not '" + review + "'").raise();
    }
    String year = value(ctx, "year", null);
    if (year != null && !year.equals("undated") && !year.matches("\\d{4}")) {
      throw Problem.badRequest("year must be four digits or 'undated', not '" + year + "'").raise();
    }
    String text = value(ctx, "q", null);
    return new FindingQuery(parsed(ctx, "category", Category::parse), parsed(ctx, "severity", Severity::parse), value(ctx, "platform", null), year,
        review, parsed(ctx, "involvement", Involvement::parse), text == null ? null : text.toLowerCase(Locale.ROOT),
        number(ctx, "offset", 0, 0, Integer.MAX_VALUE), number(ctx, "limit", 50, 1, MAX_LIMIT));
  }

  /** Whether the review filter keeps a finding with this decision (null: open). */
  boolean keepsReview(ReviewDecision decision) {
    return switch (review) {
      case "all" -> true;
      case "open" -> decision == null;
      default -> decision != null && decision.id().equals(review);
    };
  }

  private static String value(Context ctx, String name, String otherwise) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? otherwise : value.trim();
  }

  private static <T> T parsed(Context ctx, String name, Function<String, T> parser) {
    String value = value(ctx, name, null);
    if (value == null) {
      return null;
    }
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(name + ": " + e.getMessage()).raise();
    }
  }

  private static int number(Context ctx, String name, int otherwise, int min, int max) {
    String value = value(ctx, name, null);
    if (value == null) {
      return otherwise;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Answered below, as a number out of range is.
    }
    throw Problem.badRequest(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'").raise();
  }
}
