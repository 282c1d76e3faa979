package org.footprint.analysis.context;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.footprint.analysis.normalise.Letters;

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

  /** True when one of the words of {@code text} (as {@link #letterRuns} gives them) is in the set. */
  boolean anyIn(char[] text, int[] runs) {
    for (int k = 0; k < runs.length; k += 2) {
      if (contains(text, runs[k], runs[k + 1] - runs[k])) {
        return true;
      }
    }
    return false;
  }

  /** The words of {@code runs} (as {@link #letterRuns} gives them) that are in the set, as start, end pairs. */
  int[] spansIn(char[] text, int[] runs) {
    int[] found = null;
    int count = 0;
    for (int k = 0; k < runs.length; k += 2) {
      if (contains(text, runs[k], runs[k + 1] - runs[k])) {
        if (found == null) {
          found = new int[runs.length - k];
        }
        found[count++] = runs[k];
        found[count++] = runs[k + 1];
      }
    }
    return found == null ? NO_SPANS : java.util.Arrays.copyOf(found, count);
  }

  private static final int[] NO_SPANS = {};

  /** The maximal runs of letters of {@code text}, as start, end pairs: its words, found once and checked against many sets. */
  static int[] letterRuns(char[] text) {
    int n = text.length;
    int[] runs = new int[64]; // a post of ~150 characters has some 25 words
    int count = 0;
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean letter = false;
      if (i < n) {
        char c = text[i];
        letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Letters.isLetter(c);
      }
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (count + 2 > runs.length) {
          runs = java.util.Arrays.copyOf(runs, runs.length * 2);
        }
        runs[count++] = start;
        runs[count++] = i;
        start = -1;
      }
    }
    return java.util.Arrays.copyOf(runs, count);
  }

  /** True when the text's characters from {@code start} for {@code length} are one of the words. */
  boolean contains(char[] text, int start, int length) {
    return contains(text, start, length, false);
  }

  /** As {@link #contains}, with ASCII capitals in the text read as lower case (the words must be lower case). */
  boolean containsIgnoreCase(char[] text, int start, int length) {
    return contains(text, start, length, true);
  }

  private boolean contains(char[] text, int start, int length, boolean ignoreCase) {
    char first = ignoreCase ? asciiLower(text[start]) : text[start];
    String[] candidates = first < 128 ? byFirst[first] : null;
    if (candidates != null) {
      for (String word : candidates) {
        if (word.length() == length && (ignoreCase ? sameCharsIgnoreCase(text, start, word) : sameChars(text, start, word))) {
          return true;
        }
      }
    }
    return false;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }

  private static boolean sameCharsIgnoreCase(char[] text, int start, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (asciiLower(text[start + k]) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** True when the characters of {@code text} from {@code start} spell {@code word} (the text long enough). */
  static boolean sameChars(char[] text, int start, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (text[start + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
