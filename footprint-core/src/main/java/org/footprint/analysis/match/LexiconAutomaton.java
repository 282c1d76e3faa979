package org.footprint.analysis.match;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * The double-array Aho-Corasick automaton over (encoded) lexicon terms, able to write its arrays and read
 * them back: building one over ~130,000 terms takes seconds and some 200 MB of builder trees, reading the
 * finished arrays takes milliseconds.
 */
final class LexiconAutomaton extends AhoCorasickDoubleArrayTrie<LexiconEntry[]> {

  static LexiconAutomaton over(TreeMap<String, LexiconEntry[]> terms) {
    LexiconAutomaton automaton = new LexiconAutomaton();
    automaton.build(terms);
    return automaton;
  }

  /** Writes the arrays; each term's entries as their positions in {@code entryPositions}. */
  void write(DataOutputStream out, IdentityHashMap<LexiconEntry, Integer> entryPositions) throws IOException {
    out.writeInt(size);
    writeInts(out, base);
    writeInts(out, check);
    writeInts(out, fail);
    writeInts(out, l);
    // per-state and per-term lists as one array of lengths and one of contents: two bulk reads instead of millions of small ones
    int[] emitCounts = new int[output.length];
    int emitTotal = 0;
    for (int state = 0; state < output.length; state++) {
      emitCounts[state] = output[state] == null ? -1 : output[state].length;
      emitTotal += output[state] == null ? 0 : output[state].length;
    }
    int[] emits = new int[emitTotal];
    int at = 0;
    for (int[] stateEmits : output) {
      if (stateEmits != null) {
        System.arraycopy(stateEmits, 0, emits, at, stateEmits.length);
        at += stateEmits.length;
      }
    }
    writeInts(out, emitCounts);
    writeInts(out, emits);
    // one value a term, in the order of the term lengths l (the values array is typed Object[] after build)
    int[] entryCounts = new int[l.length];
    List<Integer> positions = new ArrayList<>();
    for (int term = 0; term < l.length; term++) {
      LexiconEntry[] entries = get(term);
      entryCounts[term] = entries.length;
      for (LexiconEntry entry : entries) {
        positions.add(entryPositions.get(entry));
      }
    }
    writeInts(out, entryCounts);
    writeInts(out, positions.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Reads what {@link #write} wrote; {@code entries} are the lexicons' entries in the writer's order. */
  static LexiconAutomaton read(DataInputStream in, LexiconEntry[] entries) throws IOException {
    LexiconAutomaton automaton = new LexiconAutomaton();
    automaton.size = in.readInt();
    automaton.base = readInts(in, in.readInt());
    automaton.check = readInts(in, in.readInt());
    automaton.fail = readInts(in, in.readInt());
    automaton.l = readInts(in, in.readInt());
    int[] emitCounts = readInts(in, in.readInt());
    int[] emits = readInts(in, in.readInt());
    int[][] output = new int[emitCounts.length][];
    int at = 0;
    for (int state = 0; state < output.length; state++) {
      if (emitCounts[state] >= 0) {
        output[state] = Arrays.copyOfRange(emits, at, at + emitCounts[state]);
        at += emitCounts[state];
      }
    }
    automaton.output = output;
    int[] entryCounts = readInts(in, in.readInt());
    int[] positions = readInts(in, in.readInt());
    LexiconEntry[][] values = new LexiconEntry[entryCounts.length][];
    at = 0;
    for (int term = 0; term < values.length; term++) {
      LexiconEntry[] forTerm = new LexiconEntry[entryCounts[term]];
      for (int k = 0; k < forTerm.length; k++) {
        forTerm[k] = entries[positions[at++]];
      }
      values[term] = forTerm;
    }
    automaton.v = values;
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
