package org.footprint.review;

import java.util.Locale;

/**
 * What the user decided about a finding after reading it. Every decision settles the finding: reports hide settled
 * findings by default and count them. A decision holds only while the item is unchanged: an edited post is judged again.
 */
public enum ReviewDecision {
  /** Read and kept as it is, knowingly. */
  KEEP,
  /** The post was (or will be) deleted. */
  DELETE,
  /** The post was edited; the edited text is judged again when it is next scanned. */
  EDITED,
  /** Not what the rule meant: a false alarm. */
  FALSE_POSITIVE,
  /** The user removed their tag from another person's post or photo. */
  UNTAGGED;

  /** The lower-case, hyphenated name used on the command line, in reports and in the store. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static ReviewDecision parse(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (ReviewDecision decision : values()) {
      if (decision.id().equals(wanted)) {
        return decision;
      }
    }
    throw new IllegalArgumentException("unknown review decision '" + text + "' (expected keep, delete, edited, false-positive or untagged)");
  }
}
