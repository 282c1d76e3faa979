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
final class LexiconAutomaton extends AhoCorasickDoubleArrayTrie<LexiconEntry[]> {
  /**
   * The double array (base, check), the failure links and where each state's emits start, interleaved as four ints a
   * slot ({@link #BASE}, {@link #CHECK}, {@link #FAIL}, {@link #EMITS}) so that one step of the walk touches one cache
   * line instead of three arrays' worth: with half a million terms the arrays are far larger than the cache and the walk
   * is bound by memory reads. Kept off the heap ({@link OffHeapInts}) once built or read. One more slot holds the
   * emits' total.
   */
  private OffHeapInts slots;
  private static final int SLOT = 4;
  private static final int BASE = 0;
  private static final int CHECK = 1;
  private static final int FAIL = 2;
  /** The terms slot s emits are {@code emits[EMITS of s .. EMITS of s + 1])}. */
  private static final int EMITS = 3;
  private int[] emits;
  /** The entries of a term are {@code entries[entryStart[term] .. entryStart[term + 1])}. */
  private int[] entryStart;
  private LexiconEntry[] entries;
  /**
   * The terms that count only where a word starts (shorter than {@link LexiconSet#MIN_TERM_IN_HASHTAG} and starting
   * with a word character): "i" in "inside", most of what the walk meets, is dropped before its entries are read.
   */
  private boolean[] startsWordOnly;

  /** Receives each occurrence of a term: its span in the scanned text and its entries. */
  @FunctionalInterface
  interface TermHit {
    void hit(int begin, int end, LexiconEntry[] entries, int from, int to);
  }

  static LexiconAutomaton over(TreeMap<String, LexiconEntry[]> terms) {
    LexiconAutomaton automaton = new LexiconAutomaton();
    automaton.build(terms);
    int[] emitCounts = new int[automaton.output.length];
    for (int state = 0; state < emitCounts.length; state++) {
      emitCounts[state] = automaton.output[state] == null ? 0 : automaton.output[state].length;
    }
    int[] emitStart = starts(emitCounts);
    automaton.emits = new int[emitStart[emitCounts.length]];
    for (int state = 0; state < emitCounts.length; state++) {
      if (automaton.output[state] != null) {
        System.arraycopy(automaton.output[state], 0, automaton.emits, emitStart[state], emitCounts[state]);
      }
    }
    int[] entryCounts = new int[automaton.l.length];
    for (int term = 0; term < entryCounts.length; term++) {
      entryCounts[term] = automaton.get(term).length;
    }
    automaton.entryStart = starts(entryCounts);
    automaton.entries = new LexiconEntry[automaton.entryStart[entryCounts.length]];
    for (int term = 0; term < entryCounts.length; term++) {
      System.arraycopy(automaton.get(term), 0, automaton.entries, automaton.entryStart[term], entryCounts[term]);
    }
    automaton.output = null; // replaced by the flat arrays
    automaton.v = null;
    automaton.moveOffHeap(emitStart);
    automaton.markWordStartTerms();
    return automaton;
  }

  private void moveOffHeap(int[] emitStart) {
    int states = Math.max(Math.max(base.length, check.length), Math.max(fail.length, emitStart.length - 1));
    slots = OffHeapInts.zeros(Math.multiplyExact(states + 1, SLOT));
    for (int state = 0; state < states; state++) {
      slots.set(state * SLOT + BASE, state < base.length ? base[state] : 0);
      slots.set(state * SLOT + CHECK, state < check.length ? check[state] : 0);
      slots.set(state * SLOT + FAIL, state < fail.length ? fail[state] : 0);
      slots.set(state * SLOT + EMITS, emitStart[Math.min(state, emitStart.length - 1)]);
    }
    slots.set(states * SLOT + EMITS, emitStart[emitStart.length - 1]);
    base = null;
    check = null;
    fail = null;
  }

  private void markWordStartTerms() {
    startsWordOnly = new boolean[l.length];
    for (int term = 0; term < l.length; term++) {
      if (entryStart[term] < entryStart[term + 1]) {
        String text = entries[entryStart[term]].term();
        startsWordOnly[term] = text.length() < LexiconSet.MIN_TERM_IN_HASHTAG && LexiconSet.isWordChar(text.charAt(0));
      }
    }
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
   * Calls {@code sink} for every occurrence of every term in {@code text} (the {@code chars} encoded), in the order
   * they end, but a short term inside a word ({@link #startsWordOnly}). The steps are written out in this one loop
   * rather than in small methods: the quick compiler does not inline them.
   */
  void scan(char[] text, char[] chars, TermHit sink) {
    OffHeapInts slots = this.slots;
    int state = 0;
    for (int i = 0; i < text.length; i++) {
      int code = text[i] + 1;
      int next;
      while (true) {
        int from = slots.get(state * SLOT + BASE);
        next = from + code;
        if (slots.get(next * SLOT + CHECK) == from) {
          break;
        }
        if (state == 0) {
          next = 0; // the root takes every character
          break;
        }
        state = slots.get(state * SLOT + FAIL); // no transition: follow the failure link
      }
      state = next;
      int at = state * SLOT + EMITS;
      for (int e = slots.get(at), last = slots.get(at + SLOT); e < last; e++) {
        int term = emits[e];
        int begin = i + 1 - l[term];
        if (startsWordOnly[term] && begin > 0 && LexiconSet.isWordChar(chars[begin - 1])) {
          continue;
        }
        sink.hit(begin, i + 1, entries, entryStart[term], entryStart[term + 1]);
      }
    }
  }

  /** Writes the arrays; each term's entries as their positions in {@code entryPositions}. */
  void write(DataOutputStream out, IdentityHashMap<LexiconEntry, Integer> entryPositions) throws IOException {
    out.writeInt(size);
    slots.write(out);
    writeInts(out, l);
    writeInts(out, emits);
    writeInts(out, entryStart);
    int[] positions = new int[entries.length];
    for (int k = 0; k < entries.length; k++) {
      positions[k] = entryPositions.get(entries[k]);
    }
    writeInts(out, positions);
  }

  /** Reads what {@link #write} wrote; {@code all} are the lexicons' entries in the writer's order. */
  static LexiconAutomaton read(DataInputStream in, LexiconEntry[] all) throws IOException {
    LexiconAutomaton automaton = new LexiconAutomaton();
    automaton.size = in.readInt();
    automaton.slots = OffHeapInts.read(in);
    automaton.l = readInts(in, in.readInt());
    automaton.emits = readInts(in, in.readInt());
    automaton.entryStart = readInts(in, in.readInt());
    int[] positions = readInts(in, in.readInt());
    if (automaton.slots.length() == 0 || automaton.slots.length() % SLOT != 0 || automaton.entryStart.length != automaton.l.length + 1 || automaton.entryStart[automaton.l.length] != positions.length) {
      throw new IOException("the automaton's arrays do not fit together");
    }
    automaton.entries = new LexiconEntry[positions.length];
    for (int k = 0; k < positions.length; k++) {
      automaton.entries[k] = all[positions[k]];
    }
    automaton.markWordStartTerms();
    return automaton;
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }

  private static int[] readInts(DataInputStream in, int length) throws IOException {
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
