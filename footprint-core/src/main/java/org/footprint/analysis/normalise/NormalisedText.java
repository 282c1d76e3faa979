package org.footprint.analysis.normalise;

import org.footprint.model.EvidenceSpan;

/**
 * A text after normalisation, with a map from every normalised character back to the range of the
 * original text it came from (kept implicit, as null arrays, while it is the identity). Detectors match on {@link #text()}; findings report original offsets.
 */
public final class NormalisedText {
  private final String original;
  private final String text;
  private final char[] chars;
  private final char[] originalChars;
  private final int[] starts;
  private final int[] ends;
  private final int digitCount;

  NormalisedText(String original, char[] originalChars, char[] chars, int[] starts, int[] ends, int digitCount) {
    this.original = original;
    this.originalChars = originalChars;
    this.chars = chars;
    this.text = new String(chars);
    this.starts = starts;
    this.ends = ends;
    this.digitCount = digitCount;
  }

  public String original() {
    return original;
  }

  /**
   * The original text as characters, for the signals' pre-filters that read every character: indexing an array costs
   * less than {@code charAt}, above all on texts with emoji. Callers MUST NOT modify it.
   */
  public char[] originalChars() {
    return originalChars;
  }

  /** Lower-case, folded, de-obfuscated text; whitespace runs are one space (or one newline). */
  public String text() {
    return text;
  }

  /** The normalised text as characters, for scanners that read arrays; callers MUST NOT modify it. */
  public char[] chars() {
    return chars;
  }

  public int length() {
    return text.length();
  }

  /** How many ASCII digits the original text holds: a cheap pre-filter for identifier scans. */
  public int digitCount() {
    return digitCount;
  }

  /** Original offset of the first character that normalised character {@code index} came from. */
  public int originalStart(int index) {
    if (index >= text.length()) {
      return original.length();
    }
    return starts == null ? index : starts[index];
  }

  /** Original offset just past the characters that normalised characters before {@code end} came from. */
  public int originalEnd(int end) {
    if (end <= 0) {
      return 0;
    }
    return starts == null ? Math.min(end, original.length()) : ends[end - 1];
  }

  /** The normalised index whose original range contains {@code originalOffset} (or the next one). */
  public int normalisedIndexOf(int originalOffset) {
    if (starts == null) {
      return Math.max(0, Math.min(originalOffset, text.length()));
    }
    int low = 0;
    int high = starts.length - 1;
    int answer = starts.length;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (ends[mid] > originalOffset) {
        answer = mid;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    return answer;
  }

  /** The evidence span in the original text for normalised range {@code [start, end)}. */
  public EvidenceSpan evidence(int start, int end, String role) {
    int from = originalStart(start);
    int to = Math.max(from, originalEnd(end));
    return new EvidenceSpan(from, to, original.substring(from, to), role);
  }

  /** The original text behind normalised range {@code [start, end)}. */
  public String originalText(int start, int end) {
    int from = originalStart(start);
    return original.substring(from, Math.max(from, originalEnd(end)));
  }
}
