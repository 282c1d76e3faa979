package org.footprint.ingest;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The keys of the items a scan has passed on (id and text), so that an item read twice (yearly archives that each
 * hold the whole history, the same zip given twice) is judged once. Keeps 8 bytes an item, not the key: two independent 32-bit
 * hashes side by side, so a million items take 16 MB and a false "seen" is about one in 10^13. Thread-safe.
 */
final class SeenItems {
  private long[] table = new long[1 << 12];
  private int size;

  /** True the first time {@code id} is offered, false after. */
  synchronized boolean firstTime(String id) {
    long key = hash(id);
    int mask = table.length - 1;
    for (int slot = (int) (key ^ (key >>> 29)) & mask; ; slot = (slot + 1) & mask) {
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

  private static long hash(String id) {
    CRC32C crc = new CRC32C();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    long key = ((long) id.hashCode() << 32) | crc.getValue();
    return key == 0 ? 1 : key; // 0 marks an empty slot
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length - 1;
    for (long key : old) {
      if (key != 0) {
        int slot = (int) (key ^ (key >>> 29)) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = key;
      }
    }
  }
}
