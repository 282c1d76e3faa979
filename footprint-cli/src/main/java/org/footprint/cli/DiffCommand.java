package org.footprint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.footprint.store.ScanDiff;
import org.footprint.store.ScanDiffJson;
import org.footprint.store.ScanStore;
import org.footprint.store.StoreSettings;
import org.footprint.store.StoredFinding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code footprint diff SCAN_A SCAN_B}: what changed between two stored scans, finding by finding. */
@Command(name = "diff", description = {"Compares two scans in the store (ids from 'footprint history'): the findings that are new in SCAN_B,",
    "those resolved since SCAN_A (the post was deleted, or edited so the rule no longer fires) and those unchanged."})
final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SCAN_A", description = "The earlier scan's id.")
  long before;

  @Parameters(index = "1", paramLabel = "SCAN_B", description = "The later scan's id.")
  long after;

  @Option(names = "--format", description = "Output: text or json. Default: ${DEFAULT-VALUE}.")
  CheckCommand.OutputFormat format = CheckCommand.OutputFormat.TEXT;

  @Mixin StoreOption store;

  @Mixin ConfigOption config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    StoreSettings settings = store.settings(config.load());
    ScanDiff diff;
    try (ScanStore opened = ScanStore.open(settings)) {
      diff = ScanDiff.between(opened, before, after, id -> new CommandLine.ParameterException(spec.commandLine(),
          "no complete scan " + id + " in the store " + settings + " (see 'footprint history')"));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == CheckCommand.OutputFormat.JSON) {
      out.println(ScanDiffJson.render(diff));
    } else {
      out.printf(Locale.ROOT, "Scan %d (%s) → scan %d (%s): %,d new, %,d resolved, %,d unchanged findings.%n", diff.before().id(), diff.before().startedAt(),
          diff.after().id(), diff.after().startedAt(), diff.newFindings().size(), diff.resolved().size(), diff.unchanged().size());
      section(out, "New", diff.newFindings());
      section(out, "Resolved", diff.resolved());
      section(out, "Unchanged", diff.unchanged());
    }
    out.flush();
    return 0;
  }

  private static void section(PrintWriter out, String title, List<StoredFinding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.println();
    out.printf(Locale.ROOT, "%s (%,d):%n", title, findings.size());
    for (StoredFinding finding : findings) {
      out.printf(Locale.ROOT, "  %-8s %s  %s%n", finding.severity().id(), finding.key(), finding.message());
    }
  }
}
