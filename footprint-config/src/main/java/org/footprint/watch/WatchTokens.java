package org.footprint.watch;

import java.util.ArrayList;
import java.util.List;
import org.footprint.analysis.normalise.Letters;

/**
 * The words of a normalised text as the watch-list compares them: runs of letters and digits, so hyphens, dots and
 * line breaks only separate words; a possessive 's is dropped ("zoe's" is "zoe"); and every run of a repeated letter is
 * one letter, so "Annnna", stretched, is "Anna" ("ana" both). The same for the names added and the posts matched.
 */
final class WatchTokens {
  /** One word: its squeezed form and where it lies in the normalised text. */
  record Token(String word, int start, int end) {}

  private WatchTokens() {}

  static List<Token> of(String normalised) {
    List<Token> tokens = new ArrayList<>();
    int length = normalised.length();
    int i = 0;
    while (i < length) {
      if (!isWordChar(normalised.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder word = new StringBuilder(12);
      while (i < length && isWordChar(normalised.charAt(i))) {
        char c = normalised.charAt(i);
        if (word.length() == 0 || word.charAt(word.length() - 1) != c) {
          word.append(c);
        }
        i++;
      }
      boolean possessive = word.length() == 1 && word.charAt(0) == 's' && start > 0 && isApostrophe(normalised.charAt(start - 1)) && !tokens.isEmpty()
          && tokens.get(tokens.size() - 1).end() == start - 1;
      if (!possessive) {
        tokens.add(new Token(word.toString(), start, i));
      }
    }
    return tokens;
  }

  /** The words joined by one space: the phrase a watch-list entry is the hash of. */
  static String phrase(List<Token> tokens, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int t = from; t < to; t++) {
      if (t > from) {
        out.append(' ');
      }
      out.append(tokens.get(t).word());
    }
    return out.toString();
  }

  private static boolean isWordChar(char c) {
    return Letters.isLetter(c) || c >= '0' && c <= '9';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
