package org.footprint.ingest;

import org.footprint.model.Item;

/**
 * The items a scan has met, so that an item read twice (yearly archives that each hold the whole history, the
 * same zip given twice) is judged once, or listed once in a report. An item is known by its id and its text: ids made from file paths and line
 * numbers ("_chat.txt#12", "drafts.md#3") repeat across different exports, and only the same id with the same words
 * is the same item. Keeps 8 bytes an item: two independent 32-bit hashes side by side, so a million items take
 * 16 MB and a false "seen" is about one in 10^13. Thread-safe.
 */
public final class SeenItems {
  private long[] table = new long[1 << 12];
  private int size;

  /** True the first time an item with this id and text is offered, false after. */
  public boolean firstTime(Item item) {
    return firstTime(item.id(), item.text());
  }

  /** True the first time this id with this text is offered, false after. */
  public synchronized boolean firstTime(String id, String text) {
    long key = hash(id, text);
    int mask = table.length - 1;
    for (int slot = home(key, mask); ; slot = (slot + 1) & mask) {
      if (table[slot] == key) {
        return false;
      }
      if (table[slot] == 0) {
        table[slot] = key;
        if (++size * 2 > table.length) {
          grow();
        }
        return true;
      }
    }
  }

  /**
   * String's own hash beside FNV-1a over the same characters: independent of each other, and read straight from the
   * strings (encoding each text to UTF-8 for a checksum was 2 % of a scan's time).
   */
  private static long hash(String id, String text) {
    int fnv = fnv(fnv(FNV_OFFSET, id) * FNV_PRIME, text); // the step between keeps id "ab" + text "c" apart from "a" + "bc"
    long key = ((long) (31 * id.hashCode() + text.hashCode()) << 32) | (fnv & 0xffffffffL);
    return key == 0 ? 1 : key; // 0 marks an empty slot
  }

  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  private static int fnv(int hash, String text) {
    for (int i = 0; i < text.length(); i++) {
      hash = (hash ^ text.charAt(i)) * FNV_PRIME;
    }
    return hash;
  }

  private static int home(long key, int mask) {
    return (int) (key ^ (key >>> 29)) & mask;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length - 1;
    for (long key : old) {
      if (key != 0) {
        int slot = home(key, mask);
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = key;
      }
    }
  }
}
