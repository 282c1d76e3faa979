package org.footprint.report;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.footprint.ingest.Problem;
import org.footprint.ingest.SourceStats;
import org.footprint.model.Finding;
import org.footprint.model.Item;

/**
 * What {@code footprint scan} produced from real exports: the sources read, how many items, the findings with
 * the items they are about (only those: the other items are not kept), and every problem met on the way.
 *
 * @param flagged the items that have findings, by item id
 */
public record ExportScan(String toolVersion, Instant scannedAt, String packId, String packTitle, List<SourceStats> sources,
    long itemsScanned, List<Finding> findings, Map<String, Item> flagged, List<Problem> problems) {
  public ExportScan {
    sources = List.copyOf(sources);
    findings = List.copyOf(findings);
    flagged = Collections.unmodifiableMap(new HashMap<>(flagged)); // Map.copyOf probes linearly: slow for 100k similar ids
    problems = List.copyOf(problems);
  }
}
