package org.footprint.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.footprint.model.Severity;
import org.footprint.store.ScanRecord;
import org.footprint.store.ScanStore;
import org.footprint.store.StoreSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code footprint history}: the scans in the store, newest first. */
@Command(name = "history", description = "Lists the scans saved in the store, newest first: id, when, inputs, pack, items, findings by severity.")
final class HistoryCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Mixin ConfigOption config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    StoreSettings settings = store.settings(config.load());
    List<ScanRecord> scans;
    try (ScanStore opened = ScanStore.open(settings)) {
      scans = opened.history();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (scans.isEmpty()) {
      out.println(StoreOption.noScans(settings));
    } else {
      out.printf(Locale.ROOT, "%6s  %-20s  %-12s %10s %9s  %-40s  %s%n", "scan", "when (UTC)", "pack", "items", "findings", "by severity", "inputs");
      for (ScanRecord scan : scans) {
        out.printf(Locale.ROOT, "%6d  %-20s  %-12s %,10d %,9d  %-40s  %s%n", scan.id(), scan.startedAt().truncatedTo(ChronoUnit.SECONDS),
            scan.packId(), scan.itemsScanned(), scan.findings(), bySeverity(scan), String.join(", ", scan.inputs()));
      }
    }
    out.flush();
    return 0;
  }

  /** e.g. {@code high 2, medium 5}, most serious first. */
  static String bySeverity(ScanRecord scan) {
    return Stream.of(Severity.values()).sorted(Comparator.reverseOrder()).filter(scan.bySeverity()::containsKey)
        .map(s -> s.id() + " " + scan.bySeverity().get(s)).collect(Collectors.joining(", "));
  }
}
