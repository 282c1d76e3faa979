package org.footprint.analysis.identify;

import java.util.Objects;

/**
 * One identifier found in a text.
 *
 * @param type what kind of identifier it is
 * @param start UTF-16 offset of its first character in the text given to {@link IdentifierScanner#scan}
 * @param end offset just past its last character
 * @param text exactly {@code original.substring(start, end)}
 */
public record IdentifierMatch(IdentifierType type, int start, int end, String text) {
  public IdentifierMatch {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
    }
  }
}
