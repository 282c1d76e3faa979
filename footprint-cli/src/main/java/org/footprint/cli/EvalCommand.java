package org.footprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.footprint.analysis.Analyzer;
import org.footprint.config.FootprintConfig;
import org.footprint.eval.EvaluationReport;
import org.footprint.eval.Evaluator;
import org.footprint.rules.RuleCatalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code footprint eval}: precision, recall and F1 per category on a labelled TSV. */
@Command(name = "eval", description = {"Measures accuracy on a labelled file: id<TAB>labels<TAB>text[<TAB>anything], with a header line.",
    "Labels are comma-separated categories or 'none'. A row's prediction is the categories of its findings at low or above."})
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.tsv", description = "The labelled file.")
  Path file;

  @Option(names = "--format", description = "Output: text or json (exactly one JSON object). Default: ${DEFAULT-VALUE}.")
  CheckCommand.OutputFormat format = CheckCommand.OutputFormat.TEXT;

  @Option(names = "--spans", paramLabel = "SPANS.tsv", description = "Human evidence spans (id<TAB>start<TAB>end[<TAB>text]) to score evidence tokens against.")
  Path spans;

  @Option(names = "--show-errors", description = "List every row whose prediction differs from its labels (on standard error).")
  boolean showErrors;

  @Option(names = "--threads", description = "Judging threads. Default: one per processor.")
  int threads;

  @Option(names = "--model", paramLabel = "MODEL.tsv", description = "A word model written by 'footprint train', for the learned rules instead of the built-in one.")
  Path model;

  @Mixin PackOption pack;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), file + ": not found or not readable");
    }
    if (spans != null && !Files.isReadable(spans)) {
      throw new CommandLine.ParameterException(spec.commandLine(), spans + ": not found or not readable");
    }
    Analyzer analyzer = model == null ? pack.analyzer() : new Analyzer(withModel(model), pack.chosen(FootprintConfig.NONE));
    PrintWriter err = spec.commandLine().getErr();
    EvaluationReport report = new Evaluator(analyzer::analyzeText)
        .threads(threads)
        .spans(Optional.ofNullable(spans))
        .errors(showErrors ? Optional.of(error -> err.println(error.toLine())) : Optional.empty())
        .run(file);
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(format == CheckCommand.OutputFormat.JSON ? report.toJson() : report.toTable());
    out.flush();
    return 0;
  }

  private RuleCatalogue withModel(Path file) throws IOException {
    if (!Files.isReadable(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), file + ": not found or not readable");
    }
    RuleCatalogue builtIn = RuleCatalogue.builtIn();
    try (InputStream in = Files.newInputStream(file)) {
      return builtIn.withWordModel(builtIn.readWordModel(file.toString(), in));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
