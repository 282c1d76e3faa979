package org.footprint.ingest;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of a running scan, safe to read from another thread (e.g. for a progress bar), and the switch that
 * cancels it from another thread.
 */
public final class IngestProgress {
  private final AtomicLong items = new AtomicLong();
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicLong bytesExpected = new AtomicLong();
  private final AtomicLong problems = new AtomicLong();
  private volatile Path currentInput;
  private volatile boolean cancelled;

  /** Asks the scan to stop: it stops reading at its next item or entry and ends with {@link ScanCancelledException}. */
  public void cancel() {
    cancelled = true;
  }

  public boolean cancelled() {
    return cancelled;
  }

  /** Throws {@link ScanCancelledException} once {@link #cancel} was called: the readers ask between items and entries. */
  public void stopIfCancelled() {
    if (cancelled) {
      throw new ScanCancelledException();
    }
  }

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

  /** Problems met so far. */
  public long problems() {
    return problems.get();
  }

  /** The input read most recently started (inputs are read in parallel), or null before the first. */
  public Path currentInput() {
    return currentInput;
  }

  void reading(Path input) {
    currentInput = input;
  }

  void addProblem() {
    problems.incrementAndGet();
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
