package org.footprint.analysis.match;

import org.footprint.analysis.normalise.Letters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every lexicon compiled into Aho-Corasick automata, so a text is scanned once per automaton whatever the
 * number of lexicons and terms. Immutable and thread-safe.
 */
public final class LexiconSet {
  private final List<Lexicon> lexicons;
  private final Map<String, Integer> indexByName = new HashMap<>();
  /**
   * Built here, the terms are shared out over several automata of at most {@link #TERMS_PER_AUTOMATON} terms:
   * building one double-array automaton goes through a tree of some ten objects per state, and for all the terms
   * at once that tree alone outgrows a 256 MB heap; built one after the other, each tree is garbage before the
   * next. The built-in set is compiled at build time into a single automaton ({@link LexiconSetFile}).
   */
  private final List<LexiconAutomaton> automata = new ArrayList<>();
  static final int TERMS_PER_AUTOMATON = 70_000;
  /**
   * Every character that occurs in some term gets a small code; all others share the code {@link #other}.
   * The double-array automaton indexes its arrays by character code, so a compact alphabet keeps it
   * small and in cache (raw UTF-16 codes spread it over a large array: ~15 ns a character against ~2).
   */
  private final char[] alphabet = new char[Character.MAX_VALUE + 1];
  private final char other;
  /**
   * The characters of most posts, given the smallest codes in this order: the automaton decides a step on them from
   * the state's own mask ({@link LexiconAutomaton#MASKED_CODES}) instead of a read elsewhere in memory.
   */
  private static final String COMMONEST = " etaoinsrhldcumfpgwybvkjxqz'.,";
  static final int MIN_TERM_IN_HASHTAG = 4;
  /**
   * Set beside an entry of a term when its lexicon also lists the term with a plain -s: that word is then the listed
   * term's match, not an inflection of this one.
   */
  static final int PLURAL_LISTED = 1;

  public LexiconSet(List<Lexicon> lexicons) {
    this(lexicons, TERMS_PER_AUTOMATON);
  }

  /** Builds the automata, each over at most {@code termsPerAutomaton} terms. */
  LexiconSet(List<Lexicon> lexicons, int termsPerAutomaton) {
    this.lexicons = List.copyOf(lexicons);
    indexEntries();
    TreeMap<String, List<LexiconEntry>> byTerm = new TreeMap<>();
    // "lexicon index:term" of every form ending in s, so that an inflected match never duplicates a listed plural
    Set<String> listedTerms = new HashSet<>();
    for (int i = 0; i < lexicons.size(); i++) {
      LexiconForms forms = lexicons.get(i).forms();
      for (int k = 0; k < forms.size(); k++) {
        String term = forms.term(k);
        byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(forms.entry(k));
        if (term.endsWith("s")) {
          listedTerms.add(i + ":" + term);
        }
      }
    }
    boolean[] present = new boolean[Character.MAX_VALUE + 1];
    byTerm.keySet().forEach(term -> term.chars().forEach(c -> present[c] = true));
    char next = 1;
    for (char common : COMMONEST.toCharArray()) {
      if (present[common]) {
        alphabet[common] = next++;
      }
    }
    for (String term : byTerm.keySet()) {
      for (int k = 0; k < term.length(); k++) {
        if (alphabet[term.charAt(k)] == 0) {
          alphabet[term.charAt(k)] = next++;
        }
      }
    }
    other = next;
    TreeMap<String, LexiconAutomaton.Term> chunk = new TreeMap<>();
    for (Map.Entry<String, List<LexiconEntry>> term : byTerm.entrySet()) {
      LexiconEntry[] entries = term.getValue().toArray(new LexiconEntry[0]);
      byte[] listed = new byte[entries.length];
      for (int k = 0; k < entries.length; k++) {
        int lexicon = entries[k].lexicon();
        listed[k] = (byte) (listedTerms.contains(lexicon + ":" + term.getKey() + "s") ? PLURAL_LISTED : 0);
      }
      chunk.put(encode(term.getKey().toCharArray()), new LexiconAutomaton.Term(term.getKey(), entries, listed));
      if (chunk.size() == termsPerAutomaton) {
        automata.add(LexiconAutomaton.over(chunk));
        chunk = new TreeMap<>();
      }
    }
    if (!chunk.isEmpty() || automata.isEmpty()) {
      automata.add(LexiconAutomaton.over(chunk));
    }
  }

  /** A set whose automata were built before (see {@link LexiconSetFile}); {@code codes} lists the alphabet in code order. */
  LexiconSet(List<Lexicon> lexicons, char[] codes, List<LexiconAutomaton> automata) {
    this.lexicons = List.copyOf(lexicons);
    indexEntries();
    for (int code = 0; code < codes.length; code++) {
      alphabet[codes[code]] = (char) (code + 1);
    }
    other = (char) (codes.length + 1);
    this.automata.addAll(automata);
  }

