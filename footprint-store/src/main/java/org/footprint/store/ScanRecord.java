package org.footprint.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.footprint.model.Severity;

/**
 * A complete scan as the store holds it.
 *
 * @param inputs the paths scanned, as given
 * @param flaggedItems items with at least one finding (only those are stored)
 * @param bySeverity the findings counted by severity, most serious first; severities with none left out
 */
public record ScanRecord(long id, Instant startedAt, Instant finishedAt, List<String> inputs, String packId, String toolVersion,
    long itemsScanned, long flaggedItems, long findings, Map<Severity, Long> bySeverity) {
  public ScanRecord {
    inputs = List.copyOf(inputs);
    bySeverity = Map.copyOf(bySeverity);
  }
}
