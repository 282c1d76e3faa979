package org.footprint.analysis.match;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.TreeMap;

/**
 * The double-array Aho-Corasick automaton over (encoded) lexicon terms, able to write its arrays and read
 * them back: building one over ~130,000 terms takes seconds and some 200 MB of builder trees, reading the
 * finished arrays takes milliseconds. The library builds the double array; what each state emits and the entries
 * of each term are then kept here as flat arrays, not an array per state and per term: with half a million terms
 * those small arrays alone took some 60 MB of heap, more than a 256 MB scan can spare.
 */
final class LexiconAutomaton extends AhoCorasickDoubleArrayTrie<LexiconAutomaton.Term> {
  /**
   * The double array (base, check), the failure links and which of the first {@link #MASKED_CODES} codes each state
   * has a child for, interleaved as four ints a slot ({@link #BASE}, {@link #CHECK}, {@link #FAIL}, {@link #CHILDREN})
   * so that one step of the walk touches one cache line. With half a million terms the arrays are far larger than the
   * cache and the walk is bound by memory reads: a step the state has no child for is decided by its own slot's mask
   * instead of a read of some other state's check, which cost a cache miss at almost every step that failed. Kept off
   * the heap ({@link OffHeapInts}) once built or read.
   */
  private OffHeapInts slots;
  private static final int SLOT = 4;
  private static final int BASE = 0;
  /** The check value; its top bit is set when the state emits terms. */
  private static final int CHECK = 1;
  private static final int FAIL = 2;
  private static final int CHILDREN = 3;
  private static final int EMITS_FLAG = 1 << 31;
  /** Codes below this one are masked; {@link LexiconSet} gives the commonest characters the smallest codes. */
  static final int MASKED_CODES = 32;
  /** The emits of state s are {@code emits[emitStart[s] .. emitStart[s + 1])}, off the heap like the slots. */
  private OffHeapInts emitStart;
  /**
   * Each emit as two ints side by side, so that reading one touches one line: the term, and its length with the top
   * bit set when it counts only where a word starts (shorter than {@link LexiconSet#MIN_TERM_IN_HASHTAG} and starting
   * with a word character: "i" in "inside", most of what the walk meets, is dropped before its entries are read).
   */
  private int[] emits;
  private static final int WORD_START_ONLY = 1 << 31;
  /** The entries of a term are {@code entries[entryStart[term] .. entryStart[term + 1])}. */
  private int[] entryStart;
  private LexiconEntry[] entries;
  /** Beside each entry, whether its lexicon lists the term's plain plural too ({@link LexiconSet#PLURAL_LISTED}). */
  private byte[] listed;
  /** Beside each entry, where its form has spaces between tokens ({@link TokenAlphabet#gaps}); 0 over characters. */
  private int[] gaps;

  /**
   * A term to build over: its text (not encoded), its entries and, for each, {@link #listed}'s flags and
   * {@link #gaps}; {@code wordStartOnly} when a character walk should drop it where it starts inside a word (see
   * {@link #emits}).
   */
  record Term(String text, LexiconEntry[] entries, byte[] listed, int[] gaps, boolean wordStartOnly) {}

  /** Receives each occurrence of a term: its span in the scanned text, its entries and their {@link #listed} flags. */
  @FunctionalInterface
  interface TermHit {
    void hit(int begin, int end, LexiconEntry[] entries, byte[] listed, int from, int to);
  }

  static LexiconAutomaton over(TreeMap<String, Term> terms) {
    LexiconAutomaton automaton = new LexiconAutomaton();
    automaton.build(terms);
    int[] entryCounts = new int[automaton.l.length];
    for (int term = 0; term < entryCounts.length; term++) {
      entryCounts[term] = automaton.get(term).entries().length;
    }
    automaton.entryStart = starts(entryCounts);
    automaton.entries = new LexiconEntry[automaton.entryStart[entryCounts.length]];
    automaton.listed = new byte[automaton.entries.length];
    automaton.gaps = new int[automaton.entries.length];
    for (int term = 0; term < entryCounts.length; term++) {
      Term built = automaton.get(term);
      System.arraycopy(built.entries(), 0, automaton.entries, automaton.entryStart[term], entryCounts[term]);
      System.arraycopy(built.listed(), 0, automaton.listed, automaton.entryStart[term], entryCounts[term]);
      System.arraycopy(built.gaps(), 0, automaton.gaps, automaton.entryStart[term], entryCounts[term]);
    }
    int[] emitCounts = new int[automaton.output.length];
    for (int state = 0; state < emitCounts.length; state++) {
      emitCounts[state] = automaton.output[state] == null ? 0 : automaton.output[state].length;
    }
    int[] emitsOf = starts(emitCounts);
    automaton.emits = new int[2 * emitsOf[emitCounts.length]];
    for (int state = 0; state < emitCounts.length; state++) {
      for (int k = 0; k < emitCounts[state]; k++) {
        int term = automaton.output[state][k];
        automaton.emits[2 * (emitsOf[state] + k)] = term;
        automaton.emits[2 * (emitsOf[state] + k) + 1] = automaton.l[term] | (automaton.get(term).wordStartOnly() ? WORD_START_ONLY : 0);
      }
    }
    automaton.moveOffHeap(emitsOf);
    automaton.output = null; // replaced by the flat arrays
    automaton.v = null;
    automaton.l = null;
    return automaton;
  }

