package org.footprint.analysis.normalise;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns a post into the one form every detector matches on, once per text.
 *
 * <p>Steps: Unicode NFKC with case folding; diacritics dropped and homoglyphs (Cyrillic 'а', Greek 'ο',
 * mathematical letters) replaced by their ASCII skeleton; whitespace runs folded to one space; then,
 * per word, spaced or dotted letters joined (f.u.c.k), masked spellings resolved against the known
 * vocabulary (f*ck, sh**), leetspeak read as letters (sh1t, 1d10t) and stretched letters squeezed
 * (fuuuck). Emoji are kept as they are. Every output character remembers the original range it came
 * from, so offsets map back; normalising a normalised text changes nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class Normaliser {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  /** Folded form of each non-ASCII code point seen so far; the set of code points in posts is small. */
  private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

  /**
   * Numbers with units ("3am", "15yo", "12b") keep their digits. Codes such as postcodes may be read
   * as letters: identifiers are found in the original text, never in the normalised one.
   */
  private static final Pattern KEEP_DIGITS = Pattern.compile(
      "\\d+(st|nd|rd|th|am|pm|s|k|m|g|kg|km|mg|ml|mm|cm|hr|hrs|h|yr|yrs|yo|y|x|min|mins|p|gb|mb|v|d|w|wk|wks|ft|in|lb|lbs|mph|c|f)?"
          + "|\\d+[a-z]\\d*");

  private final MaskedVocabulary vocabulary;

  public Normaliser() {
    this(List.of());
  }

  /** @param maskableWords words whose masked spellings (f*ck, sh**) should be recognised */
  public Normaliser(Collection<String> maskableWords) {
    this.vocabulary = new MaskedVocabulary(maskableWords);
  }

  public NormalisedText normalise(String original) {
    Buffer folded = fold(original);
    Buffer joined = joinSpacedLetters(folded);
    Buffer words = rewriteWords(joined);
    return words.toText(original, countDigits(original));
  }

  private static int countDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
  }

  // ---- step 1: character folding -------------------------------------------------------------

  private static Buffer fold(String original) {
    Buffer out = new Buffer(original.length() + 8);
    int i = 0;
    int n = original.length();
    while (i < n) {
      int cp = original.codePointAt(i);
      int width = Character.charCount(cp);
      if (cp < 128) {
        if (cp == '\n' || cp == '\r' || cp == ' ' || cp == '\t' || cp == '\f' || cp == 0x0B) {
          out.appendSpace(cp == '\n' || cp == '\r' ? '\n' : ' ', i, i + width);
        } else if (cp >= 'A' && cp <= 'Z') {
          out.append((char) (cp + 32), i, i + width);
        } else {
          out.append((char) cp, i, i + width);
        }
      } else if (Character.isSurrogate((char) cp) && width == 1 && cp < 0x10000) {
        // an unpaired surrogate must not pair up with another once the marks between them are gone
        out.append('\uFFFD', i, i + width);
      } else if (UCharacter.isUWhiteSpace(cp)) {
        out.appendSpace(cp == 0x2028 || cp == 0x2029 ? '\n' : ' ', i, i + width);
      } else {
        String replacement = FOLDED.computeIfAbsent(cp, Normaliser::foldToFixedPoint);
        for (int k = 0; k < replacement.length(); k++) {
          out.append(replacement.charAt(k), i, i + width);
        }
      }
      i += width;
    }
    return out;
  }

  /** Folds until nothing changes, so that normalising a normalised text changes nothing. */
  private static String foldToFixedPoint(int cp) {
    String current = foldCodePoint(cp);
    for (int round = 0; round < 4; round++) {
      StringBuilder next = new StringBuilder(current.length());
      current.codePoints().forEach(c -> next.append(c < 128 ? String.valueOf((char) c) : foldCodePoint(c)));
      if (next.toString().equals(current)) {
        break;
      }
      current = next.toString();
    }
    return current;
  }

  /**
   * NFKC + case fold; where that is not plain ASCII, the code point's confusable skeleton (Cyrillic 'Т',
   * Greek 'Η' → t, h), else each folded character without its accents. Combining marks are dropped.
   */
  private static String foldCodePoint(int cp) {
    if (isMark(cp)) {
      return ""; // combining strokes and accents on their own: f̶u̶c̶k̶ reads as fuck
    }
    String source = new String(Character.toChars(cp));
    String folded = NFKC_CASEFOLD.normalize(source);
    if (isPlainAscii(folded)) {
      return folded;
    }
    String skeleton = SPOOF.getSkeleton(source);
    if (!skeleton.isEmpty() && isPlainAscii(skeleton)) {
      // skeletons share one prototype for I, l and 1; a capital look-alike of I is an i in a word
      if (skeleton.equals("l") && UCharacter.isUUppercase(cp)) {
        return "i";
      }
      return skeleton.toLowerCase(java.util.Locale.ROOT);
    }
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(c -> !isMark(c)).forEach(c -> out.append(withoutAccent(c)));
    return out.toString();
  }

  private static boolean isMark(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK;
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128 || !(Character.isLetterOrDigit(c) || c == '\'' || c == '"' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static String withoutAccent(int cp) {
    if (cp >= 128 && UCharacter.isLetter(cp)) {
      String decomposed = NFD.normalize(new String(Character.toChars(cp)));
      char base = decomposed.charAt(0);
      if (base < 128 && Character.isLetter(base)) {
        return String.valueOf(Character.toLowerCase(base));
      }
    }
    return new String(Character.toChars(cp));
  }

  // ---- step 2: s p a c e d letters ------------------------------------------------------------

  /** Joins runs of three or more single-letter words ("f u c k") into one word. */
  private static Buffer joinSpacedLetters(Buffer in) {
    int n = in.length;
    Buffer out = null;
    int copied = 0;
    int i = 0;
    while (i < n) {
      int runStart = i;
      int letters = 0;
      int j = i;
      while (j < n && isAsciiLetter(in.chars[j]) && (j == 0 || isSpace(in.chars[j - 1])) && (j + 1 == n || isSpace(in.chars[j + 1]))) {
        letters++;
        if (j + 2 < n && in.chars[j + 1] == ' ') {
          j += 2;
        } else {
          j++;
          break;
        }
      }
      if (letters >= 3) {
        if (out == null) {
          out = new Buffer(n);
        }
        out.copyFrom(in, copied, runStart);
        int end = j;
        for (int k = runStart; k < end && k < n; k++) {
          if (in.chars[k] != ' ') {
            out.append(in.chars[k], in.starts[k], in.ends[k]);
          }
        }
        // a trailing space consumed by the run is restored
        if (end > runStart && end <= n && in.chars[end - 1] == ' ') {
          out.append(' ', in.starts[end - 1], in.ends[end - 1]);
        }
        copied = end;
        i = end;
      } else {
        i = Math.max(i + 1, j == i ? i + 1 : j);
      }
    }
    if (out == null) {
      return in;
    }
    out.copyFrom(in, copied, n);
    return out;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  // ---- step 3: words -------------------------------------------------------------------------

  private Buffer rewriteWords(Buffer in) {
    Buffer out = new Buffer(in.length);
    int i = 0;
    int n = in.length;
    while (i < n) {
      if (!isWordChar(in.chars[i])) {
        out.append(in.chars[i], in.starts[i], in.ends[i]);
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(in.chars[i])) {
        i++;
      }
      int end = i;
      // Mentions, hashtags and sentence punctuation sit at a word's edges; they are kept as they are
      // and only the core in between is read for masks and leetspeak. A leading '*' is emphasis.
      boolean emphasis = in.chars[start] == '*';
      while (start < end && isEdgeMark(in.chars[start], true)) {
        out.append(in.chars[start], in.starts[start], in.ends[start]);
        start++;
      }
      int trailing = end;
      while (trailing > start && (isEdgeMark(in.chars[trailing - 1], false) || (emphasis && in.chars[trailing - 1] == '*'))) {
        trailing--;
      }
      rewriteWord(in, start, trailing, out);
      out.copyFrom(in, trailing, end);
    }
    return out;
  }

  private static boolean isEdgeMark(char c, boolean leading) {
    return c == '@' || c == '#' || c == '!' || c == '|' || c == '.' || c == '-' || c == '_' || (leading && c == '*');
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '|' || c == '*' || c == '#'
        || c == '.' || c == '-' || c == '_' || (c >= 128 && Character.isLetter(c));
  }

  private void rewriteWord(Buffer in, int start, int end, Buffer out) {
    if (start >= end) {
      return;
    }
    String word = new String(in.chars, start, end - start);
    // "f.u.c.k" / "f-u-c-k": single letters with one repeated separator
    if (end - start >= 5 && isSeparatedLetters(word)) {
      for (int k = start; k < end; k += 2) {
        out.append(in.chars[k], in.starts[k], in.ends[k]);
      }
      return;
    }
    boolean hasLetter = false;
    boolean hasLeet = false;
    boolean hasMask = false;
    for (int k = start; k < end; k++) {
      char c = in.chars[k];
      if (isAsciiLetter(c)) {
        hasLetter = true;
      } else if (c == '*' || (c == '#' && k > start)) {
        hasMask = true;
      } else if (leetLetter(c) != 0) {
        hasLeet = true;
      }
    }
    if (hasMask && hasLetter) {
      String resolved = vocabulary.resolve(word);
      if (resolved != null) {
        appendSpread(resolved, in.starts[start], in.ends[end - 1], out);
        return;
      }
    }
    if (hasLeet && hasLetter && !KEEP_DIGITS.matcher(word).matches() && !isPunctuatedWord(word)) {
      Buffer letters = new Buffer(end - start);
      for (int k = start; k < end; k++) {
        char c = in.chars[k];
        char mapped = leetLetter(c);
        letters.append(mapped != 0 ? mapped : c, in.starts[k], in.ends[k]);
      }
      squeeze(letters, 0, letters.length, out);
      return;
    }
    squeeze(in, start, end, out);
  }

  /** Words joined by punctuation (e.g. "home-visit", "e.g.", "3.5") keep their digits and symbols. */
  private static boolean isPunctuatedWord(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c == '.' || c == '-' || c == '_') {
        return true;
      }
    }
    return false;
  }

  private static boolean isSeparatedLetters(String word) {
    char separator = word.charAt(1);
    if (separator != '.' && separator != '-' && separator != '_' && separator != '*') {
      return false;
    }
    int letters = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (k % 2 == 0) {
        if (!isAsciiLetter(c)) {
          return false;
        }
        letters++;
      } else if (c != separator) {
        return false;
      }
    }
    return letters >= 3 && word.length() % 2 == 1;
  }

  /** The letter a leetspeak character stands for, or 0. */
  private static char leetLetter(char c) {
    switch (c) {
      case '0': return 'o';
      case '1': return 'i';
      case '3': return 'e';
      case '4': return 'a';
      case '5': return 's';
      case '7': return 't';
      case '8': return 'b';
      case '@': return 'a';
      case '$': return 's';
      case '!': return 'i';
      case '|': return 'l';
      default: return 0;
    }
  }

  /** Copies {@code [start, end)} with runs of three or more identical letters squeezed to one. */
  private static void squeeze(Buffer in, int start, int end, Buffer out) {
    int k = start;
    while (k < end) {
      char c = in.chars[k];
      int run = k + 1;
      while (run < end && in.chars[run] == c) {
        run++;
      }
      if (run - k >= 3 && isAsciiLetter(c)) {
        out.append(c, in.starts[k], in.ends[run - 1]);
      } else {
        for (int r = k; r < run; r++) {
          out.append(in.chars[r], in.starts[r], in.ends[r]);
        }
      }
      k = run;
    }
  }

  private static void appendSpread(String word, int from, int to, Buffer out) {
    for (int k = 0; k < word.length(); k++) {
      out.append(word.charAt(k), from, to);
    }
  }

  /** A growable char buffer where each char keeps its original range. */
  private static final class Buffer {
    char[] chars;
    int[] starts;
    int[] ends;
    int length;

    Buffer(int capacity) {
      int size = Math.max(16, capacity);
      chars = new char[size];
      starts = new int[size];
      ends = new int[size];
    }

    void append(char c, int start, int end) {
      if (length == chars.length) {
        int size = chars.length * 2;
        chars = Arrays.copyOf(chars, size);
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
      }
      chars[length] = c;
      starts[length] = start;
      ends[length] = end;
      length++;
    }

    /** Appends a space unless the previous char is one; a newline wins over a space. */
    void appendSpace(char space, int start, int end) {
      if (length > 0 && isSpace(chars[length - 1])) {
        if (space == '\n') {
          chars[length - 1] = '\n';
        }
        ends[length - 1] = end;
        return;
      }
      append(space, start, end);
    }

    void copyFrom(Buffer other, int from, int to) {
      for (int k = from; k < to; k++) {
        append(other.chars[k], other.starts[k], other.ends[k]);
      }
    }

    NormalisedText toText(String original, int digits) {
      return new NormalisedText(original, new String(chars, 0, length), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length), digits);
    }
  }
}
