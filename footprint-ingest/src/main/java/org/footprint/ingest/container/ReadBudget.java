package org.footprint.ingest.container;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The uncompressed bytes one input may still yield, shared by the input and every zip nested in it, so that
 * a zip of zips cannot multiply the total limit.
 */
public final class ReadBudget {
  private final long maxBytes;
  private final AtomicLong used = new AtomicLong();

  public ReadBudget(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Takes {@code count} bytes; false when that passes the limit. */
  boolean take(long count) {
    return used.addAndGet(count) <= maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }
}
