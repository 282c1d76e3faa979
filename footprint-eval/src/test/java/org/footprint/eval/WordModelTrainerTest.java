package org.footprint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.footprint.analysis.learn.WordModel;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordModelTrainerTest {
  private static final Path OWN_EVAL = Path.of("..", "eval");

  private static WordModelTrainer trainer() {
    return new WordModelTrainer(RuleCatalogue.builtIn(), PolicyPacks.loadBuiltIn().defaultPack(), WordModelTrainer.Settings.DEFAULT);
  }

  private static String written(WordModelTrainer.Trained trained) throws IOException {
    StringWriter out = new StringWriter();
    trained.write(out);
    return out.toString();
  }

  /** Forty rows of our own: the word "parsnip" means hostility, "turnip" nothing. */
  private static Path labelled(Path dir) throws IOException {
    List<String> lines = new ArrayList<>(List.of("id\tlabels\ttext"));
    for (int i = 0; i < 20; i++) {
      lines.add("p" + i + "\thostility\tthat parsnip of a manager " + i);
      lines.add("t" + i + "\tnone\tthat turnip from the allotment " + i);
    }
    return Files.write(dir.resolve("own.tsv"), lines);
  }

  @Test
  void the_same_rows_give_the_same_file_and_the_model_learns_what_the_labels_say(@TempDir Path dir) throws IOException {
    Path file = labelled(dir);
    WordModelTrainer.Trained first = trainer().train(List.of(file));
    assertThat(written(first)).isEqualTo(written(trainer().train(List.of(file))));
    assertThat(first.weights().get("w:parsnip")[0]).isPositive();
    assertThat(first.weights().get("w:turnip")[0]).isNegative();
    assertThat(first.comments()).anySatisfy(c -> assertThat(c).contains("own.tsv (40 rows)"));
    WordModel model = RuleCatalogue.builtIn().readWordModel("trained", new java.io.ByteArrayInputStream(written(first).getBytes(StandardCharsets.UTF_8)));
    assertThat(model.threshold(org.footprint.model.Category.HOSTILITY)).isBetween(0.2, 1.0);
  }

  @Test
  void the_features_most_rows_hold_come_first_in_the_file(@TempDir Path dir) throws IOException {
    WordModelTrainer.Trained trained = trainer().train(List.of(labelled(dir)));
    List<String> names = new ArrayList<>(trained.weights().keySet());
    // "that" is in all forty rows, "manager" and "parsnip" in twenty each (then by name)
    assertThat(names).contains("w:that", "w:manager", "w:parsnip");
    assertThat(names.indexOf("w:that")).isLessThan(names.indexOf("w:manager"));
    assertThat(names.indexOf("w:manager")).isLessThan(names.indexOf("w:parsnip"));
    List<String> fileOrder = written(trained).lines().filter(line -> line.matches("[wbl]:.*")).map(line -> line.substring(0, line.indexOf('\t'))).toList();
    assertThat(fileOrder).isEqualTo(names);
  }

  @Test
  void rows_too_short_for_the_model_to_report_on_teach_weights_but_choose_no_threshold(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(List.of("id\tlabels\ttext"));
    for (int i = 0; i < 20; i++) {
      lines.add("p" + i + "\thostility\tparsnip " + i); // two words: fewer than the model reads
      lines.add("t" + i + "\tnone\tthat turnip from the allotment " + i);
    }
    WordModelTrainer.Trained trained = trainer().train(List.of(Files.write(dir.resolve("short.tsv"), lines)));
    assertThat(trained.weights().get("w:parsnip")[0]).isPositive();
    assertThat(trained.thresholds()[0]).as("hostility: never, since the model says nothing of the rows it would add").isEqualTo(1.0);
    assertThat(trainer().train(List.of(labelled(dir))).thresholds()[0]).as("the same words in longer rows").isLessThan(1.0);
  }

  @Test
  void a_row_that_cannot_be_read_names_its_file_and_line(@TempDir Path dir) throws IOException {
    Path bad = Files.write(dir.resolve("bad.tsv"), List.of("id\tlabels\ttext", "a\tnone\tfine", "b\tgrumpiness\tunknown label"));
    assertThatThrownBy(() -> trainer().train(List.of(bad))).hasMessageContaining("bad.tsv line 3").hasMessageContaining("grumpiness");
    Path short_ = Files.write(dir.resolve("short.tsv"), List.of("id\tlabels\ttext", "a\tnone"));
    assertThatThrownBy(() -> trainer().train(List.of(short_))).hasMessageContaining("short.tsv line 2");
    Path empty = Files.write(dir.resolve("empty.tsv"), List.of("id\tlabels\ttext"));
    assertThatThrownBy(() -> trainer().train(List.of(empty))).hasMessageContaining("empty.tsv").hasMessageContaining("0 labelled rows");
  }

  /** The shipped model is what `footprint train eval/own-dev-*.tsv` writes today: retrain it after changing rules, lexicons or those files. */
  @Test
  void the_built_in_model_is_the_training_of_the_development_files() throws IOException {
    assumeThat(Files.isDirectory(OWN_EVAL)).as("the repository's eval folder").isTrue();
    List<Path> files;
    try (Stream<Path> listed = Files.list(OWN_EVAL)) {
      files = listed.filter(p -> p.getFileName().toString().matches("own-dev-.*\\.tsv")).sorted().toList();
    }
    String shipped;
    try (InputStream in = RuleCatalogue.class.getClassLoader().getResourceAsStream(WordModel.RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(written(trainer().train(files)))
        .as("footprint-core/src/main/resources/%s is out of date: run footprint train eval/own-dev-*.tsv --output footprint-core/src/main/resources/%s",
            WordModel.RESOURCE, WordModel.RESOURCE)
        .isEqualTo(shipped);
  }
}
