package org.footprint.ingest;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters of a running scan, safe to read from another thread (e.g. for a progress bar). */
public final class IngestProgress {
  private final AtomicLong items = new AtomicLong();
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicLong bytesExpected = new AtomicLong();

  /** Items handed to the sink so far. */
  public long items() {
    return items.get();
  }

  /** Uncompressed bytes read so far. */
  public long bytesRead() {
    return bytesRead.get();
  }

  /** Uncompressed bytes of every entry found so far: grows as nested zips are opened. */
  public long bytesExpected() {
    return bytesExpected.get();
  }

  void addItem() {
    items.incrementAndGet();
  }

  void addBytesRead(long count) {
    bytesRead.addAndGet(count);
  }

  void addBytesExpected(long count) {
    bytesExpected.addAndGet(count);
  }
}
