package org.footprint.analysis.learn;

import org.footprint.analysis.context.TextAnalysis;
import org.footprint.analysis.match.LexiconSet;
import org.footprint.analysis.normalise.NormalisedText;

/**
 * What the word model reads in a normalised text: its words (runs of word characters and inner apostrophes, and
 * each emoji), each pair of neighbouring words, and each lexicon with a hit (a class of words: insults, drinks,
 * work context). Each feature is a 64-bit key, the same for a name in the model's file ({@code w:idiot},
 * {@code b:you are}, {@code l:insults}) as for its occurrence in a text, so reading a text builds no strings.
 */
public final class WordFeatures {
  public static final String WORD = "w:";
  public static final String PAIR = "b:";
  public static final String LEXICON = "l:";
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;
  private static final long PAIR_SALT = 0x9e3779b97f4a7c15L;
  private static final long LEXICON_SALT = 0xc2b2ae3d27d4eb4fL;

  private WordFeatures() {}

  /** Receives each feature occurrence: its key and where it lies in the normalised text. */
  public interface Sink {
    void word(long key, int start, int end);

    /** Two neighbouring words: the first at {@code firstStart..firstEnd}, the second at {@code secondStart..secondEnd}. */
    void pair(long key, int firstStart, int firstEnd, int secondStart, int secondEnd);

    /** A lexicon (by index) with at least one hit. */
    void lexicon(long key, int lexicon);
  }

  /** Every occurrence of every feature of {@code analysis}'s text: words and pairs in text order, then lexicons. */
  public static void extract(TextAnalysis analysis, LexiconSet lexicons, long[] lexiconKeys, Sink sink) {
    NormalisedText text = analysis.text();
    char[] chars = text.chars();
    long previous = 0;
    int previousStart = -1;
    int previousEnd = -1;
    int i = 0;
    while (i < chars.length) {
      if (chars[i] == ' ') {
        i++;
        continue;
      }
      int start = i;
      int end = wordEnd(chars, i);
      if (end == start) {
        end = emojiEnd(text.text(), i);
      }
      if (end == start) {
        i++;
        if (chars[start] != '\'') {
          previousStart = -1; // punctuation breaks a pair
        }
        continue;
      }
      long key = wordKey(chars, start, end);
      sink.word(key, start, end);
      if (previousStart >= 0) {
        sink.pair(pairKey(previous, key), previousStart, previousEnd, start, end);
      }
      previous = key;
      previousStart = start;
      previousEnd = end;
      i = end;
    }
    for (int l = 0; l < lexicons.size(); l++) {
      if (analysis.hasHits(l)) {
        sink.lexicon(lexiconKeys[l], l);
      }
    }
  }

  /** The keys of the lexicons' features, by lexicon index. */
  public static long[] lexiconKeys(LexiconSet lexicons) {
    long[] keys = new long[lexicons.size()];
    for (int l = 0; l < keys.length; l++) {
      keys[l] = keyOf(LEXICON + lexicons.get(l).name());
    }
    return keys;
  }

  /** The key of a feature's name as the model's file writes it. */
  public static long keyOf(String name) {
    if (name.startsWith(WORD)) {
      char[] word = name.substring(WORD.length()).toCharArray();
      return wordKey(word, 0, word.length);
    }
    if (name.startsWith(PAIR)) {
      String[] words = name.substring(PAIR.length()).split(" ", -1);
      if (words.length != 2 || words[0].isEmpty() || words[1].isEmpty()) {
        throw new IllegalArgumentException("a word pair is two words and one space: '" + name + "'");
      }
      return pairKey(keyOf(WORD + words[0]), keyOf(WORD + words[1]));
    }
    if (name.startsWith(LEXICON)) {
      char[] lexicon = name.substring(LEXICON.length()).toCharArray();
      return mix(wordKey(lexicon, 0, lexicon.length) ^ LEXICON_SALT);
    }
    throw new IllegalArgumentException("a feature is w:<word>, b:<word> <word> or l:<lexicon>, not '" + name + "'");
  }

  private static int wordEnd(char[] chars, int from) {
    int end = from;
    while (end < chars.length && (LexiconSet.isWordChar(chars[end])
        || chars[end] == '\'' && end > from && end + 1 < chars.length && LexiconSet.isWordChar(chars[end + 1]))) {
      end++;
    }
    return end;
  }

  /** The end of the emoji (any symbol code point) at {@code from}, or {@code from} when there is none. */
  private static int emojiEnd(String text, int from) {
    int codePoint = text.codePointAt(from);
    return Character.getType(codePoint) == Character.OTHER_SYMBOL ? from + Character.charCount(codePoint) : from;
  }

  private static long wordKey(char[] chars, int start, int end) {
    long hash = OFFSET;
    for (int i = start; i < end; i++) {
      hash = (hash ^ chars[i]) * PRIME;
    }
    return mix(hash);
  }

  private static long pairKey(long first, long second) {
    return mix(first * 31 + second ^ PAIR_SALT);
  }

  /** A finaliser (from SplitMix64) so that similar words do not get similar keys. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