  private void moveOffHeap(int[] emitsOf) {
    int states = Math.max(Math.max(base.length, check.length), Math.max(fail.length, emitsOf.length - 1));
    slots = OffHeapInts.zeros(Math.multiplyExact(states, SLOT));
    emitStart = OffHeapInts.zeros(states + 1);
    for (int state = 0; state < states; state++) {
      int checkValue = state < check.length ? check[state] : 0;
      if (checkValue < 0) {
        throw new IllegalStateException("the double array holds a negative check value at " + state);
      }
      int emitsFrom = emitsOf[Math.min(state, emitsOf.length - 1)];
      int emitsTo = emitsOf[Math.min(state + 1, emitsOf.length - 1)];
      emitStart.set(state, emitsFrom);
      slots.set(state * SLOT + BASE, state < base.length ? base[state] : 0);
      slots.set(state * SLOT + CHECK, checkValue | (emitsTo > emitsFrom ? EMITS_FLAG : 0));
      slots.set(state * SLOT + FAIL, state < fail.length ? fail[state] : 0);
      slots.set(state * SLOT + CHILDREN, children(state));
    }
    emitStart.set(states, emitsOf[emitsOf.length - 1]);
    base = null;
    check = null;
    fail = null;
  }

  /** Bit c is set when the state has a child for code c (of the first {@link #MASKED_CODES}): the test the walk made with check. */
  private int children(int state) {
    int mask = 0;
    int from = state < base.length ? base[state] : 0;
    for (int code = 1; code < MASKED_CODES; code++) {
      int next = from + code;
      if (next >= 0 && next < check.length && check[next] == from) {
        mask |= 1 << code;
      }
    }
    return mask;
  }

  /** Running totals: {@code starts[k]} is the sum of the counts before k; one more slot holds the total. */
  private static int[] starts(int[] counts) {
    int[] starts = new int[counts.length + 1];
    for (int k = 0; k < counts.length; k++) {
      starts[k + 1] = starts[k] + counts[k];
    }
    return starts;
  }

  /**
   * Calls {@code sink} for every occurrence of every term in {@code text[start .. stop)} (the {@code chars} encoded,
   * {@code other} the code of characters no term holds), in the order they end, but a short term inside a word (see
   * {@link #emits}). Walked only inside hashtags, so its steps are {@link #next}'s.
   */
  void scan(char[] text, char[] chars, int start, int stop, char other, TermHit sink) {
    int state = 0;
    for (int i = start; i < stop; i++) {
      if (text[i] == other) {
        state = 0; // no term holds the character: only the root takes it, and the root emits nothing
        continue;
      }
      state = next(state, text[i] + 1);
      if (slots.get(state * SLOT + CHECK) >= 0) {
        continue; // the state emits nothing
      }
      for (int e = emitStart.get(state), last = emitStart.get(state + 1); e < last; e++) {
        int term = emits[2 * e];
        int length = emits[2 * e + 1];
        int begin = i + 1 - (length & ~WORD_START_ONLY);
        if (length < 0 && begin > 0 && LexiconSet.isWordChar(chars[begin - 1])) {
          continue;
        }
        sink.hit(begin, i + 1, entries, listed, entryStart[term], entryStart[term + 1]);
      }
    }
  }

  /**
   * Receives each occurrence of a term over tokens: its first and last token, the alternative of the last token it
   * ended in ({@code -1} for the token itself), its entries and their {@link #listed} flags and {@link #gaps}.
   */
  @FunctionalInterface
  interface TokenHit {
    void hit(int firstToken, int lastToken, int alternative, LexiconEntry[] entries, byte[] listed, int[] gaps, int from, int to);
  }

