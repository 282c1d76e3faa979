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
    out.writeInt(output.length);
    for (int[] emits : output) {
      if (emits == null) {
        out.writeInt(-1);
      } else {
        writeInts(out, emits);
      }
    }
    // one value a term, in the order of the term lengths l (the values array is typed Object[] after build)
    out.writeInt(l.length);
    for (int term = 0; term < l.length; term++) {
      LexiconEntry[] entries = get(term);
      out.writeInt(entries.length);
      for (LexiconEntry entry : entries) {
        out.writeInt(entryPositions.get(entry));
      }
    }
  }

  /** Reads what {@link #write} wrote; {@code entries} are the lexicons' entries in the writer's order. */
  static LexiconAutomaton read(DataInputStream in, LexiconEntry[] entries) throws IOException {
    LexiconAutomaton automaton = new LexiconAutomaton();
    automaton.size = in.readInt();
    automaton.base = readInts(in, in.readInt());
    automaton.check = readInts(in, in.readInt());
    automaton.fail = readInts(in, in.readInt());
    automaton.l = readInts(in, in.readInt());
    int[][] output = new int[in.readInt()][];
    for (int state = 0; state < output.length; state++) {
      int length = in.readInt();
      output[state] = length < 0 ? null : readInts(in, length);
    }
    automaton.output = output;
    LexiconEntry[][] values = new LexiconEntry[in.readInt()][];
    for (int term = 0; term < values.length; term++) {
      LexiconEntry[] forTerm = new LexiconEntry[in.readInt()];
      for (int k = 0; k < forTerm.length; k++) {
        forTerm[k] = entries[in.readInt()];
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
