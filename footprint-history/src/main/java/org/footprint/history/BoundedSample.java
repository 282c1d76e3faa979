package org.footprint.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * At most {@code capacity} values, keyed by item id: when more are offered, those whose ids hash highest are dropped.
 * The hash, not the arrival order, decides, so a scan keeps the same items whichever analysis thread offers them
 * first. Not thread-safe.
 */
final class BoundedSample<T> {
  private record Entry<T>(long hash, String id, T value) {}

  private static final Comparator<Entry<?>> HIGHEST_FIRST = Comparator.comparingLong((Entry<?> e) -> e.hash()).reversed()
      .thenComparing(Entry::id, Comparator.reverseOrder());

  private final int capacity;
  private final PriorityQueue<Entry<T>> kept = new PriorityQueue<>(HIGHEST_FIRST);
  private long dropped;

  BoundedSample(int capacity) {
    this.capacity = capacity;
  }

  void add(String id, T value) {
    kept.add(new Entry<>(hash(id), id, value));
    if (kept.size() > capacity) {
      kept.poll();
      dropped++;
    }
  }

  /** The values kept, in no particular order. */
  List<T> values() {
    List<T> values = new ArrayList<>(kept.size());
    kept.forEach(entry -> values.add(entry.value()));
    return values;
  }

  int size() {
    return kept.size();
  }

  /** How many values were offered beyond the capacity and not kept. */
  long dropped() {
    return dropped;
  }

  /** A 64-bit hash of the id, mixed so that similar ids (tweet ids in a row) spread evenly (MurmurHash3's finaliser). */
  static long hash(String id) {
    long h = 1_125_899_906_842_597L;
    for (int i = 0; i < id.length(); i++) {
      h = 31 * h + id.charAt(i);
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
