package org.footprint.scan;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.footprint.config.FootprintConfig;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.IngestProgress;
import org.footprint.policy.PolicyPack;
import org.footprint.report.ReportFormat;
import org.footprint.store.ScanStore;
import org.footprint.watch.WatchList;

/**
 * What one scan reads, how it judges and where its results go.
 *
 * @param inputs the exports, folders and files to read
 * @param inputNames how the reports, their problems and the store name the inputs, one per input (the paths as given on the
 *     command line; the names of the files uploaded to the server, never where the server keeps them)
 * @param out the folder the reports are written to, and the scratch folder made in (deleted when the scan ends)
 * @param reports the reports to write, each {@code out/report.<format>}, in this order (the first is counted as it is written)
 * @param pack the code to judge against, already chosen (an unknown id is the caller's usage error)
 * @param store opens the store the scan is saved to and review decisions come from; null for no store
 * @param showReviewed whether findings already reviewed are counted among the shown ones too
 * @param shownItems how many flagged items per section the tally keeps whole (0: counts only)
 * @param clock the scan's time, which items' ages are counted against
 * @param progress live counters, and the switch that cancels the scan from another thread
 */
public record ScanRequest(List<Path> inputs, List<String> inputNames, Path out, List<ReportFormat> reports, PolicyPack pack, FootprintConfig config,
    WatchList watchList, StoreOpener store, boolean showReviewed, int shownItems, Clock clock, IngestProgress progress, IngestLimits limits,
    String toolVersion) {

  /** Opens the scan store when the scan starts; the scan closes it when it ends. */
  @FunctionalInterface
  public interface StoreOpener {
    ScanStore open();
  }

  public ScanRequest {
    inputs = List.copyOf(inputs);
    inputNames = List.copyOf(inputNames);
    if (inputNames.size() != inputs.size()) {
      throw new IllegalArgumentException(inputs.size() + " inputs but " + inputNames.size() + " names");
    }
    reports = List.copyOf(new LinkedHashSet<>(reports));
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(watchList, "watchList");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(limits, "limits");
  }
}
