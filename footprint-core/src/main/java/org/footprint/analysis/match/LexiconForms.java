package org.footprint.analysis.match;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Every normalised form of a lexicon's lines, kept as one block of UTF-8 with offsets: half a million forms as
 * strings took ~50 MB of heap, more than a scan in 256 MB can spare for text that is only read at start-up
 * (the automaton holds the forms it matches). Immutable.
 */
public final class LexiconForms {
  private final byte[] utf8;
  /** Form k is {@code utf8[ends[k - 1] .. ends[k])}, the first from 0. */
  private final int[] ends;
  /** The line each form belongs to. */
  private final LexiconEntry[] entries;

  LexiconForms(byte[] utf8, int[] ends, LexiconEntry[] entries) {
    if (ends.length != entries.length || ends.length > 0 && ends[ends.length - 1] != utf8.length) {
      throw new IllegalArgumentException("forms and their lines do not fit together");
    }
    for (int k = 0; k < ends.length; k++) {
      if (ends[k] < (k == 0 ? 0 : ends[k - 1])) {
        throw new IllegalArgumentException("form " + k + " ends before it starts");
      }
    }
    this.utf8 = utf8;
    this.ends = ends;
    this.entries = entries;
  }

  /** The forms of {@code terms}, form k belonging to {@code entries[k]}. */
  static LexiconForms of(List<String> terms, List<LexiconEntry> entries) {
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    int[] ends = new int[terms.size()];
    for (int k = 0; k < ends.length; k++) {
      utf8.writeBytes(terms.get(k).getBytes(StandardCharsets.UTF_8));
      ends[k] = utf8.size();
    }
    return new LexiconForms(utf8.toByteArray(), ends, entries.toArray(new LexiconEntry[0]));
  }

  public int size() {
    return ends.length;
  }

  /** The k-th form's term, as the detectors see it. */
  public String term(int k) {
    int start = k == 0 ? 0 : ends[k - 1];
    return new String(utf8, start, ends[k] - start, StandardCharsets.UTF_8);
  }

  /** The line the k-th form belongs to. */
  public LexiconEntry entry(int k) {
    return entries[k];
  }

  /** Equal when the same terms belong to equal lines in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof LexiconForms that && Arrays.equals(utf8, that.utf8) && Arrays.equals(ends, that.ends) && Arrays.equals(entries, that.entries);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(utf8) + Arrays.hashCode(ends);
  }

  byte[] utf8() {
    return utf8;
  }

  int[] ends() {
    return Arrays.copyOf(ends, ends.length);
  }
}
