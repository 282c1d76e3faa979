package org.footprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.footprint.config.FootprintConfig;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.IngestProgress;
import org.footprint.ingest.Problem;
import org.footprint.ingest.SourceStats;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.policy.ItemAge;
import org.footprint.policy.PolicyPack;
import org.footprint.report.ExportScan;
import org.footprint.report.FindingsByTime;
import org.footprint.report.ItemFinding;
import org.footprint.report.ReportFormat;
import org.footprint.scan.ExportScanJob;
import org.footprint.scan.ScanOutcome;
import org.footprint.scan.ScanRequest;
import org.footprint.scan.ScanTally;
import org.footprint.settings.SettingToCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code footprint scan}: the user's real exports, read safely and judged item by item. */
@Command(name = "scan", description = {"Scans your data exports (zips, unpacked folders, draft files) and explains every finding.",
    "Recognises each export by its content; several inputs, and zips inside zips, are fine.",
    "A file that cannot be read is listed as a problem and the rest is still scanned."})
final class ScanCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Export zips, unpacked export folders, or draft files.")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the reports and scratch files (removed after). Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("footprint-scan");

  @Option(names = "--report", paramLabel = "FORMAT", split = ",", converter = ReportFormatConverter.class,
      description = "Reports to write in --out, repeatable or comma-separated: html, json, csv, jsonl (report.html, …). Default: json.")
  List<ReportFormat> reports = List.of(ReportFormat.JSON);

  @Option(names = "--format", description = "Output: text or json. Default: ${DEFAULT-VALUE}.")
  CheckCommand.OutputFormat format = CheckCommand.OutputFormat.TEXT;

  @Option(names = "--output", paramLabel = "FILE", description = "With --format json, write the document here instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = CheckCommand.FAIL_ON, converter = CheckCommand.SeverityConverter.class)
  Severity failOn;

  @Mixin PackOption pack;

  @Mixin ConfigOption config;

  @Mixin StoreOption store;

  @Option(names = "--no-store", description = "Do not save this scan to the store (nor read review decisions from it).")
  boolean noStore;

  @Option(names = "--show-reviewed", description = "Also list the findings you already reviewed (hidden by default, but counted).")
  boolean showReviewed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** How many flagged items the text output shows in full, most serious first (the demo shows fewer); all are in the report. */
  int shownItems = 100;

  /** The scan's time: what items' ages are counted against (tests fix it). */
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException {
    FootprintConfig settings = config.load();
    PolicyPack chosen = pack.chosen(settings);
    List<ReportFormat> written = new ArrayList<>(reports);
    if (format == CheckCommand.OutputFormat.JSON) {
      // What --format json prints is report.json.
      written.add(ReportFormat.JSON);
    }
    IngestProgress progress = new IngestProgress();
    ScanRequest request = new ScanRequest(inputs, inputs.stream().map(Path::toString).toList(), out, written, chosen, settings,
        ConfigOption.watchList(), noStore ? null : () -> store.open(settings), showReviewed, shownItems, clock, progress, IngestLimits.defaults(),
        FootprintCommand.version());
    ScanOutcome outcome;
    try (AutoCloseable bar = ProgressBar.showIfTerminal(progress)) {
      outcome = new ExportScanJob(request).run();
    } catch (ExportScanJob.UnusableOutputException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + e.getMessage());
    } catch (RuntimeException | IOException e) {
      throw e;
    } catch (Exception e) {
      // Only closing the progress bar declares more.
      throw new IllegalStateException(e);
    }
    return report(outcome, CheckCommand.failOn(failOn, settings));
  }

  /** Prints the scan (text, or report.json), and returns the exit code. */
  private int report(ScanOutcome outcome, Severity threshold) throws IOException {
    ExportScan scan = outcome.scan();
    PrintWriter console = spec.commandLine().getOut();
    if (format == CheckCommand.OutputFormat.JSON) {
      Path report = out.resolve(ReportFormat.JSON.fileName());
      if (output != null) {
        copy(report, output);
      } else {
        try (Reader json = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
          json.transferTo(console);
        }
      }
    } else {
      printText(console, outcome);
    }
    console.flush();
    if (outcome.nothingRead()) {
      spec.commandLine().getErr().println("footprint: nothing could be read from " + inputs.stream().map(Path::toString).collect(Collectors.joining(", "))
          + (scan.problems().isEmpty() ? "" : " (" + scan.problems().get(0).code() + ": " + scan.problems().get(0).message() + ")"));
      spec.commandLine().getErr().flush();
      return FootprintCommand.ERROR;
    }
    // What the user already reviewed never fails the scan: suppression is by review decision.
    return outcome.highestOpen() != null && outcome.highestOpen().atLeast(threshold) ? FootprintCommand.FINDINGS : 0;
  }

  private static void copy(Path report, Path output) {
    try {
      Files.copy(report, output, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(output + ": cannot be written: " + e.getMessage(), e);
    }
  }

  private static final Map<Involvement, String> SECTION_TITLES = Map.of(
      Involvement.AUTHORED, "What you wrote",
      Involvement.ENDORSED, "What you endorsed (likes, reposts, boosts)",
      Involvement.BY_OTHERS, "What others posted where it is linked to you (your timeline, photos you are tagged in)",
      Involvement.RECEIVED, "What was sent to you");

  private void printText(PrintWriter console, ScanOutcome outcome) {
    ExportScan scan = outcome.scan();
    ScanTally tally = outcome.tally();
    FindingsByTime byTime = outcome.byTime();
    String settings = outcome.configured();
    console.printf(Locale.ROOT, "Footprint scan: %,d items from %d %s against the %s code: %,d findings.%n", scan.itemsScanned(), scan.sources().size(),
        scan.sources().size() == 1 ? "source" : "sources", scan.packTitle(), tally.findings());
    if (!settings.isEmpty()) {
      console.println("Settings: " + settings + ".");
    }
    if (tally.reviewed() > 0) {
      console.printf(Locale.ROOT, showReviewed ? "%,d findings you already reviewed are listed too: %s.%n"
          : "%,d findings you already reviewed are hidden: %s; `--show-reviewed` to list them.%n", tally.reviewed(), tally.reviewedCounts());
    }
    console.println();
    Map<String, List<SourceStats>> byPlatform = new TreeMap<>();
    scan.sources().forEach(s -> byPlatform.computeIfAbsent(s.platform() == null ? "(not read)" : s.platform(), p -> new ArrayList<>()).add(s));
    for (Map.Entry<String, List<SourceStats>> platform : byPlatform.entrySet()) {
      ScanTally.PlatformCounts own = tally.platform(platform.getKey());
      long items = platform.getValue().stream().mapToLong(SourceStats::items).sum();
      long problems = platform.getValue().stream().mapToLong(s -> s.problems().size()).sum();
      console.printf(Locale.ROOT, "%-12s %,9d items  %,6d findings  %,4d problems%n", platform.getKey(), items, own.findings(), problems);
      if (own.findings() > 0) {
        console.println("    by severity: " + ScanTally.counts(own.bySeverity()));
        console.println("    by category: " + ScanTally.counts(own.byCategory()));
      }
    }
    if (tally.findings() > 0) {
      console.println("by involvement: " + tally.involvementCounts());
      console.println("by year: " + ScanTally.counts(byTime.byYear()));
      Map<String, Long> old = byTime.oldItems();
      if (!old.isEmpty()) {
        int years = ItemAge.builtIn().olderThanYears();
        console.printf(Locale.ROOT, "old items with findings (%d %s or more): %,d (%s); clear them out in bulk: the report lists under old_items the links the exports give%n",
            years, years == 1 ? "year" : "years", old.values().stream().mapToLong(Long::longValue).sum(), ScanTally.counts(old));
      }
      console.println();
      tally.printTable(console);
    }
    if (!scan.problems().isEmpty()) {
      console.println();
      console.println("Problems (the rest was still scanned):");
      for (Problem problem : scan.problems()) {
        console.println("  " + problem.file() + (problem.entry() == null ? "" : " [" + problem.entry() + "]") + ": " + problem.code() + ": " + problem.message());
      }
    }
    FindingPrinter printer = new FindingPrinter(console, FindingPrinter.colourWanted());
    // What only the whole history shows comes first, every finding of it; then a section per involvement, never
    // mixed; in each, one heading per item with its findings under it, items in the order of their most serious finding.
    printSection(console, printer, "What only your whole history shows (clues and patterns across posts and photos)", tally.acrossItems());
    for (Involvement involvement : Involvement.values()) {
      printSection(console, printer, SECTION_TITLES.get(involvement), tally.shownItems(involvement));
    }
    if (outcome.flaggedItems() > tally.shownCount()) {
      console.println();
      console.printf(Locale.ROOT, "… and %,d more items with findings: see the report.%n", outcome.flaggedItems() - tally.shownCount());
    }
    printStrengths(console, tally, printer);
    printSettings(console, scan.settingsToCheck());
    console.println();
    for (Path report : outcome.reportFiles()) {
      console.println("Report written to " + report.toAbsolutePath().normalize());
    }
  }

  /** What is good in the presence, after every risk section and never mixed with them. */
  private static void printStrengths(PrintWriter console, ScanTally tally, FindingPrinter printer) {
    if (tally.strengths() == 0) {
      return;
    }
    console.println();
    console.println("═══ What is good in your presence");
    console.printf(Locale.ROOT, "%,d strengths: posts that show what your presence can do for the people you serve (not risks, nothing to fix): %s%n",
        tally.strengths(), tally.strengthCounts());
    String lastItem = null;
    for (ItemFinding shown : tally.shownStrengths()) {
      // An item's strengths are next to each other in report order: one heading for them all.
      if (!shown.item().id().equals(lastItem)) {
        console.println();
        console.println(heading(shown.item()));
        lastItem = shown.item().id();
      }
      printer.print(shown.item().text(), shown.finding());
    }
    if (tally.strengths() > tally.shownStrengths().size()) {
      console.println();
      console.printf(Locale.ROOT, "… and %,d more: see \"strengths\" in the report.%n", tally.strengths() - tally.shownStrengths().size());
    }
  }

  /** The privacy settings the exports suggest checking, with what in the export showed it, why and how. */
  private static void printSettings(PrintWriter console, List<SettingToCheck> settings) {
    if (settings.isEmpty()) {
      return;
    }
    console.println();
    console.println("═══ Settings to check");
    for (SettingToCheck setting : settings) {
      console.println();
      console.println("── " + setting.platform() + ": " + setting.title() + "  [" + setting.id() + "]");
      console.println("    Found: " + String.join("; ", setting.evidence()));
      console.println("    Why: " + setting.why());
      console.println("    How: " + setting.how());
    }
  }

  /** "── twitter 1234 · 2024-03-01T09:00:00Z · post · audience public". */
  private static String heading(Item item) {
    return "── " + item.platform() + " " + (item.nativeId() == null ? item.id() : item.nativeId())
        + (item.createdAt() == null ? "" : " · " + item.createdAt()) + " · " + item.kind().id() + " · audience " + item.audience().id();
  }

  private static void printSection(PrintWriter console, FindingPrinter printer, String title, List<ScanTally.ShownItem> section) {
    if (section.isEmpty()) {
      return;
    }
    console.println();
    console.println("═══ " + title);
    for (ScanTally.ShownItem shown : section) {
      Item item = shown.item();
      console.println();
      console.println(heading(item));
      for (Finding finding : shown.findings()) {
        printer.print(item.text(), finding);
      }
    }
  }

  /** "html" → {@link ReportFormat#HTML}, as a usage error when unknown. */
  static final class ReportFormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