  /**
   * Calls {@code sink} for every occurrence of every term (encoded by {@link TokenAlphabet}) in the tokens, in the order
   * they end; before each token, for the terms that end in one of its alternatives, from the state the walk is in.
   */
  void scanTokens(TokenAlphabet.Tokens tokens, char other, TokenHit sink) {
    int state = 0;
    int alternative = 0;
    for (int i = 0; i < tokens.count; i++) {
      for (; alternative < tokens.alternatives && tokens.alternativeToken[alternative] == i; alternative++) {
        emit(next(state, tokens.alternativeCode[alternative] + 1), i, alternative, sink);
      }
      char code = tokens.codes[i];
      if (code == other) {
        state = 0; // no term holds the token: only the root takes it, and the root emits nothing
        continue;
      }
      state = next(state, code + 1);
      emit(state, i, -1, sink);
    }
  }

  /**
   * The state the walk moves to from {@code state} on {@code code}, through the failure links. A code past the end of
   * the double array is a child of no state (a token's codes run to ~11,000, beyond most states' bases).
   */
  private int next(int state, int code) {
    OffHeapInts slots = this.slots;
    int states = slots.length() / SLOT;
    while (true) {
      int slot = state * SLOT;
      int from = slots.get(slot + BASE);
      int next = from + code;
      if (code < MASKED_CODES ? (slots.get(slot + CHILDREN) & (1 << code)) != 0
          : next < states && (slots.get(next * SLOT + CHECK) & ~EMITS_FLAG) == from) {
        return next;
      }
      if (state == 0) {
        return 0; // the root takes every token
      }
      state = slots.get(slot + FAIL);
    }
  }

  private void emit(int state, int token, int alternative, TokenHit sink) {
    if (slots.get(state * SLOT + CHECK) >= 0) {
      return; // the state emits nothing
    }
    for (int e = emitStart.get(state), last = emitStart.get(state + 1); e < last; e++) {
      int term = emits[2 * e];
      int length = emits[2 * e + 1] & ~WORD_START_ONLY;
      sink.hit(token + 1 - length, token, alternative, entries, listed, gaps, entryStart[term], entryStart[term + 1]);
    }
  }

  /** Writes the arrays; each term's entries as their positions in {@code entryPositions}. */
  void write(DataOutputStream out, IdentityHashMap<LexiconEntry, Integer> entryPositions) throws IOException {
    out.writeInt(size);
    slots.write(out);
    emitStart.write(out);
    writeInts(out, emits);
    writeInts(out, entryStart);
    int[] positions = new int[entries.length];
    for (int k = 0; k < entries.length; k++) {
      positions[k] = entryPositions.get(entries[k]);
    }
    writeInts(out, positions);
    out.write(listed);
    writeInts(out, gaps);
  }

  /** Reads what {@link #write} wrote; {@code all} are the lexicons' entries in the writer's order. */
  static LexiconAutomaton read(DataInputStream in, LexiconEntry[] all) throws IOException {
    LexiconAutomaton automaton = new LexiconAutomaton();
    automaton.size = in.readInt();
    automaton.slots = OffHeapInts.read(in);
    automaton.emitStart = OffHeapInts.read(in);
    automaton.emits = readInts(in, in.readInt());
    automaton.entryStart = readInts(in, in.readInt());
    int[] positions = readInts(in, in.readInt());
    int states = automaton.slots.length() / SLOT;
    if (states == 0 || automaton.slots.length() % SLOT != 0 || automaton.emitStart.length() != states + 1
        || automaton.emits.length != 2 * automaton.emitStart.get(states) || automaton.entryStart.length == 0
        || automaton.entryStart[automaton.entryStart.length - 1] != positions.length) {
      throw new IOException("the automaton's arrays do not fit together");
    }
    automaton.entries = new LexiconEntry[positions.length];
    for (int k = 0; k < positions.length; k++) {
      automaton.entries[k] = all[positions[k]];
    }
    automaton.listed = new byte[positions.length];
    in.readFully(automaton.listed);
    automaton.gaps = readInts(in, in.readInt());
    if (automaton.gaps.length != positions.length) {
      throw new IOException("the automaton's gaps do not fit its entries");
    }
    return automaton;
  }

  static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }

  static int[] readInts(DataInputStream in, int length) throws IOException {
    if (length < 0) {
      throw new IOException("negative array length " + length);
    }
    byte[] bytes = new byte[Math.multiplyExact(length, 4)];
    in.readFully(bytes);
    int[] values = new int[length];
    java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(values);
    return values;
  }
}
