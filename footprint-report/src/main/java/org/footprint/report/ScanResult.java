package org.footprint.report;

import java.time.Instant;
import java.util.List;
import org.footprint.model.Finding;
import org.footprint.model.Item;

/**
 * What one scan produced: the items judged, their findings and, apart from them, their strengths, with the pack
 * and tool version used. Sinks only read it.
 */
public record ScanResult(String toolVersion, Instant scannedAt, String packId, String packTitle, List<Item> items, List<Finding> findings,
    List<Finding> strengths) {
  public ScanResult {
    items = List.copyOf(items);
    findings = List.copyOf(findings);
    strengths = List.copyOf(strengths);
  }
}
