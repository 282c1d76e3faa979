package org.footprint.analysis.match;

import org.footprint.analysis.normalise.Letters;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every lexicon compiled into Aho-Corasick automata, so a text is scanned once whatever the number of lexicons and
 * terms: phrase automata over the text's tokens ({@link TokenAlphabet}), and a small automaton over characters for the
 * one-word terms, walked only inside hashtags, whose words run together (#nycprotests, #toriesout). Immutable and
 * thread-safe.
 */
public final class LexiconSet {
  private final List<Lexicon> lexicons;
  /**
   * The lexicons' names by open addressing, each slot's index beside it: rules' conditions ask for lexicons by name
   * dozens of times a post, and a hash map's nodes and boxed values cost a cache line each.
   */
  private String[] nameSlots;
  private int[] indexSlots;
  /**
   * Built here, the terms are shared out over several automata of at most {@link #TERMS_PER_AUTOMATON} terms:
   * building one double-array automaton goes through a tree of some ten objects per state, and for all the terms
   * at once that tree alone outgrows a 256 MB heap; built one after the other, each tree is garbage before the
   * next. The built-in set is compiled at build time into a single automaton ({@link LexiconSetFile}).
   */
  private final List<LexiconAutomaton> automata = new ArrayList<>();
  static final int TERMS_PER_AUTOMATON = 70_000;
  /** Each thread's tokens, reused from text to text: a text's tokens live only while it is matched. */
  private static final ThreadLocal<TokenAlphabet.Tokens> TOKENS = ThreadLocal.withInitial(TokenAlphabet.Tokens::new);
  /** The longest text, in characters, whose tokens go in the thread's reused arrays (~160 KB at most). */
  private static final int MAX_REUSED_TOKENS = 16_384;
  private final TokenAlphabet tokenAlphabet;
  /** The one-word terms over characters, for the words run together in a hashtag; null when there are none. */
  private final LexiconAutomaton hashtagWords;
  /**
   * Every character that occurs in a one-word term gets a small code; all others share the code {@link #other}.
   * The double-array automaton indexes its arrays by character code, so a compact alphabet keeps it
   * small and in cache (raw UTF-16 codes spread it over a large array: ~15 ns a character against ~2).
   */
  private final char[] alphabet = new char[Character.MAX_VALUE + 1];
  private final char other;
  /**
   * The characters of most words, given the smallest codes in this order: the automaton decides a step on them from
   * the state's own mask ({@link LexiconAutomaton#MASKED_CODES}) instead of a read elsewhere in memory.
   */
  private static final String COMMONEST = "etaoinsrhldcumfpgwybvkjxqz0123";
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
    List<String> runOnTerms = byTerm.entrySet().stream()
        .filter(term -> term.getValue().stream().anyMatch(LexiconEntry::prefix)).map(Map.Entry::getKey).toList();
    tokenAlphabet = TokenAlphabet.of(byTerm.keySet(), runOnTerms);
    boolean[] present = new boolean[Character.MAX_VALUE + 1];
    byTerm.keySet().stream().filter(TokenAlphabet::isOneWord).forEach(term -> term.chars().forEach(c -> present[c] = true));
    char next = 1;
    for (char common : COMMONEST.toCharArray()) {
      if (present[common]) {
        alphabet[common] = next++;
      }
    }
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (present[c] && alphabet[c] == 0) {
        alphabet[c] = next++;
      }
    }
    other = next;
    // forms that differ only in their spaces ("that'd", "that 'd") are one key of the phrase automaton
    TreeMap<String, List<Map.Entry<String, List<LexiconEntry>>>> byKey = new TreeMap<>();
    TreeMap<String, LexiconAutomaton.Term> oneWord = new TreeMap<>();
    for (Map.Entry<String, List<LexiconEntry>> term : byTerm.entrySet()) {
      byKey.computeIfAbsent(tokenAlphabet.encode(term.getKey()), key -> new ArrayList<>()).add(term);
      if (TokenAlphabet.isOneWord(term.getKey())) {
        LexiconEntry[] entries = term.getValue().toArray(new LexiconEntry[0]);
        boolean wordStartOnly = term.getKey().length() < MIN_TERM_IN_HASHTAG;
        oneWord.put(encode(term.getKey().toCharArray()),
            new LexiconAutomaton.Term(term.getKey(), entries, listed(term.getKey(), entries, listedTerms), new int[entries.length], wordStartOnly));
      }
    }
    TreeMap<String, LexiconAutomaton.Term> chunk = new TreeMap<>();
    for (Map.Entry<String, List<Map.Entry<String, List<LexiconEntry>>>> key : byKey.entrySet()) {
      List<LexiconEntry> entries = new ArrayList<>();
      ByteArrayOutputStream listed = new ByteArrayOutputStream();
      List<Integer> gaps = new ArrayList<>();
      for (Map.Entry<String, List<LexiconEntry>> term : key.getValue()) {
        entries.addAll(term.getValue());
        listed.writeBytes(listed(term.getKey(), term.getValue().toArray(new LexiconEntry[0]), listedTerms));
        gaps.addAll(java.util.Collections.nCopies(term.getValue().size(), TokenAlphabet.gaps(term.getKey())));
      }
      String text = key.getValue().get(0).getKey();
      chunk.put(key.getKey(), new LexiconAutomaton.Term(text, entries.toArray(new LexiconEntry[0]), listed.toByteArray(),
          gaps.stream().mapToInt(Integer::intValue).toArray(), false));
      if (chunk.size() == termsPerAutomaton) {
        automata.add(LexiconAutomaton.over(chunk));
        chunk = new TreeMap<>();
      }
    }
    if (!chunk.isEmpty() || automata.isEmpty()) {
      automata.add(LexiconAutomaton.over(chunk));
    }
    hashtagWords = oneWord.isEmpty() ? null : LexiconAutomaton.over(oneWord);
  }

  /** Beside each entry of {@code term}, {@link #PLURAL_LISTED} when its lexicon lists the term's plain plural too. */
  private static byte[] listed(String term, LexiconEntry[] entries, Set<String> listedTerms) {
    byte[] listed = new byte[entries.length];
    for (int k = 0; k < entries.length; k++) {
      listed[k] = (byte) (listedTerms.contains(entries[k].lexicon() + ":" + term + "s") ? PLURAL_LISTED : 0);
    }
    return listed;
  }

  /**
   * A set whose automata were built before (see {@link LexiconSetFile}); {@code codes} lists the hashtag automaton's
   * alphabet in code order.
   */
  LexiconSet(List<Lexicon> lexicons, TokenAlphabet tokenAlphabet, List<LexiconAutomaton> automata, char[] codes, LexiconAutomaton hashtagWords) {
    this.lexicons = List.copyOf(lexicons);
    indexEntries();
    this.tokenAlphabet = tokenAlphabet;
    this.automata.addAll(automata);
    for (int code = 0; code < codes.length; code++) {
      alphabet[codes[code]] = (char) (code + 1);
    }
    other = (char) (codes.length + 1);
    this.hashtagWords = hashtagWords;
  }

  private void putName(String name, int index) {
    int mask = nameSlots.length - 1;
    int slot = name.hashCode() & mask;
    while (nameSlots[slot] != null && !nameSlots[slot].equals(name)) {
      slot = (slot + 1) & mask;
    }
    nameSlots[slot] = name;
    indexSlots[slot] = index;
  }

  private void indexEntries() {
    nameSlots = new String[Integer.highestOneBit(Math.max(2, lexicons.size()) * 4)];
    indexSlots = new int[nameSlots.length];
    for (int i = 0; i < lexicons.size(); i++) {
      putName(lexicons.get(i).name(), i);
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

  TokenAlphabet tokenAlphabet() {
    return tokenAlphabet;
  }

  Optional<LexiconAutomaton> hashtagWords() {
    return Optional.ofNullable(hashtagWords);
  }

  private String encode(char[] text) {
    char[] codes = new char[text.length];
    encode(text, 0, text.length, codes);
    return new String(codes);
  }

  private void encode(char[] text, int from, int to, char[] codes) {
    for (int k = from; k < to; k++) {
      char code = alphabet[text[k]];
      codes[k] = code == 0 ? other : code;
    }
  }

  public List<Lexicon> lexicons() {
    return lexicons;
  }

  public int size() {
    return lexicons.size();
  }

  /** Index of the named lexicon, or -1. */
  public int indexOf(String name) {
    int mask = nameSlots.length - 1;
    for (int slot = name.hashCode() & mask; nameSlots[slot] != null; slot = (slot + 1) & mask) {
      if (nameSlots[slot].equals(name)) {
        return indexSlots[slot];
      }
    }
    return -1;
  }

  public Lexicon get(int index) {
    return lexicons.get(index);
  }

  /**
   * Calls {@code sink} for every whole-word occurrence of every term in the normalised text {@code chars}, in the order
   * the terms end. Where an automaton reports a term, the text holds exactly that term, so its characters are read from
   * the text.
   */
  public void match(char[] chars, HitSink sink) {
    // a long text's tokens are its own: the thread's would otherwise keep arrays of its size for good
    TokenAlphabet.Tokens tokens = chars.length <= MAX_REUSED_TOKENS ? TOKENS.get() : new TokenAlphabet.Tokens();
    tokenAlphabet.tokenise(chars, tokens);
    HitSink target = tokens.hashtags == 0 || hashtagWords == null ? sink : hashtagHits(chars, tokens, sink);
    LexiconAutomaton.TokenHit onHit = (first, last, alternative, entries, listed, gaps, from, to) -> {
      int begin = tokens.starts[first];
      char opener = wordOpener(chars, begin);
      if (opener == '@') {
        return; // a term inside an @handle is part of a name, not a word of the post
      }
      if (opener == '#' && first == last && isWordChar(chars[begin])) {
        return; // one word inside a hashtag: the hashtag walk finds it, at any place in the run-together words
      }
      int textGaps = first == last ? 0 : TokenAlphabet.gaps(tokens, first, last);
      if (alternative < 0) {
        int end = tokens.ends[last];
        for (int k = from; k < to; k++) {
          if (gaps[k] == textGaps) {
            target.hit(entries[k], begin, end, end);
          }
        }
        return;
      }
      int end = tokens.starts[last] + tokens.alternativeLength[alternative];
      // a phrase that starts a hashtag runs on like one inside it
      boolean inHashtag = opener == '#' && end - begin >= MIN_TERM_IN_HASHTAG;
      boolean stem = tokens.alternativeIsStem[alternative] && end - begin >= 3;
      for (int k = from; k < to; k++) {
        LexiconEntry entry = entries[k];
        if (gaps[k] != textGaps) {
          continue;
        }
        if (inHashtag || entry.prefix()) {
          target.hit(entry, begin, end, end);
        } else if (stem && !entry.exact() && (listed[k] & PLURAL_LISTED) == 0) {
          target.hit(entry, begin, end + 1, end);
        }
      }
    };
    for (LexiconAutomaton automaton : automata) {
      automaton.scanTokens(tokens, tokenAlphabet.other, onHit);
    }
    if (target instanceof HashtagHits merged) {
      merged.flush(Integer.MAX_VALUE);
    }
  }

  /** The one-word terms inside the text's hashtags, handed on to {@code sink} in order among the phrase walk's hits. */
  private HashtagHits hashtagHits(char[] chars, TokenAlphabet.Tokens tokens, HitSink sink) {
    HashtagHits hits = new HashtagHits(sink);
    char[] codes = new char[chars.length];
    LexiconAutomaton.TermHit onHit = (begin, end, entries, listed, from, to) -> {
      // (a short term inside a longer word, "i" in "inside", never gets here: the walk drops it)
      boolean inHashtag = end - begin >= MIN_TERM_IN_HASHTAG;
      if (!inHashtag && !leftBoundary(chars, begin)) {
        return;
      }
      boolean rightOk = inHashtag || rightBoundary(chars, end);
      int hitEnd = rightOk ? end : inflectedEnd(chars, begin, end);
      for (int k = from; k < to; k++) {
        LexiconEntry entry = entries[k];
        if (rightOk || entry.prefix()) {
          hits.add(entry, begin, end, end);
        } else if (hitEnd > end && !entry.exact() && (listed[k] & PLURAL_LISTED) == 0) {
          hits.add(entry, begin, hitEnd, end);
        }
      }
    };
    for (int k = 0; k < tokens.hashtags; k++) {
      encode(chars, tokens.hashtagStarts[k], tokens.hashtagEnds[k], codes);
      hashtagWords.scan(codes, chars, tokens.hashtagStarts[k], tokens.hashtagEnds[k], other, onHit);
    }
    return hits;
  }

  /** Hashtag hits held back until the phrase walk reaches where they end, so that the sink sees every hit in end order. */
  private static final class HashtagHits implements HitSink {
    private final HitSink sink;
    private final List<Held> held = new ArrayList<>();
    private int next;

    private record Held(LexiconEntry entry, int start, int end, int termEnd) {}

    HashtagHits(HitSink sink) {
      this.sink = sink;
    }

    void add(LexiconEntry entry, int start, int end, int termEnd) {
      held.add(new Held(entry, start, end, termEnd));
    }

    @Override
    public void hit(LexiconEntry entry, int start, int end, int termEnd) {
      flush(termEnd);
      sink.hit(entry, start, end, termEnd);
    }

    /** Hands on the held hits whose term ends at or before {@code termEnd}. */
    void flush(int termEnd) {
      for (; next < held.size() && held.get(next).termEnd() <= termEnd; next++) {
        Held hit = held.get(next);
        sink.hit(hit.entry(), hit.start(), hit.end(), hit.termEnd());
      }
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
