package org.footprint.analysis.normalise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads masked spellings such as "f*ck", "f**k", "sh#t" or "c***" as the word they hide, choosing only
 * among words the lexicons mark as maskable. A star stands for one or more letters.
 */
final class MaskedVocabulary {
  private final List<String> words;

  MaskedVocabulary(Collection<String> maskable) {
    List<String> sorted = new ArrayList<>();
    for (String word : maskable) {
      if (!word.isEmpty() && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        sorted.add(word);
      }
    }
    // shorter words first: "sh*t" should read as "shit" before "shitty"
    sorted.sort((a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
    this.words = List.copyOf(sorted);
  }

  /** The vocabulary word this masked spelling hides, or null when none fits. */
  String resolve(String masked) {
    String pattern = masked.replace('#', '*');
    int stars = 0;
    int letters = 0;
    for (int k = 0; k < pattern.length(); k++) {
      char c = pattern.charAt(k);
      if (c == '*') {
        stars++;
      } else if (c >= 'a' && c <= 'z') {
        letters++;
      } else {
        return null;
      }
    }
    if (letters == 0 || stars == 0) {
      return null;
    }
    for (String word : words) {
      if (word.length() >= pattern.length() && word.length() <= letters + stars * 2 && fits(pattern, 0, word, 0)) {
        return word;
      }
    }
    return null;
  }

  /** Whether {@code pattern} (letters and stars, each star one or more letters) spells {@code word}. */
  private static boolean fits(String pattern, int p, String word, int w) {
    if (p == pattern.length()) {
      return w == word.length();
    }
    char c = pattern.charAt(p);
    if (c != '*') {
      return w < word.length() && word.charAt(w) == c && fits(pattern, p + 1, word, w + 1);
    }
    for (int take = 1; w + take <= word.length(); take++) {
      if (fits(pattern, p + 1, word, w + take)) {
        return true;
      }
    }
    return false;
  }
}
