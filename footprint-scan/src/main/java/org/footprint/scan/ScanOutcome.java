package org.footprint.scan;

import java.nio.file.Path;
import java.util.List;
import org.footprint.model.Severity;
import org.footprint.report.ExportScan;
import org.footprint.report.FindingsByTime;

/**
 * What a finished scan produced.
 *
 * @param scan the sources, counts, settings to check and problems; its findings were read into the reports and went
 *     with the scratch folder, so read them from {@link #reportFiles}
 * @param tally the findings counted as the text summary shows them
 * @param flaggedItems items with one finding or more
 * @param reportFiles the reports written, in the order written
 * @param configured the user's settings in one line ("" when none changes anything)
 * @param nothingRead true when not a single item could be read
 * @param storedScanId the scan's id in the store, or null when it was not saved (no store, or nothing read)
 */
public record ScanOutcome(ExportScan scan, ScanTally tally, FindingsByTime byTime, long flaggedItems, List<Path> reportFiles, String configured,
    boolean nothingRead, Long storedScanId) {
  public ScanOutcome {
    reportFiles = List.copyOf(reportFiles);
  }

  /** The most serious finding not yet reviewed, or null when none is open. */
  public Severity highestOpen() {
    return tally.highestOpen();
  }
}
