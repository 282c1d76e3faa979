package org.footprint.ingest;

/**
 * Thrown out of a scan whose {@link IngestProgress#cancel} was called: reading stopped at the next item or entry, and
 * nothing the scan found so far is to be kept.
 */
public final class ScanCancelledException extends RuntimeException {
  public ScanCancelledException() {
    super("the scan was cancelled", null, false, false);
  }
}
