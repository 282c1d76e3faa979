package org.footprint.server;

import org.footprint.ingest.IngestLimits;

/**
 * How much the server takes in for scans: uploads are refused with 413 beyond the byte limits, and with 429 when the
 * queue of scans waiting to run is full or the uploads already waiting leave too little of {@code maxInFlightBytes}.
 *
 * @param maxFileBytes one uploaded file
 * @param maxRequestBytes one upload request, all its files together
 * @param maxInFlightBytes every upload not yet scanned and deleted, across scans
 * @param maxQueuedScans scans waiting for a free runner
 * @param concurrentScans scans run at once (each uses every core for its analysis)
 * @param ingest the limits every export is read with, as {@code footprint scan} reads it
 */
public record ScanLimits(long maxFileBytes, long maxRequestBytes, long maxInFlightBytes, int maxQueuedScans, int concurrentScans, IngestLimits ingest) {
  private static final long GIB = 1L << 30;

  public ScanLimits {
    if (maxFileBytes < 1 || maxRequestBytes < 1 || maxInFlightBytes < 1 || maxQueuedScans < 1 || concurrentScans < 1) {
      throw new IllegalArgumentException("every scan limit must be at least 1");
    }
  }

  /** 2 GiB a file, 4 GiB a request, 8 GiB in flight, 16 scans waiting, one scan at a time. */
  public static ScanLimits defaults() {
    return new ScanLimits(2 * GIB, 4 * GIB, 8 * GIB, 16, 1, IngestLimits.defaults());
  }
}
