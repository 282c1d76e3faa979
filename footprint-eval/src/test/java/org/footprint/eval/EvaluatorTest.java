package org.footprint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.footprint.eval.EvaluationReport.CategoryScores;
import org.footprint.model.Category;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluatorTest {
  private static final double EPS = 1e-12;

  /*
   * Hand-made set. Predictions from FakeJudge (grrword=hostility/medium, darnword=profanity/low,
   * psstword=confidentiality/info, voteword=political/high):
   *   r1  gold {H}      pred {H}     H tp
   *   r2  gold {H}      pred {}      H fn
   *   r3  gold {}       pred {H}     H fp, benign flagged (medium)
   *   r4  gold {P}      pred {P}     P tp
   *   r5  gold {P,H}    pred {P}     P tp, H fn
   *   r6  gold {}       pred {P}     P fp, not benign-flagged (low only)
   *   r7  gold {}       pred {}      info finding only: nothing
   *   r8  gold {C}      pred {}      C fn (info is not a prediction)
   *   r9  gold {}       pred {Pol}   Pol fp (zero support), benign flagged (high)
   *   r10 gold {H}      pred {H,P}   H tp, P fp
   */
  private static final String SMALL = String.join("\n",
      "id\tlabels\ttext",
      "r1\thostility\tyou grrword fool",
      "r2\thostility\tnothing to see",
      "r3\tnone\tgrrword again",
      "r4\tprofanity\tdarnword it all",
      "r5\tprofanity,hostility\tdarnword",
      "r6\tnone\tjust a darnword",
      "r7\tnone\tpsstword quietly",
      "r8\tconfidentiality\tpsstword the ward list",
      "r9\tnone\tvoteword now",
      "r10\tHostility\tgrrword darnword\textra column ignored",
      "");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static EvaluationReport evaluate(Path tsv) throws IOException {
    return new Evaluator(new FakeJudge()).threads(2).run(tsv);
  }

  @Test
  void countsTruePositivesFalsePositivesAndFalseNegativesPerCategory() throws IOException {
    EvaluationReport report = evaluate(write("small.tsv", SMALL));

    assertThat(report.rows()).isEqualTo(10);
    CategoryScores hostility = report.category(Category.HOSTILITY);
    assertThat(hostility.support()).isEqualTo(4);
    assertThat(hostility.tp()).isEqualTo(2);
    assertThat(hostility.fp()).isEqualTo(1);
    assertThat(hostility.fn()).isEqualTo(2);
    assertThat(hostility.precision()).isCloseTo(2.0 / 3.0, within(EPS));
    assertThat(hostility.recall()).isCloseTo(0.5, within(EPS));
    assertThat(hostility.f1()).isCloseTo(4.0 / 7.0, within(EPS));

    CategoryScores profanity = report.category(Category.PROFANITY);
    assertThat(profanity.support()).isEqualTo(2);
    assertThat(profanity.tp()).isEqualTo(2);
    assertThat(profanity.fp()).isEqualTo(2);
    assertThat(profanity.fn()).isEqualTo(0);
    assertThat(profanity.precision()).isCloseTo(0.5, within(EPS));
    assertThat(profanity.recall()).isCloseTo(1.0, within(EPS));
    assertThat(profanity.f1()).isCloseTo(2.0 / 3.0, within(EPS));
  }

  @Test
  void scoresAreZeroWhereUndefinedAndEveryCategoryIsReported() throws IOException {
    EvaluationReport report = evaluate(write("small.tsv", SMALL));

    assertThat(report.categories().keySet()).containsExactlyElementsOf(Category.risks());
    CategoryScores confidentiality = report.category(Category.CONFIDENTIALITY);
    assertThat(confidentiality.support()).isEqualTo(1);
    assertThat(confidentiality.fn()).isEqualTo(1);
    assertThat(confidentiality.precision()).isZero();
    assertThat(confidentiality.recall()).isZero();
    assertThat(confidentiality.f1()).isZero();
    CategoryScores political = report.category(Category.POLITICAL);
    assertThat(political.support()).isZero();
    assertThat(political.fp()).isEqualTo(1);
    assertThat(political.precision()).isZero();
    assertThat(political.f1()).isZero();
    CategoryScores sexual = report.category(Category.SEXUAL);
    assertThat(List.of(sexual.support(), sexual.tp(), sexual.fp(), sexual.fn())).containsOnly(0L);
  }

  @Test
  void macroF1AveragesOnlyCategoriesWithSupport() throws IOException {
    EvaluationReport report = evaluate(write("small.tsv", SMALL));

    // hostility 4/7, profanity 2/3, confidentiality 0; political (support 0, one fp) is left out.
    assertThat(report.macroF1()).isCloseTo((4.0 / 7.0 + 2.0 / 3.0 + 0.0) / 3.0, within(EPS));
  }

  @Test
  void microF1SumsCountsOnlyOverCategoriesWithSupport() throws IOException {
    EvaluationReport report = evaluate(write("small.tsv", SMALL));

    // tp 2+2+0, fp 1+2+0 (political's fp not counted), fn 2+0+1.
    assertThat(report.micro()).isEqualTo(new EvaluationReport.Scores(4, 3, 3));
    assertThat(report.microF1()).isCloseTo(8.0 / 14.0, within(EPS));
  }

  @Test
  void anyLabelComparesRowsWithAnyGoldAgainstRowsWithAnyPrediction() throws IOException {
    EvaluationReport report = evaluate(write("small.tsv", SMALL));

    // gold-any: r1 r2 r4 r5 r8 r10; predicted-any in a labelled category: r1 r3 r4 r5 r6 r10.
    // r9's political finding does not count: the file labels no row political, so it says nothing about it.
    assertThat(report.any()).isEqualTo(new EvaluationReport.Scores(4, 2, 2));
    assertThat(report.any().precision()).isCloseTo(4.0 / 6.0, within(EPS));
    assertThat(report.any().recall()).isCloseTo(4.0 / 6.0, within(EPS));
    assertThat(report.any().f1()).isCloseTo(4.0 / 6.0, within(EPS));
  }

  @Test
  void anyIgnoresPredictionsInCategoriesTheFileDoesNotLabel() throws IOException {
    Path tsv = write("scope.tsv", "id\tlabels\ttext\n"
        + "a\thostility\tgrrword\n"
        + "b\tnone\tvoteword\n"
        + "c\tnone\tgrrword\n");

    EvaluationReport report = evaluate(tsv);

    assertThat(report.any()).isEqualTo(new EvaluationReport.Scores(1, 1, 0));
    assertThat(report.category(Category.POLITICAL).fp()).isEqualTo(1);
  }

  @Test
  void benignFlaggedMediumCountsOnlyNoneRowsWithAFindingAtMediumOrAbove() throws IOException {
    EvaluationReport report = evaluate(write("small.tsv", SMALL));

    // r3 (medium) and r9 (high); r6 is low, r7 info, r1 and r10 are not none rows.
    assertThat(report.benignFlaggedMedium()).isEqualTo(2);
  }

  @Test
  void findingsAtInfoAreNotPredictions() throws IOException {
    Path tsv = write("info.tsv", "id\tlabels\ttext\n"
        + "a\tconfidentiality\tpsstword one\n"
        + "b\tnone\tpsstword two\n");
    List<EvaluationError> errors = new ArrayList<>();

    EvaluationReport report =
        new Evaluator(new FakeJudge()).errors(Optional.of(errors::add)).run(tsv);

    CategoryScores confidentiality = report.category(Category.CONFIDENTIALITY);
    assertThat(confidentiality.tp()).isZero();
    assertThat(confidentiality.fp()).isZero();
    assertThat(confidentiality.fn()).isEqualTo(1);
    assertThat(report.any()).isEqualTo(new EvaluationReport.Scores(0, 0, 1));
    assertThat(report.benignFlaggedMedium()).isZero();
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.id()).isEqualTo("a");
      assertThat(error.predicted()).isEmpty();
      assertThat(error.ruleIds()).isEmpty();
    });
  }

  @Test
  void malformedRowsAreSkippedAndCounted() throws IOException {
    Path tsv = write("bad.tsv", "id\tlabels\ttext\n"
        + "only-one-field\n"
        + "two\tfields\n"
        + "\n"
        + "ok1\thostility\tgrrword\n"
        + "ok2\tnone\tcalm words\n");

    EvaluationReport report = evaluate(tsv);

    assertThat(report.rows()).isEqualTo(2);
    assertThat(report.skippedRows()).isEqualTo(3);
    assertThat(report.category(Category.HOSTILITY).tp()).isEqualTo(1);
    assertThat(report.toJson()).contains("\"skipped_rows\":3");
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
    EvaluationReport report = evaluate(write("bom.tsv", "\uFEFFid\tlabels\ttext\nx1\thostility\tgrrword\n"));

    assertThat(report.rows()).isEqualTo(1);
    assertThat(report.skippedRows()).isZero();
    assertThat(report.category(Category.HOSTILITY).tp()).isEqualTo(1);
  }

  @Test
  void aByteOrderMarkBeforeAHeaderlessFirstRowIsNotPartOfItsId() throws IOException {
    Path tsv = write("bom-data.tsv", "\uFEFFx1\thostility\tplain words\nx2\tnone\tplain\n");
    List<EvaluationError> errors = new ArrayList<>();

    EvaluationReport report = new Evaluator(new FakeJudge()).errors(Optional.of(errors::add)).run(tsv);

    assertThat(report.rows()).isEqualTo(2);
    assertThat(errors).extracting(EvaluationError::id).containsExactly("x1");
  }

  @Test
  void aFirstLineWhoseSecondFieldIsNotLabelsIsTreatedAsAHeader() throws IOException {
    EvaluationReport report = evaluate(write("odd-header.tsv", "post\tgold\tbody\np1\tthreat\tgrrword\n"));

    assertThat(report.rows()).isEqualTo(1);
    assertThat(report.skippedRows()).isZero();
    assertThat(report.unknownLabels()).isEmpty();
    assertThat(report.category(Category.THREAT).fn()).isEqualTo(1);
  }

  @Test
  void aFirstLineWithValidLabelsIsTreatedAsData() throws IOException {
    EvaluationReport report = evaluate(write("no-header.tsv", "p1\tnone\tgrrword\np2\tHOSTILITY , profanity\tdarnword\n"));

    assertThat(report.rows()).isEqualTo(2);
    assertThat(report.benignFlaggedMedium()).isEqualTo(1);
    assertThat(report.category(Category.HOSTILITY).fn()).isEqualTo(1);
    assertThat(report.category(Category.PROFANITY).tp()).isEqualTo(1);
  }

  @Test
  void unknownLabelsAreCountedAndIgnored() throws IOException {
    Path tsv = write("unknown.tsv", "id\tlabels\ttext\n"
        + "u1\thostility,Bullying\tgrrword\n"
        + "u2\tbullying\tplain\n"
        + "u3\tgossip,,none\tplain\n");

    EvaluationReport report = evaluate(tsv);

    assertThat(report.rows()).isEqualTo(3);
    assertThat(report.unknownLabels()).containsExactly(Map.entry("bullying", 2L), Map.entry("gossip", 1L));
    assertThat(report.category(Category.HOSTILITY).support()).isEqualTo(1);
    assertThat(report.category(Category.HOSTILITY).tp()).isEqualTo(1);
    assertThat(report.any()).isEqualTo(new EvaluationReport.Scores(1, 0, 0));
  }

  @Test
  void anEmptyFileGivesAnAllZeroReport() throws IOException {
    EvaluationReport report = evaluate(write("empty.tsv", ""));

    assertThat(report.rows()).isZero();
    assertThat(report.macroF1()).isZero();
    assertThat(report.microF1()).isZero();
    assertThat(report.postsPerSecond()).isGreaterThanOrEqualTo(0.0);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 8, 0, -1})
  void resultsDoNotDependOnTheNumberOfThreads(int threads) throws IOException {
    EvaluationReport report = new Evaluator(new FakeJudge()).threads(threads).run(write("small.tsv", SMALL));

    assertThat(report.toJson().replaceAll("\"posts_per_second\":[0-9.E]+", ""))
        .isEqualTo(evaluate(dir.resolve("small.tsv")).toJson().replaceAll("\"posts_per_second\":[0-9.E]+", ""));
    assertThat(report.rows()).isEqualTo(10);
  }

  @Test
  void theErrorSinkReceivesEveryMismatchedRowWithGoldPredictionsAndRuleIds() throws IOException {
    Map<String, EvaluationError> errors = new HashMap<>();

    new Evaluator(new FakeJudge())
        .threads(3)
        .errors(Optional.of(error -> errors.put(error.id(), error)))
        .run(write("small.tsv", SMALL));

    assertThat(errors).containsOnlyKeys("r2", "r3", "r5", "r6", "r8", "r9", "r10");
    EvaluationError r10 = errors.get("r10");
    assertThat(r10.gold()).containsExactly(Category.HOSTILITY);
    assertThat(r10.predicted()).containsExactly(Category.HOSTILITY, Category.PROFANITY);
    assertThat(r10.ruleIds()).containsExactly("fake.hostility", "fake.profanity");
    assertThat(r10.text()).isEqualTo("grrword darnword");
    assertThat(r10.toLine()).isEqualTo("r10  FP:profanity  [fake.hostility, fake.profanity]  grrword darnword");
    assertThat(errors.get("r5").toLine()).isEqualTo("r5  FN:hostility  [fake.profanity]  darnword");
    assertThat(errors.get("r8").toLine()).isEqualTo("r8  FN:confidentiality  []  psstword the ward list");
  }

  @Test
  void aFailingJudgeStopsTheRunWithTheRowId() throws IOException {
    Judge failing = (id, text) -> {
      if (id.equals("r4")) {
        throw new IllegalStateException("boom");
      }
      return List.of();
    };

    assertThatThrownBy(() -> new Evaluator(failing).threads(2).run(write("small.tsv", SMALL)))
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("'r4'")
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aJudgeReturningNullOrMixedFindingsIsHandled() throws IOException {
    Judge judge = (id, text) -> id.equals("n")
        ? null
        : List.of(FakeJudge.finding(id, Category.THREAT, Severity.INFO, "info.rule", 0, 1, "x"),
            FakeJudge.finding(id, Category.EXPOSURE, Severity.CRITICAL, "crit.rule", 0, 1, "x"));

    EvaluationReport report = new Evaluator(judge).run(write("mixed.tsv", "id\tlabels\ttext\nn\tnone\tx\nm\texposure\tx\n"));

    assertThat(report.rows()).isEqualTo(2);
    assertThat(report.category(Category.EXPOSURE).tp()).isEqualTo(1);
    assertThat(report.category(Category.THREAT).fp()).isZero();
  }

  @Test
  void aLargeGeneratedFileIsCountedExactly() throws IOException {
    int rows = 200_000;
    Path tsv = dir.resolve("large.tsv");
    try (BufferedWriter out = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
      out.write("id\tlabels\ttext\n");
      for (int i = 0; i < rows; i++) {
        switch (i % 4) {
          case 0 -> out.write("g" + i + "\thostility\tthat grrword remark number " + i + "\n");
          case 1 -> out.write("g" + i + "\thostility\ta subtle remark number " + i + "\n");
          case 2 -> out.write("g" + i + "\tnone\tmild darnword number " + i + "\n");
          default -> out.write("g" + i + "\tnone\tlovely weather number " + i + "\n");
        }
        if (i % 50_000 == 7) {
          out.write("broken line without tabs\n");
        }
      }
    }
    AtomicBoolean inside = new AtomicBoolean();
    AtomicBoolean overlapped = new AtomicBoolean();
    long[] errorCount = {0}; // deliberately unsynchronised: the evaluator must serialise sink calls
    Consumer<EvaluationError> sink = error -> {
      if (!inside.compareAndSet(false, true)) {
        overlapped.set(true);
      }
      errorCount[0]++;
      inside.set(false);
    };

    EvaluationReport report = new Evaluator(new FakeJudge()).threads(4).errors(Optional.of(sink)).run(tsv);

    assertThat(report.rows()).isEqualTo(rows);
    assertThat(report.skippedRows()).isEqualTo(4);
    CategoryScores hostility = report.category(Category.HOSTILITY);
    assertThat(List.of(hostility.support(), hostility.tp(), hostility.fp(), hostility.fn()))
        .containsExactly(100_000L, 50_000L, 0L, 50_000L);
    CategoryScores profanity = report.category(Category.PROFANITY);
    assertThat(List.of(profanity.support(), profanity.tp(), profanity.fp(), profanity.fn()))
        .containsExactly(0L, 0L, 50_000L, 0L);
    // the darnword rows predict profanity, which this file never labels: not counted against "any"
    assertThat(report.any()).isEqualTo(new EvaluationReport.Scores(50_000, 0, 50_000));
    assertThat(report.microF1()).isCloseTo(2.0 / 3.0, within(EPS)); // profanity's fp is not counted
    assertThat(report.benignFlaggedMedium()).isZero();
    assertThat(errorCount[0]).isEqualTo(100_000);
    assertThat(overlapped).isFalse();
  }

  @Test
  void errorLinesStayOnOneLine() {
    EvaluationError error = new EvaluationError("z", Set.of(Category.THREAT, Category.SEXUAL),
        EnumSet.of(Category.PROFANITY), "line one\nline\ttwo", List.of("a.rule"));

    assertThat(error.toLine()).isEqualTo("z  FN:threat FN:sexual FP:profanity  [a.rule]  line one line two");
  }
}
