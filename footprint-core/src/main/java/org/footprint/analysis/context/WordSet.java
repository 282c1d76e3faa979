package org.footprint.analysis.context;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A small set of case-sensitive words that a text can be checked against without allocating: the cheap
 * pre-filter in front of the signal patterns ("does any word end a street name?"). Immutable and thread-safe.
 */
final class WordSet {
  /** Words by their first character, for characters below 128; words starting elsewhere are not supported. */
  private final String[][] byFirst = new String[128][];

  WordSet(Collection<String> words) {
    List<List<String>> buckets = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      buckets.add(new ArrayList<>());
    }
    for (String word : words) {
      if (word.isEmpty() || word.charAt(0) >= 128) {
        throw new IllegalArgumentException("word must start with an ASCII character: '" + word + "'");
      }
      buckets.get(word.charAt(0)).add(word);
    }
    for (int c = 0; c < 128; c++) {
      byFirst[c] = buckets.get(c).isEmpty() ? null : buckets.get(c).toArray(new String[0]);
    }
  }

  /** True when one of the text's words (maximal runs of letters) is in the set. */
  boolean anyIn(String text) {
    int n = text.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean letter = i < n && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (contains(text, start, i - start)) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  /** True when the text's characters from {@code start} for {@code length} are one of the words. */
  boolean contains(String text, int start, int length) {
    char first = text.charAt(start);
    String[] candidates = first < 128 ? byFirst[first] : null;
    if (candidates != null) {
      for (String word : candidates) {
        if (word.length() == length && text.regionMatches(start, word, 0, length)) {
          return true;
        }
      }
    }
    return false;
  }
}
