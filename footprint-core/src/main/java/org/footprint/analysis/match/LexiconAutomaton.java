package org.footprint.analysis.match;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
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
   * The double array (base, check), the failure links and where each state's emits start, moved off the heap once
   * built or read: they are most of the automaton's size (some 70 MB for half a million terms), never change, and
   * would otherwise crowd out a 256 MB scan's own work. Reading them costs about what reading arrays does (the
   * lexicon pass went from 6.1 to 6.3 µs a post). Big-endian, as in the compiled file, so they are read straight in.
   */
  private IntBuffer bases;
  private IntBuffer checks;
  private IntBuffer fails;
  /** The terms a state emits are {@code emits[emitStarts[state] .. emitStarts[state + 1])}. */
  private IntBuffer emitStarts;
  private int[] emits;
  /** The entries of a term are {@code entries[entryStart[term] .. entryStart[term + 1])}. */
  private int[] entryStart;
  private LexiconEntry[] entries;

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
    return automaton;
  }

  private void moveOffHeap(int[] emitStart) {
    bases = direct(base);
    checks = direct(check);
    fails = direct(fail);
    emitStarts = direct(emitStart);
    base = null;
    check = null;
    fail = null;
  }

  private static IntBuffer direct(int[] values) {
    IntBuffer buffer = ByteBuffer.allocateDirect(Math.multiplyExact(values.length, 4)).asIntBuffer();
    buffer.put(values).flip();
    return buffer;
  }

  /** Reads an array written by {@link #writeInts} straight into a direct buffer, through a small heap buffer. */
  private static IntBuffer readDirect(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("negative array length " + length);
    }
    ByteBuffer bytes = ByteBuffer.allocateDirect(Math.multiplyExact(length, 4));
    byte[] chunk = new byte[1 << 16];
    while (bytes.hasRemaining()) {
      int size = Math.min(chunk.length, bytes.remaining());
      in.readFully(chunk, 0, size);
      bytes.put(chunk, 0, size);
    }
    return bytes.flip().asIntBuffer();
  }

  private static int[] array(IntBuffer buffer) {
    int[] values = new int[buffer.limit()];
    buffer.duplicate().rewind().get(values);
    return values;
  }

  /** Running totals: {@code starts[k]} is the sum of the counts before k; one more slot holds the total. */
  private static int[] starts(int[] counts) {
    int[] starts = new int[counts.length + 1];
    for (int k = 0; k < counts.length; k++) {
      starts[k + 1] = starts[k] + counts[k];
    }
    return starts;
  }

  /** Calls {@code sink} for every occurrence of every term in {@code text}, in the order they end. */
  void scan(char[] text, TermHit sink) {
    int state = 0;
    for (int i = 0; i < text.length; i++) {
      state = step(state, text[i]);
      for (int e = emitStarts.get(state), last = emitStarts.get(state + 1); e < last; e++) {
        int term = emits[e];
        sink.hit(i + 1 - l[term], i + 1, entries, entryStart[term], entryStart[term + 1]);
      }
    }
  }

  /** The state after {@code c}, following failure links until a transition exists (the root takes every character). */
  private int step(int state, char c) {
    int next = edge(state, c);
    while (next < 0) {
      state = fails.get(state);
      next = edge(state, c);
    }
    return next;
  }

  private int edge(int state, char c) {
    int from = bases.get(state);
    int to = from + c + 1;
    if (from != checks.get(to)) {
      return state == 0 ? 0 : -1;
    }
    return to;
  }

  /** Writes the arrays; each term's entries as their positions in {@code entryPositions}. */
  void write(DataOutputStream out, IdentityHashMap<LexiconEntry, Integer> entryPositions) throws IOException {
    out.writeInt(size);
    writeInts(out, array(bases));
    writeInts(out, array(checks));
    writeInts(out, array(fails));
    writeInts(out, l);
    writeInts(out, array(emitStarts));
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
    automaton.bases = readDirect(in);
    automaton.checks = readDirect(in);
    automaton.fails = readDirect(in);
    automaton.l = readInts(in, in.readInt());
    automaton.emitStarts = readDirect(in);
    automaton.emits = readInts(in, in.readInt());
    automaton.entryStart = readInts(in, in.readInt());
    int[] positions = readInts(in, in.readInt());
    if (automaton.emitStarts.limit() == 0 || automaton.entryStart.length != automaton.l.length + 1 || automaton.entryStart[automaton.l.length] != positions.length) {
      throw new IOException("the automaton's arrays do not fit together");
    }
    automaton.entries = new LexiconEntry[positions.length];
    for (int k = 0; k < positions.length; k++) {
      automaton.entries[k] = all[positions[k]];
    }
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
