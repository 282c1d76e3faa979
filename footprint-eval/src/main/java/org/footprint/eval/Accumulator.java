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
  /**
   * Rows by whether they have any gold label and by their predicted category mask, so that "any" can be
   * scored at the end against only the categories the file labels: a data set says nothing about the
   * categories it does not label (see ../shared/eval/SOURCES.md), so predictions there are not errors.
   */
  final long[] labelledByPrediction = new long[1 << Labels.CATEGORIES.length];
  final long[] unlabelledByPrediction = new long[1 << Labels.CATEGORIES.length];
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
      labelledByPrediction[(int) predicted]++;
    } else {
      unlabelledByPrediction[(int) predicted]++;
      if (atLeastMedium) {
        benignFlaggedMedium++;
      }
    }
  }

  /** "Has any gold label" against "has a prediction in one of the {@code scope} categories". */
  long[] anyCounts(long scope) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int mask = 0; mask < labelledByPrediction.length; mask++) {
      boolean predicted = (mask & scope) != 0;
      if (predicted) {
        tp += labelledByPrediction[mask];
        fp += unlabelledByPrediction[mask];
      } else {
        fn += labelledByPrediction[mask];
      }
    }
    return new long[] {tp, fp, fn};
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
    for (int mask = 0; mask < labelledByPrediction.length; mask++) {
      labelledByPrediction[mask] += other.labelledByPrediction[mask];
      unlabelledByPrediction[mask] += other.unlabelledByPrediction[mask];
    }
    benignFlaggedMedium += other.benignFlaggedMedium;
    tokenTp += other.tokenTp;
    tokenFp += other.tokenFp;
    tokenFn += other.tokenFn;
    other.unknownLabels.forEach((name, count) -> unknownLabels.merge(name, count, Long::sum));
  }
}
