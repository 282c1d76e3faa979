package org.footprint.eval;

import java.util.HashMap;
import java.util.Map;

/** One worker's running counts; merged into one at the end of a run. Not thread-safe by design. */
final class Accumulator {
  final long[] support = new long[Labels.CATEGORIES.length];
  final long[] tp = new long[Labels.CATEGORIES.length];
  final long[] fp = new long[Labels.CATEGORIES.length];
  final long[] fn = new long[Labels.CATEGORIES.length];
  long rows;
  long skipped;
  long anyTp;
  long anyFp;
  long anyFn;
  long benignFlaggedMedium;
  long tokenTp;
  long tokenFp;
  long tokenFn;
  final Map<String, Long> unknownLabels = new HashMap<>();

  /** Counts one judged row: {@code gold} and {@code predicted} are category bit masks. */
  void add(long gold, long predicted, boolean atLeastMedium) {
    rows++;
    long touched = gold | predicted;
    while (touched != 0) {
      int bit = Long.numberOfTrailingZeros(touched);
      touched &= touched - 1;
      long mask = 1L << bit;
      if ((gold & mask) != 0) {
        support[bit]++;
        if ((predicted & mask) != 0) {
          tp[bit]++;
        } else {
          fn[bit]++;
        }
      } else {
        fp[bit]++;
      }
    }
    if (gold != 0) {
      if (predicted != 0) {
        anyTp++;
      } else {
        anyFn++;
      }
    } else {
      if (predicted != 0) {
        anyFp++;
      }
      if (atLeastMedium) {
        benignFlaggedMedium++;
      }
    }
  }

  void merge(Accumulator other) {
    for (int i = 0; i < support.length; i++) {
      support[i] += other.support[i];
      tp[i] += other.tp[i];
      fp[i] += other.fp[i];
      fn[i] += other.fn[i];
    }
    rows += other.rows;
    skipped += other.skipped;
    anyTp += other.anyTp;
    anyFp += other.anyFp;
    anyFn += other.anyFn;
    benignFlaggedMedium += other.benignFlaggedMedium;
    tokenTp += other.tokenTp;
    tokenFp += other.tokenFp;
    tokenFn += other.tokenFn;
    other.unknownLabels.forEach((name, count) -> unknownLabels.merge(name, count, Long::sum));
  }
}
