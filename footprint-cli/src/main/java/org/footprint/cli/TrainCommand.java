package org.footprint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.footprint.config.FootprintConfig;
import org.footprint.eval.WordModelTrainer;
import org.footprint.rules.RuleCatalogue;
import org.footprint.scan.WholeFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code footprint train}: fits the word model of the learned rules on labelled files. */
@Command(name = "train", description = {"Trains the word model the learned rules read, on labelled files in the shape 'eval' reads.",
    "Use it with 'eval --model'. The built-in model: footprint train eval/own-dev-*.tsv --output footprint-core/src/main/resources/model/word-model.tsv"})
final class TrainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.tsv", arity = "1..*", description = "Labelled files (id<TAB>labels<TAB>text[<TAB>anything], with a header line).")
  List<Path> files;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the model (written whole or not at all).")
  Path output;

  @Mixin PackOption pack;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), file + ": not found or not readable");
      }
    }
    WordModelTrainer.Trained trained;
    try {
      trained = new WordModelTrainer(RuleCatalogue.builtIn(), pack.chosen(FootprintConfig.NONE), WordModelTrainer.Settings.DEFAULT)
          .train(files);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    WholeFile.write(output, trained::write);
    spec.commandLine().getOut().println(String.join(System.lineSeparator(), trained.comments().subList(1, trained.comments().size())));
    spec.commandLine().getOut().println("wrote " + trained.weights().size() + " features to " + output);
    return 0;
  }
}
