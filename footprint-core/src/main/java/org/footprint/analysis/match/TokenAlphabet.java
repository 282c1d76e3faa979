package org.footprint.analysis.match;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alphabet of the phrase automaton: a text is cut into tokens (a run of word characters, or any other single
 * character but a space) and every token that occurs in some term gets a code, the commonest the smallest. The
 * automaton then walks a post's ~35 tokens instead of its ~150 characters, over 1.5 million slots instead of 4.8
 * million: half a million phrases share 11,000 words. Cutting a term and a text with the same rule keeps the old
 * matching exactly: a term found over tokens starts and ends where a word does, which is what the character automaton
 * checked after the fact. Where the spaces were is kept as a mask of the gaps between tokens ({@link #gaps}), which a
 * hit must match ("that'd" and "that 'd" are one key with two masks).
 *
 * <p>What a whole token cannot show is kept beside it as an <em>alternative</em>: a word that begins with the last
 * word of a term allowed to run on ({@code p}: "fuck" in "fuckwit"), and a word that is a term's last word plus a
 * plain -s ("chavs"). The automaton tries each alternative without moving on. Immutable and thread-safe.
 */
final class TokenAlphabet {
  /** The code of a text's tokens no term holds: the automaton goes back to its root. */
  final char other;
  /** The code of each single-character token (a character that is not a word character), or 0. */
  private final char[] characterCodes = new char[Character.MAX_VALUE + 1];
  /**
   * Open addressing over word tokens: a slot holds the top half of the word's hash and its code, 0 when empty. The
   * words' characters are one block in code order, {@code wordChars[wordStarts[code] .. wordStarts[code + 1])}, so
   * that the commonest words, which most lookups compare, share a few cache lines.
   */
  private final int[] slots;
  private final char[] wordChars;
  private final int[] wordStarts;
  /** Per code: the word is the last word of a term some entry lets run on into more letters. */
  private final boolean[] runsOn;
  /** Per character: it is a run-on word alone. */
  private final boolean[] runOnLetters = new boolean[Character.MAX_VALUE + 1];
  /** Per pair of first characters ({@link #pair}): some run-on word of two or more starts with it. */
  private final boolean[] runOnStarts = new boolean[PAIRS];
  private static final int PAIRS = 1 << 12;
  /**
   * The alternatives of each word a term holds, found once here: most words of a post are such words, and finding
   * them costs a lookup per ending. Those of code c are {@code known}'s alternatives {@code knownAlternatives[c] ..
   * knownAlternatives[c + 1]}.
   */
  private final Tokens known = new Tokens();
  private final int[] knownAlternatives;
  /** The tokens in code order, code 1 first. */
  private final List<String> tokens;

  private TokenAlphabet(List<String> tokens, Set<String> runOnWords) {
    if (tokens.size() >= Character.MAX_VALUE - 1) {
      throw new IllegalStateException("more distinct tokens in the lexicons than a code can name: " + tokens.size());
    }
    this.tokens = List.copyOf(tokens);
    other = (char) (tokens.size() + 1);
    slots = new int[Integer.highestOneBit(Math.max(4, tokens.size() * 2 - 1)) * 2];
    wordStarts = new int[tokens.size() + 2];
    StringBuilder chars = new StringBuilder();
    runsOn = new boolean[tokens.size() + 1];
    for (int k = 0; k < tokens.size(); k++) {
      char code = (char) (k + 1);
      String token = tokens.get(k);
      wordStarts[code] = chars.length();
      if (isWordToken(token)) {
        chars.append(token);
        int hash = hash(token.toCharArray(), 0, token.length());
        int slot = hash & (slots.length - 1);
        while (slots[slot] != 0) {
          slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = (hash & HASH_BITS) | code;
        if (runOnWords.contains(token)) {
          runsOn[code] = true;
          if (token.length() == 1) {
            runOnLetters[token.charAt(0)] = true;
          } else {
            runOnStarts[pair(token.charAt(0), token.charAt(1))] = true;
          }
        }
      } else {
        characterCodes[token.charAt(0)] = code;
      }
    }
    wordStarts[tokens.size() + 1] = chars.length();
    wordChars = chars.toString().toCharArray();
    knownAlternatives = new int[tokens.size() + 2];
    for (int code = 1; code <= tokens.size(); code++) {
      knownAlternatives[code] = known.alternatives;
      if (isWordToken(tokens.get(code - 1))) {
        char[] word = tokens.get(code - 1).toCharArray();
        addAlternatives(known, word, 0, word.length, hash(word, 0, word.length - 1, false));
      }
    }
    knownAlternatives[tokens.size() + 1] = known.alternatives;
  }

  private static final int HASH_BITS = 0xFFFF0000;

  /**
   * The alphabet of {@code terms}: their tokens, commonest first (so the commonest fall under the automaton's
   * masked codes, {@link LexiconAutomaton#MASKED_CODES}); {@code runOnTerms} are the terms some entry lets run on.
   */
  static TokenAlphabet of(Collection<String> terms, Collection<String> runOnTerms) {
    Map<String, Integer> counts = new HashMap<>();
    for (String term : terms) {
      for (String token : split(term)) {
        counts.merge(token, 1, Integer::sum);
      }
    }
    List<String> tokens = new ArrayList<>(counts.keySet());
    tokens.sort(Comparator.comparing((String token) -> -counts.get(token)).thenComparing(Comparator.naturalOrder()));
    Set<String> runOnWords = new HashSet<>();
    for (String term : runOnTerms) {
      List<String> split = split(term);
      String last = split.get(split.size() - 1);
      if (isWordToken(last)) {
        runOnWords.add(last);
      }
    }
    return new TokenAlphabet(tokens, runOnWords);
  }

  /** The tokens of a term: each run of word characters, and each other character but a space alone. */
  static List<String> split(String term) {
    List<String> tokens = new ArrayList<>();
    int k = 0;
    while (k < term.length()) {
      int end = k + 1;
      if (LexiconSet.isWordChar(term.charAt(k))) {
        while (end < term.length() && LexiconSet.isWordChar(term.charAt(end))) {
          end++;
        }
      }
      if (term.charAt(k) != ' ') {
        tokens.add(term.substring(k, end));
      }
      k = end;
    }
    return tokens;
  }

  /** The most tokens a term may have: its gaps must fit in a mask (31 bits, so that no mask is -1). */
  static final int MAX_TOKENS = 32;

  /**
   * Bit k is set when a space separates the term's tokens k and k + 1 (a term's spaces are single: {@link Lexicon#read}
   * folds them).
   */
  static int gaps(String term) {
    List<String> tokens = split(term);
    if (tokens.size() > MAX_TOKENS) {
      throw new IllegalStateException("'" + term + "' has more than " + MAX_TOKENS + " tokens");
    }
    int mask = 0;
    int at = 0;
    for (int k = 0; k < tokens.size(); k++) {
      at = term.indexOf(tokens.get(k), at) + tokens.get(k).length();
      if (at < term.length() && term.charAt(at) == ' ') {
        mask |= 1 << k;
      }
    }
    return mask;
  }

  /**
   * The gaps between tokens {@code first .. last} of a text as {@link #gaps} writes them, or -1 when some gap is
   * other than nothing or one space (two spaces: no term has them).
   */
  static int gaps(Tokens tokens, int first, int last) {
    int mask = 0;
    for (int k = first; k < last; k++) {
      int gap = tokens.starts[k + 1] - tokens.ends[k];
      if (gap == 1) {
        mask |= 1 << (k - first);
      } else if (gap != 0) {
        return -1;
      }
    }
    return mask;
  }

  private static boolean isWordToken(String token) {
    return LexiconSet.isWordChar(token.charAt(0));
  }

  /** A term as the automaton's key: one code per token. Every token of a term has a code. */
  String encode(String term) {
    List<String> split = split(term);
    char[] key = new char[split.size()];
    for (int k = 0; k < key.length; k++) {
      char[] token = split.get(k).toCharArray();
      key[k] = isWordToken(split.get(k)) ? wordCode(token, 0, token.length, hash(token, 0, token.length)) : characterCodes[token[0]];
      if (key[k] == 0) {
        throw new IllegalStateException("the token '" + split.get(k) + "' of '" + term + "' has no code");
      }
    }
    return new String(key);
  }

  /** Whether the term is one word alone, the kind that may also be found inside a hashtag's run-together words. */
  static boolean isOneWord(String term) {
    for (int k = 0; k < term.length(); k++) {
      if (!LexiconSet.isWordChar(term.charAt(k))) {
        return false;
      }
    }
    return !term.isEmpty();
  }

  /** The word's code, or 0. */
  private char wordCode(char[] text, int from, int to, int hash) {
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return 0;
      }
      char code = (char) entry;
      if ((entry & HASH_BITS) == (hash & HASH_BITS) && sameWord(code, text, from, to)) {
        return code;
      }
    }
  }

  /** A loop, not {@link java.util.Arrays#equals}: words are short, and the library's vectorised compare costs more to start. */
  private boolean sameWord(char code, char[] text, int from, int to) {
    int start = wordStarts[code];
    if (wordStarts[code + 1] - start != to - from) {
      return false;
    }
    for (int k = 0; k < to - from; k++) {
      if (wordChars[start + k] != text[from + k]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] text, int from, int to) {
    return hash(text, from, to, true);
  }

  /** The polynomial hash {@link #tokenise} computes as it reads a word, mixed or not. */
  private static int hash(char[] text, int from, int to, boolean mixed) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + text[k];
    }
    return mixed ? mix(h) : h;
  }

  private static int mix(int h) {
    return (h ^ (h >>> 16)) * 0x45d9f3b;
  }

  private static int pair(char first, char second) {
    return (first * 31 + second) & (PAIRS - 1);
  }

  /** Cuts {@code text} into {@code tokens} (what they held before is dropped), with the alternatives of its words. */
  void tokenise(char[] text, Tokens tokens) {
    tokens.clear(text.length);
    int k = 0;
    while (k < text.length) {
      char c = text[k];
      if (c == ' ') {
        k++;
        continue;
      }
      if (!LexiconSet.isWordChar(c)) {
        char code = characterCodes[c];
        tokens.add(code == 0 ? other : code, k, k + 1);
        if (c == '#' && k + 1 < text.length && (LexiconSet.isWordChar(text[k + 1]) || text[k + 1] == '_')) {
          int end = k + 1;
          while (end < text.length && (LexiconSet.isWordChar(text[end]) || text[end] == '_')) {
            end++;
          }
          tokens.addHashtag(k + 1, end);
        }
        k++;
        continue;
      }
      int end = k;
      int h = 0;
      int withoutLast = 0;
      while (end < text.length && LexiconSet.isWordChar(text[end])) {
        withoutLast = h;
        h = 31 * h + text[end];
        end++;
      }
      char code = wordCode(text, k, end, mix(h));
      if (code == 0) {
        addAlternatives(tokens, text, k, end, withoutLast);
      } else {
        for (int a = knownAlternatives[code]; a < knownAlternatives[code + 1]; a++) {
          tokens.addAlternative(known.alternativeCode[a], known.alternativeLength[a], known.alternativeIsStem[a]);
        }
      }
      tokens.add(code == 0 ? other : code, k, end);
      k = end;
    }
  }

  /** The alternatives of the word {@code text[from .. to)}, shorter first; {@code withoutLast} hashes all but its last character. */
  private void addAlternatives(Tokens tokens, char[] text, int from, int to, int withoutLast) {
    int length = to - from;
    boolean plural = length >= 2 && text[to - 1] == 's' && text[to - 2] != 's';
    char stem = plural ? wordCode(text, from, to - 1, mix(withoutLast)) : 0;
    boolean fromOne = length >= 2 && runOnLetters[text[from]];
    boolean fromTwo = length >= 3 && runOnStarts[pair(text[from], text[from + 1])];
    boolean stemAdded = false;
    if (fromOne || fromTwo) {
      int h = 0;
      for (int end = from + 1; end < to; end++) {
        h = 31 * h + text[end - 1];
        if (end - from == 1 ? !fromOne : !fromTwo) {
          continue;
        }
        char code = wordCode(text, from, end, mix(h));
        boolean isStem = code != 0 && code == stem;
        if (code != 0 && (runsOn[code] || isStem)) {
          tokens.addAlternative(code, end - from, isStem);
          stemAdded |= isStem;
        }
      }
    }
    if (stem != 0 && !stemAdded) {
      tokens.addAlternative(stem, length - 1, true);
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(tokens.size());
    for (String token : tokens) {
      out.writeUTF(token);
    }
    List<Integer> runOn = new ArrayList<>();
    for (int code = 1; code < runsOn.length; code++) {
      if (runsOn[code]) {
        runOn.add(code);
      }
    }
    out.writeInt(runOn.size());
    for (int code : runOn) {
      out.writeChar(code);
    }
  }

  static TokenAlphabet read(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count >= Character.MAX_VALUE - 1) {
      throw new IOException("the token alphabet's size " + count + " is out of range");
    }
    List<String> tokens = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      tokens.add(in.readUTF());
    }
    Set<String> runOn = new HashSet<>();
    int runOnCount = in.readInt();
    for (int k = 0; k < runOnCount; k++) {
      int code = in.readChar();
      if (code < 1 || code > count) {
        throw new IOException("run-on word code " + code + " is out of range");
      }
      runOn.add(tokens.get(code - 1));
    }
    return new TokenAlphabet(tokens, runOn);
  }

  /**
   * A text's tokens: codes and character spans, the alternatives of its words (in token order) and where its
   * hashtags' run-together words are. Reused from text to text on one thread; not thread-safe.
   */
  static final class Tokens {
    char[] codes;
    int[] starts;
    int[] ends;
    int count;
    /** Alternative k belongs to token {@code alternativeToken[k]}: a code, its length in characters, and whether it is the -s stem. */
    int[] alternativeToken = NO_INTS;
    char[] alternativeCode;
    int[] alternativeLength;
    boolean[] alternativeIsStem;
    int alternatives;
    /** Hashtag k's words are {@code text[hashtagStarts[k] .. hashtagEnds[k])}. */
    int[] hashtagStarts = NO_INTS;
    int[] hashtagEnds = NO_INTS;
    int hashtags;
    private static final int[] NO_INTS = new int[0];

    Tokens() {
      codes = new char[256];
      starts = new int[256];
      ends = new int[256];
    }

    private void clear(int characters) {
      if (codes.length < characters) {
        codes = new char[characters];
        starts = new int[characters];
        ends = new int[characters];
      }
      count = 0;
      alternatives = 0;
      hashtags = 0;
    }

    private void add(char code, int start, int end) {
      codes[count] = code;
      starts[count] = start;
      ends[count] = end;
      count++;
    }

    /** An alternative of the token about to be added. */
    private void addAlternative(char code, int length, boolean isStem) {
      if (alternatives == alternativeToken.length) {
        int size = Math.max(4, alternatives * 2);
        alternativeToken = java.util.Arrays.copyOf(alternativeToken, size);
        alternativeCode = alternativeCode == null ? new char[size] : java.util.Arrays.copyOf(alternativeCode, size);
        alternativeLength = alternativeLength == null ? new int[size] : java.util.Arrays.copyOf(alternativeLength, size);
        alternativeIsStem = alternativeIsStem == null ? new boolean[size] : java.util.Arrays.copyOf(alternativeIsStem, size);
      }
      alternativeToken[alternatives] = count;
      alternativeCode[alternatives] = code;
      alternativeLength[alternatives] = length;
      alternativeIsStem[alternatives] = isStem;
      alternatives++;
    }

    private void addHashtag(int start, int end) {
      if (hashtags == hashtagStarts.length) {
        hashtagStarts = java.util.Arrays.copyOf(hashtagStarts, Math.max(2, hashtags * 2));
        hashtagEnds = java.util.Arrays.copyOf(hashtagEnds, hashtagStarts.length);
      }
      hashtagStarts[hashtags] = start;
      hashtagEnds[hashtags] = end;
      hashtags++;
    }
  }
}
