package org.footprint.model;

/**
 * The part of an item's original text that made a rule fire.
 *
 * @param start offset of the first character in the original text (UTF-16 index)
 * @param end offset just past the last character
 * @param text the original text between {@code start} and {@code end}
 * @param role what this part contributed, e.g. "insult", "target", "work context"
 */
public record EvidenceSpan(int start, int end, String text, String role) {
  public EvidenceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