  private void indexEntries() {
    for (int i = 0; i < lexicons.size(); i++) {
      indexByName.put(lexicons.get(i).name(), i);
      for (LexiconEntry entry : lexicons.get(i).entries()) {
        if (entry.lexicon() != i) {
          throw new IllegalStateException(lexicons.get(i).resource() + ": entry " + entry.id() + " has the wrong lexicon index");
        }
      }
    }
  }

  /** The alphabet's characters in code order (code 1 first). */
  char[] alphabetCodes() {
    char[] codes = new char[other - 1];
    for (int c = 0; c < alphabet.length; c++) {
      if (alphabet[c] != 0) {
        codes[alphabet[c] - 1] = (char) c;
      }
    }
    return codes;
  }

  List<LexiconAutomaton> automata() {
    return automata;
  }

  private char[] encodeChars(char[] text) {
    char[] codes = new char[text.length];
    for (int k = 0; k < text.length; k++) {
      char code = alphabet[text[k]];
      codes[k] = code == 0 ? other : code;
    }
    return codes;
  }

  private String encode(char[] text) {
    return new String(encodeChars(text));
  }

  public List<Lexicon> lexicons() {
    return lexicons;
  }

  public int size() {
    return lexicons.size();
  }

  /** Index of the named lexicon, or -1. */
  public int indexOf(String name) {
    return indexByName.getOrDefault(name, -1);
  }

  public Lexicon get(int index) {
    return lexicons.get(index);
  }

  /**
   * Calls {@code sink} for every whole-word occurrence of every term in the normalised text {@code chars}. Where the
   * automaton reports a term, the text holds exactly that term, so its characters are read from the text.
   */
  public void match(char[] chars, HitSink sink) {
    char[] codes = encodeChars(chars);
    LexiconAutomaton.TermHit onHit = (begin, end, entries, listed, from, to) -> {
      // (a short term inside a longer word, "i" in "inside", never gets here: the walk drops it)
      boolean leftOk = leftBoundary(chars, begin);
      char opener = wordOpener(chars, begin);
      if (opener == '@') {
        return; // a term inside an @handle is part of a name, not a word of the post
      }
      // inside a hashtag words run together (#nycprotests, #toriesout): longer terms match anywhere in it
      boolean inHashtag = opener == '#' && end - begin >= MIN_TERM_IN_HASHTAG;
      if (!inHashtag && !leftOk) {
        return;
      }
      boolean rightOk = inHashtag || rightBoundary(chars, end);
      int hitEnd = rightOk ? end : inflectedEnd(chars, begin, end);
      for (int k = from; k < to; k++) {
        LexiconEntry entry = entries[k];
        if (rightOk || entry.prefix()) {
          sink.hit(entry, begin, end, end);
        } else if (hitEnd > end && !entry.exact() && (listed[k] & PLURAL_LISTED) == 0) {
          sink.hit(entry, begin, hitEnd, end);
        }
      }
    };
    for (LexiconAutomaton automaton : automata) {
      automaton.scan(codes, chars, other, onHit);
    }
  }

  /** The character that opens the token containing {@code index} ('@' or '#'), or 0. */
  private static char wordOpener(char[] chars, int index) {
    if (index == 0) {
      return 0;
    }
    char before = chars[index - 1];
    if (before == '@' || before == '#') {
      return before;
    }
    if (!isWordChar(before) && before != '_') {
      return 0; // the token starts here: no need to walk back
    }
    int k = index;
    while (k > 0 && (isWordChar(chars[k - 1]) || chars[k - 1] == '_')) {
      k--;
    }
    return k > 0 && (chars[k - 1] == '@' || chars[k - 1] == '#') ? chars[k - 1] : 0;
  }

  /** Receives lexicon hits in normalised offsets; the term itself ends at {@code termEnd}, before any plain -s ending. */
  @FunctionalInterface
  public interface HitSink {
    void hit(LexiconEntry entry, int start, int end, int termEnd);
  }

  /**
   * "milfs", "chavs", "shouts": a term followed by a plain -s still counts, since plurals and third-person verbs keep
   * the term's sense; returns the end including the ending, or {@code end} when there is none. (A possessive,
   * "manager's", needs nothing: the apostrophe already ends the word.)
   */
  private static int inflectedEnd(char[] text, int begin, int end) {
    char last = text[end - 1];
    if (end - begin < 3 || last == 's' || !isWordChar(last) || end >= text.length || text[end] != 's') {
      return end;
    }
    return end + 1 == text.length || !isWordChar(text[end + 1]) ? end + 1 : end;
  }

  // The boundaries read the text as an array: called for every term the automaton reports, most of them inside words.
  private static boolean leftBoundary(char[] text, int begin) {
    return begin == 0 || !isWordChar(text[begin - 1]) || !isWordChar(text[begin]);
  }

  private static boolean rightBoundary(char[] text, int end) {
    return end == text.length || !isWordChar(text[end]) || !isWordChar(text[end - 1]);
  }

  public static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 128 && Letters.isLetter(c));
  }
}
