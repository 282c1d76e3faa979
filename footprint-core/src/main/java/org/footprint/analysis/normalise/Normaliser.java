package org.footprint.analysis.normalise;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

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
  /**
   * Folded form of each non-ASCII code point seen so far. Races only store the same immutable value
   * twice, so the arrays need no locking; the map takes the rare planes beyond the emoji block.
   */
  private static final String[] FOLDED_BMP = new String[0x10000];
  private static final int EMOJI_FIRST = 0x1F000;
  private static final String[] FOLDED_EMOJI = new String[0x1FB00 - EMOJI_FIRST];
  private static final Map<Integer, String> FOLDED_OTHER = new ConcurrentHashMap<>();

  /**
   * Numbers with units ("3am", "15yo", "12b") keep their digits. Codes such as postcodes may be read
   * as letters: identifiers are found in the original text, never in the normalised one.
   */
  private static final Set<String> UNITS = Set.of("st", "nd", "rd", "th", "am", "pm", "s", "k", "m", "g", "kg", "km", "mg", "ml", "mm", "cm",
      "hr", "hrs", "h", "yr", "yrs", "yo", "y", "x", "min", "mins", "p", "gb", "mb", "v", "d", "w", "wk", "wks", "ft", "in", "lb", "lbs",
      "mph", "c", "f", "a", "b", "e");

  private static boolean isNumberWithUnit(String word) {
    int k = 0;
    while (k < word.length() && word.charAt(k) >= '0' && word.charAt(k) <= '9') {
      k++;
    }
    if (k == 0) {
      return false;
    }
    if (k == word.length()) {
      return true;
    }
    int letters = k;
    while (letters < word.length() && isAsciiLetter(word.charAt(letters))) {
      letters++;
    }
    if (letters == word.length()) {
      return UNITS.contains(word.substring(k));
    }
    // "4x4", "12b3": digits, one letter, digits
    if (letters == k + 1) {
      for (int d = letters; d < word.length(); d++) {
        if (word.charAt(d) < '0' || word.charAt(d) > '9') {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Whether a word of letters and digits may be leetspeak: not a number with a unit, a punctuated word or a code. */
  private static boolean mayBeLeet(String word) {
    return !isNumberWithUnit(word) && !isPunctuatedWord(word) && !isCode(word);
  }

  /**
   * "P7", "S4", "s47", "FY1", "NHS24", "M6": up to three letters and then only up to three digits are a class, a form,
   * a section of an act, a road or a service, not leetspeak; read as letters they became other words ("s47" → "sat",
   * "p3" → "pe", "fy1" → "fyi"). Leetspeak puts its digits inside the word ("sh1t", "b00bs").
   */
  private static boolean isCode(String word) {
    int letters = 0;
    while (letters < word.length() && isAsciiLetter(word.charAt(letters))) {
      letters++;
    }
    int digits = word.length() - letters;
    if (letters == 0 || letters > 3 || digits == 0 || digits > 3) {
      return false;
    }
    for (int k = letters; k < word.length(); k++) {
      if (word.charAt(k) < '0' || word.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private final MaskedVocabulary vocabulary;

  public Normaliser() {
    this(List.of());
  }

  /** @param maskableWords words whose masked spellings (f*ck, sh**) should be recognised */
  public Normaliser(Collection<String> maskableWords) {
    this.vocabulary = new MaskedVocabulary(maskableWords);
  }

  public NormalisedText normalise(String original) {
    // Read as an array (cheaper to index than the string, above all with emoji), which the signals read again later.
    char[] source = original.toCharArray();
    Buffer folded = fold(source);
    Buffer words = rewriteWords(folded);
    Buffer joined = joinSpacedLetters(words);
    joined.digits = folded.digits;
    return joined.toText(original, source);
  }

  // ---- step 1: character folding -------------------------------------------------------------

  private static Buffer fold(char[] original) {
    Buffer out = new Buffer(original.length + 8);
    int i = 0;
    int n = original.length;
    while (i < n) {
      int cp = original[i] < 128 ? original[i] : Character.codePointAt(original, i);
      int width = Character.charCount(cp);
      if (cp < 128) {
        if (cp == '\n' || cp == '\r' || cp == ' ' || cp == '\t' || cp == '\f' || cp == 0x0B) {
          out.appendSpace(cp == '\n' || cp == '\r' ? '\n' : ' ', i, i + width);
        } else if (cp >= 'A' && cp <= 'Z') {
          out.append((char) (cp + 32), i, i + width);
        } else {
          if (cp >= '0' && cp <= '9') {
            out.digits++;
          }
          out.append((char) cp, i, i + width);
        }
      } else if (Character.isSurrogate((char) cp) && width == 1 && cp < 0x10000) {
        // an unpaired surrogate must not pair up with another once the marks between them are gone
        out.append('\uFFFD', i, i + width);
      } else {
        String replacement = folded(cp);
        if (replacement == SPACE || replacement == NEWLINE) {
          out.appendSpace(replacement == NEWLINE ? '\n' : ' ', i, i + width);
          i += width;
          continue;
        }
        for (int k = 0; k < replacement.length(); k++) {
          char c = replacement.charAt(k);
          if (isSpace(c)) {
            out.appendSpace(c, i, i + width); // NFKC can yield a space ('¸' → ' ̧'): it folds like any other
          } else {
            out.append(c, i, i + width);
          }
        }
      }
      i += width;
    }
    return out;
  }

  private static String folded(int cp) {
    String[] table = cp < 0x10000 ? FOLDED_BMP : cp >= EMOJI_FIRST && cp < EMOJI_FIRST + FOLDED_EMOJI.length ? FOLDED_EMOJI : null;
    if (table == null) {
      return FOLDED_OTHER.computeIfAbsent(cp, Normaliser::foldToFixedPoint);
    }
    int index = cp < 0x10000 ? cp : cp - EMOJI_FIRST;
    String value = table[index];
    if (value == null) {
      value = foldToFixedPoint(cp);
      table[index] = value;
    }
    return value;
  }

  /** Cache values that stand for white space (compared by identity). */
  private static final String SPACE = new String(" ");
  private static final String NEWLINE = new String("\n");

  /** Folds until nothing changes, so that normalising a normalised text changes nothing. */
  private static String foldToFixedPoint(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85) {
      return cp == 0x2028 || cp == 0x2029 ? NEWLINE : SPACE;
    }
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
    if (!hasSpacedLetters(in)) {
      return in;
    }
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
        Buffer run = new Buffer(end - runStart);
        for (int k = runStart; k < end && k < n; k++) {
          if (in.chars[k] != ' ') {
            run.append(in.chars[k], in.start(k), in.end(k));
          }
        }
        squeeze(run, 0, run.length, out);
        // a trailing space consumed by the run is restored
        if (end > runStart && end <= n && in.chars[end - 1] == ' ') {
          out.append(' ', in.start(end - 1), in.end(end - 1));
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

  /** Whether three single-letter words follow each other anywhere. */
  private static boolean hasSpacedLetters(Buffer in) {
    char[] chars = in.chars;
    int n = in.length;
    int run = 0;
    int k = 0;
    while (k < n) {
      boolean single = isAsciiLetter(chars[k]) && (k == 0 || isSpace(chars[k - 1])) && (k + 1 == n || isSpace(chars[k + 1]));
      if (single) {
        if (++run >= 3) {
          return true;
        }
        k += 2;
      } else {
        if (!isSpace(chars[k])) {
          run = 0;
        }
        k++;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  // ---- step 3: words -------------------------------------------------------------------------

  private Buffer rewriteWords(Buffer in) {
    if (!needsRewrite(in) || !anyWordChanges(in)) {
      return in;
    }
    Buffer out = new Buffer(in.length);
    int i = 0;
    int n = in.length;
    while (i < n) {
      if (!isWordChar(in.chars[i])) {
        out.append(in.chars[i], in.start(i), in.end(i));
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
        out.append(in.chars[start], in.start(start), in.end(start));
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

  /** Whether some word's core is masked, leetspeak, dotted or stretched, so that rewriting changes it. */
  private static boolean anyWordChanges(Buffer in) {
    int i = 0;
    int n = in.length;
    while (i < n) {
      if (!isWordChar(in.chars[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(in.chars[i])) {
        i++;
      }
      boolean emphasis = in.chars[start] == '*';
      while (start < i && isEdgeMark(in.chars[start], true)) {
        start++;
      }
      int end = i;
      while (end > start && (isEdgeMark(in.chars[end - 1], false) || (emphasis && in.chars[end - 1] == '*'))) {
        end--;
      }
      if (start < end && !isPlainWord(in.chars, start, end) && wordChanges(in.chars, start, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordChanges(char[] chars, int start, int end) {
    boolean letter = false;
    boolean leet = false;
    for (int k = start; k < end; k++) {
      char c = chars[k];
      if (c == '*' || (c == '#' && k > start)) {
        return true;
      }
      if (k >= start + 2 && c == chars[k - 1] && c == chars[k - 2] && isAsciiLetter(c)) {
        return true;
      }
      if ((c == '.' || c == '-' || c == '_') && k + 1 < end && k > start && isAsciiLetter(chars[k - 1]) && isAsciiLetter(chars[k + 1])) {
        return true;
      }
      letter |= isAsciiLetter(c);
      leet |= leetLetter(c) != 0;
    }
    if (!letter || !leet) {
      return false;
    }
    String word = new String(chars, start, end - start);
    return mayBeLeet(word);
  }

  /** Whether any word could be masked, leetspeak, dotted or stretched; most posts have none. */
  private static boolean needsRewrite(Buffer in) {
    char[] chars = in.chars;
    for (int k = 0; k < in.length; k++) {
      char c = chars[k];
      if ((c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '|' || c == '*' || c == '#') {
        return true;
      }
      if (k >= 2 && c == chars[k - 1] && c == chars[k - 2] && isAsciiLetter(c)) {
        return true;
      }
      if ((c == '.' || c == '-' || c == '_') && k >= 1 && k + 3 < in.length && isAsciiLetter(chars[k - 1]) && isAsciiLetter(chars[k + 1])
          && chars[k + 2] == c && isAsciiLetter(chars[k + 3])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEdgeMark(char c, boolean leading) {
    return c == '@' || c == '#' || c == '!' || c == '|' || c == '.' || c == '-' || c == '_' || (leading && c == '*');
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '|' || c == '*' || c == '#'
        || c == '.' || c == '-' || c == '_' || (c >= 128 && Letters.isLetter(c));
  }

  private void rewriteWord(Buffer in, int start, int end, Buffer out) {
    if (start >= end) {
      return;
    }
    if (isPlainWord(in.chars, start, end)) {
      out.copyFrom(in, start, end);
      return;
    }
    String word = new String(in.chars, start, end - start);
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
    // Leetspeak is read and stretched letters squeezed first, so that a dotted, spaced or masked
    // spelling is recognised in the same pass whatever it is written with ("7*i*d", "$*t", "t*ttt").
    boolean readLeet = hasLeet && hasLetter && mayBeLeet(word);
    Buffer letters = new Buffer(end - start);
    if (readLeet) {
      Buffer mapped = new Buffer(end - start);
      for (int k = start; k < end; k++) {
        char c = in.chars[k];
        char letter = leetLetter(c);
        mapped.append(letter != 0 ? letter : c, in.start(k), in.end(k));
      }
      squeeze(mapped, 0, mapped.length, letters);
    } else {
      squeeze(in, start, end, letters);
    }
    String read = new String(letters.chars, 0, letters.length);
    if (read.length() >= 5 && isSeparatedLetters(read)) {
      // "f.u.c.k" / "f-u-c-k": single letters with one repeated separator
      Buffer joined = new Buffer(letters.length);
      for (int k = 0; k < letters.length; k += 2) {
        joined.append(letters.chars[k], letters.start(k), letters.end(k));
      }
      squeeze(joined, 0, joined.length, out);
      return;
    }
    if (hasMask && (hasLetter || readLeet)) {
      String resolved = vocabulary.resolve(read);
      if (resolved != null) {
        appendSpread(resolved, in.start(start), in.end(end - 1), out);
        return;
      }
    }
    out.copyFrom(letters, 0, letters.length);
  }

  /** Letters only (plus inner hyphens and apostrophes), with no letter three times in a row: nothing to rewrite. */
  private static boolean isPlainWord(char[] chars, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = chars[k];
      if (!isAsciiLetter(c) && c < 128) {
        return false;
      }
      if (k >= start + 2 && c == chars[k - 1] && c == chars[k - 2]) {
        return false;
      }
    }
    return true;
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
        out.append(c, in.start(k), in.end(run - 1));
      } else {
        for (int r = k; r < run; r++) {
          out.append(in.chars[r], in.start(r), in.end(r));
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

  /**
   * A growable char buffer where each char keeps its original range. While every char sits at the
   * same offset as the one it came from (plain ASCII, most posts) the map is implicit and no offset
   * arrays exist.
   */
  private static final class Buffer {
    char[] chars;
    int[] starts;
    int[] ends;
    int length;
    int digits;

    Buffer(int capacity) {
      chars = new char[Math.max(16, capacity)];
    }

    int start(int k) {
      return starts == null ? k : starts[k];
    }

    int end(int k) {
      return starts == null ? k + 1 : ends[k];
    }

    void append(char c, int start, int end) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, length * 2);
        if (starts != null) {
          starts = Arrays.copyOf(starts, length * 2);
          ends = Arrays.copyOf(ends, length * 2);
        }
      }
      if (starts == null && (start != length || end != length + 1)) {
        materialise();
      }
      chars[length] = c;
      if (starts != null) {
        starts[length] = start;
        ends[length] = end;
      }
      length++;
    }

    /** Writes out the identity map so that chars can start to differ from their original offsets. */
    void materialise() {
      if (starts == null) {
        starts = new int[chars.length];
        ends = new int[chars.length];
        for (int k = 0; k < length; k++) {
          starts[k] = k;
          ends[k] = k + 1;
        }
      }
    }

    /** Appends a space unless the previous char is one; a newline wins over a space. */
    void appendSpace(char space, int start, int end) {
      if (length > 0 && isSpace(chars[length - 1])) {
        if (space == '\n') {
          chars[length - 1] = '\n';
        }
        materialise();
        ends[length - 1] = end;
        return;
      }
      append(space, start, end);
    }

    void copyFrom(Buffer other, int from, int to) {
      for (int k = from; k < to; k++) {
        append(other.chars[k], other.start(k), other.end(k));
      }
    }

    NormalisedText toText(String original, char[] originalChars) {
      char[] exact = Arrays.copyOf(chars, length);
      if (starts == null) {
        return new NormalisedText(original, originalChars, exact, null, null, digits);
      }
      return new NormalisedText(original, originalChars, exact, Arrays.copyOf(starts, length), Arrays.copyOf(ends, length), digits);
    }
  }
}
