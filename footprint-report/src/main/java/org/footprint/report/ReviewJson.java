package org.footprint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.footprint.review.ReviewState;
import org.footprint.review.Reviews;

/**
 * A finding's {@code review} field ({@code {"decision", "note", "decided_at"}}, or null while it is open), joined to the
 * finding as rendered when it was found: the review is known only when the report is written, and the rendered
 * JSON is neither parsed nor rebuilt for it.
 */
public final class ReviewJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String OPEN = ",\"review\":null}";

  private ReviewJson() {}

  /**
   * The decision on a rendered finding. Only a finding some decision was made on ({@link Reviews#mayApply}) is read
   * back whole for {@link Reviews#stateOf}; the rest are open, and nothing of them is parsed.
   */
  public static ReviewState stateOf(Reviews reviews, ReportedFinding found) {
    if (!reviews.mayApply(found.itemId(), found.ruleId())) {
      return null;
    }
    ItemFinding parsed = found.parsed();
    return reviews.stateOf(parsed.item(), parsed.finding());
  }

  /** Writes the finding, as rendered, with its review as its last field, as one value of the generator's array. */
  static void write(JsonGenerator json, ReportedFinding found, ReviewState review) throws IOException {
    String rendered = found.json();
    // The rendered object without its closing brace, then the review and the brace.
    json.writeRawValue(rendered, 0, rendered.length() - 1);
    json.writeRaw(closing(review));
  }

  /** Writes the finding with its review as one line of JSON Lines. */
  static void writeLine(Writer out, ReportedFinding found, ReviewState review) throws IOException {
    String rendered = found.json();
    out.write(rendered, 0, rendered.length() - 1);
    out.write(closing(review));
    out.write('\n');
  }

  private static String closing(ReviewState review) {
    if (review == null) {
      return OPEN;
    }
    try {
      return ",\"review\":" + MAPPER.writeValueAsString(node(review)) + "}";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code review} field of a finding someone decided on: {@code decision}, {@code note}, {@code decided_at}. */
  public static ObjectNode node(ReviewState review) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("decision", review.decision().id());
    node.put("note", review.note());
    node.put("decided_at", review.decidedAt().toString());
    return node;
  }
}
