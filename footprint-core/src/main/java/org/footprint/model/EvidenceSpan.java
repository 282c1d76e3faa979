package org.footprint.model;

/**
 * The part of an item's original text that made a rule fire.
 *
 * <p>A finding about a whole history (cross-item analysis) has evidence in several items: each span then names
 * the item it is in. A photo or a check-in has no text that gives it away; its span is empty ({@code start ==
 * end == 0}) and {@code text} describes what the photo's metadata shows (when, roughly where).
 *
 * @param start offset of the first character in the original text (UTF-16 index)
 * @param end offset just past the last character
 * @param text the original text between {@code start} and {@code end}
 * @param role what this part contributed, e.g. "insult", "target", "work context"
 * @param itemId the item the span is in, or null for the finding's own item
 */
public record EvidenceSpan(int start, int end, String text, String role, String itemId) {
  public EvidenceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** A span in the finding's own item. */
  public EvidenceSpan(int start, int end, String text, String role) {
    this(start, end, text, role, null);
  }
}
