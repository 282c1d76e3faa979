package org.footprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.footprint.analysis.Analyzer;
import org.footprint.model.Severity;
import org.footprint.policy.PolicyPack;
import org.footprint.scan.CorpusScan;
import org.footprint.scan.WholeFile;
import picocli.CommandLine;

/**
 * {@code footprint scan CORPUS.jsonl --format jsonl}: a researcher's corpus judged on this machine's cores as the Spark
 * job judges it, each finding printed as a JSON line as soon as its batch is judged, and a summary on standard error.
 * The rules are the pack's built-in ones, as on Spark: the user's own settings and watch-list are for their own posts.
 */
final class CorpusRun {
  private final CommandLine.Model.CommandSpec spec;
  private final PolicyPack pack;
  private final Instant scannedAt;
  private final Path output;

  CorpusRun(CommandLine.Model.CommandSpec spec, PolicyPack pack, Instant scannedAt, Path output) {
    this.spec = spec;
    this.pack = pack;
    this.scannedAt = scannedAt;
    this.output = output;
  }

  /** A file whose name says JSON Lines: what {@code --format jsonl} reads as a corpus. */
  static boolean isJsonLines(Path input) {
    String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(input) && (name.endsWith(".jsonl") || name.endsWith(".ndjson"));
  }

  /** Judges every corpus in turn and returns the exit code, as {@code check}'s. */
  int scan(List<Path> corpora, Severity threshold) throws IOException {
    CorpusScan scan = new CorpusScan(Analyzer.builtIn(pack.id()), scannedAt, "corpus", Runtime.getRuntime().availableProcessors());
    // Timed from when the rules are loaded: the rate is the judging's.
    long started = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    Totals totals = new Totals();
    if (output == null) {
      PrintWriter console = spec.commandLine().getOut();
      judgeAll(scan, corpora, console, err, totals);
      console.flush();
    } else {
      // Written whole or not at all, as every report.
      WholeFile.write(output, out -> judgeAll(scan, corpora, out, err, totals));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf(Locale.ROOT, "footprint: %,d posts judged in %.1f s (%,.0f posts/s) against the %s code%n", totals.judged, seconds,
        totals.judged / seconds, pack.title());
    if (totals.judged == 0) {
      err.println("footprint: no line of " + corpora.stream().map(Path::toString).collect(Collectors.joining(", "))
          + " could be judged: each needs a JSON object with \"id\", \"author\" and \"text\"");
      err.flush();
      return FootprintCommand.ERROR;
    }
    err.flush();
    return totals.highest != null && totals.highest.atLeast(threshold) ? FootprintCommand.FINDINGS : 0;
  }

  /** Each corpus fails alone: one that cannot be read is said on standard error, and the others are still judged. */
  private static void judgeAll(CorpusScan scan, List<Path> corpora, Writer out, PrintWriter err, Totals totals) throws IOException {
    for (Path corpus : corpora) {
      CorpusScan.Outcome outcome;
      try {
        outcome = scan.run(corpus, out);
      } catch (CorpusScan.UnreadableCorpusException e) {
        err.println("footprint: " + corpus + ": cannot be read: " + e.getMessage());
        continue;
      }
      totals.judged += outcome.judged();
      if (outcome.highest() != null && (totals.highest == null || outcome.highest().atLeast(totals.highest))) {
        totals.highest = outcome.highest();
      }
      err.println(summary(corpus, outcome));
    }
  }

  /** What every corpus of the run adds up to. */
  private static final class Totals {
    long judged;
    Severity highest;
  }

  /** "corpus.jsonl: 1,000 lines, 998 judged, 2 skipped (corpus.missing-text 2); 150 findings (high 3, medium 40, …)". */
  private static String summary(Path corpus, CorpusScan.Outcome outcome) {
    Map<String, Long> skipped = new TreeMap<>();
    outcome.skipped().forEach((problem, n) -> skipped.put(problem.code(), n));
    long skippedRows = outcome.skipped().values().stream().mapToLong(Long::longValue).sum();
    String bySeverity = outcome.findingsBySeverity().entrySet().stream().sorted(Map.Entry.<Severity, Long>comparingByKey().reversed())
        .map(e -> e.getKey().id() + " " + String.format(Locale.ROOT, "%,d", e.getValue())).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "%s: %,d lines, %,d judged, %,d skipped%s; %,d findings%s", corpus, outcome.lines(), outcome.judged(), skippedRows,
        skipped.isEmpty() ? "" : " (" + skipped.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")",
        outcome.findings(), bySeverity.isEmpty() ? "" : " (" + bySeverity + ")");
  }
}
