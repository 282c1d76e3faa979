package org.footprint.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.footprint.ingest.Problem;
import org.footprint.ingest.SourceStats;
import org.footprint.review.Reviews;
import org.footprint.settings.SettingToCheck;

/**
 * What {@code footprint scan} produced from real exports: the sources read, how many items, the findings with
 * the items they are about (only those: the other items are not kept), and every problem met on the way.
 *
 * @param findings read in report order when the report is written; a large scan keeps them on disk ({@link FindingSpill})
 * @param strengths what is good in the presence (category {@code strength}, info), kept and written apart from the findings
 * @param settingsToCheck the privacy settings the exports suggest looking at, in the settings file's order
 * @param reviews the user's decisions on findings, which every report shows ({@link Reviews#NONE} when there are none)
 */
public record ExportScan(String toolVersion, Instant scannedAt, String packId, String packTitle, List<SourceStats> sources,
    long itemsScanned, ReportedFindings findings, ReportedFindings strengths, List<SettingToCheck> settingsToCheck, List<Problem> problems,
    Reviews reviews) {
  public ExportScan {
    sources = List.copyOf(sources);
    settingsToCheck = List.copyOf(settingsToCheck);
    problems = List.copyOf(problems);
    Objects.requireNonNull(reviews, "reviews");
  }
}
