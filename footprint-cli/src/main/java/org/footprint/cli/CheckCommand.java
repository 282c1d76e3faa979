package org.footprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.footprint.analysis.Analyzer;
import org.footprint.analysis.Assessment;
import org.footprint.config.ConfiguredAnalysis;
import org.footprint.config.DraftVerdict;
import org.footprint.config.FootprintConfig;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.report.JsonReport;
import org.footprint.report.ScanResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code footprint check}: is this OK to post? */
@Command(name = "check", description = {"Checks one text (a draft post) and explains every finding.",
    "Reads the text from the argument, or from standard input when there is none."})
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The text to check. Omit to read standard input.")
  String text;

  @Option(names = "--format", description = "Output: text or json. Default: ${DEFAULT-VALUE}.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = FAIL_ON, converter = SeverityConverter.class)
  Severity failOn;

  @Mixin PackOption pack;

  @Mixin ConfigOption config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    FootprintConfig settings = config.load();
    Severity threshold = failOn(failOn, settings);
    ConfiguredAnalysis configured = pack.analysisLoader(settings, ConfigOption.watchList()).get();
    String input = text != null ? text : new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
    Analyzer analyzer = configured.analyzer();
    Item item = Item.draft("draft:1", input);
    Assessment assessment = analyzer.assess(item);
    List<Finding> findings = assessment.risks();
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.println(JsonReport.toJson(new ScanResult(FootprintCommand.version(), Instant.now(), analyzer.pack().id(), analyzer.pack().title(), List.of(item), findings,
          assessment.strengths())));
    } else {
      FindingPrinter printer = new FindingPrinter(out, FindingPrinter.colourWanted());
      if (!configured.summary().isEmpty()) {
        out.println("Settings: " + configured.summary() + ".");
      }
      DraftVerdict verdict = DraftVerdict.of(findings, threshold, analyzer.pack());
      out.println(verdict.line());
      if (!findings.isEmpty()) {
        out.println();
        for (Finding finding : findings) {
          printer.print(input, finding);
          out.println();
        }
      }
      if (!assessment.strengths().isEmpty()) {
        if (findings.isEmpty()) {
          out.println();
        }
        out.println("What is good in this text (not a risk; nothing to fix):");
        for (Finding strength : assessment.strengths()) {
          printer.print(input, strength);
        }
      }
    }
    out.flush();
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold)) ? FootprintCommand.FINDINGS : 0;
  }

  enum OutputFormat { TEXT, JSON }

  static final String FAIL_ON = "Exit 1 when a finding is at or above this: info, low, medium, high, critical. Default: the settings file's fail_on, else medium.";

  /** The option's threshold, else the settings file's, else medium. */
  static Severity failOn(Severity option, FootprintConfig settings) {
    return FootprintConfig.chosen(option, settings.failOn(), Severity.MEDIUM);
  }

  /** Accepts severities by their lower-case ids. */
  static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      return Severity.parse(value);
    }
  }
}
