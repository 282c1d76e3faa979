package org.footprint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceSpansTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void tokenMetricsCompareHumanSpansWithPredictedEvidenceOverRowsWithSpans() throws IOException {
    // s1 "you are a grrword idiot today": tokens you[0,3) are[4,7) a[8,9) grrword[10,17) idiot[18,23) today[24,29)
    //    human spans [10,17) and [19,21) -> grrword, idiot; predicted evidence grrword -> tp 1, fn 1
    // s2 "darnword  psstword fine": darnword[0,8) psstword[10,18) fine[19,23)
    //    human span [20,21) -> fine; predicted darnword (low) -> fp 1, fn 1; psstword is info, not predicted
    // s3 has no human spans, so its predicted grrword does not count; "ghost" is not in the data set.
    Path tsv = write("rows.tsv", "id\tlabels\ttext\n"
        + "s1\thostility\tyou are a grrword idiot today\n"
        + "s2\tnone\tdarnword  psstword fine\n"
        + "s3\thostility\tgrrword\n");
    Path spans = write("spans.tsv", "\uFEFFid\tstart\tend\ttext\n"
        + "s1\t10\t17\tgrrword\n"
        + "s2\t20\t21\ti\n"
        + "s1\t19\t21\tdi\n"
        + "ghost\t0\t3\tnope\n"
        + "s1\tnot-a-number\t3\n");

    EvaluationReport report = new Evaluator(new FakeJudge()).spans(Optional.of(spans)).run(tsv);

    EvaluationReport.Scores tokens = report.evidence().orElseThrow();
    assertThat(tokens).isEqualTo(new EvaluationReport.Scores(1, 1, 2));
    assertThat(tokens.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(tokens.recall()).isCloseTo(1.0 / 3.0, within(1e-12));
    assertThat(tokens.f1()).isCloseTo(0.4, within(1e-12));
    assertThat(report.toJson()).contains("\"evidence\":{\"token_precision\":0.5000,\"token_recall\":0.3333,\"token_f1\":0.4000}");
  }

  @Test
  void aSpansFileWithoutHeaderUsesItsFirstLine() throws IOException {
    Path tsv = write("rows.tsv", "id\tlabels\ttext\nt1\thostility\tgrrword here\n");
    Path spans = write("spans.tsv", "t1\t0\t7\n");

    EvaluationReport report = new Evaluator(new FakeJudge()).spans(Optional.of(spans)).run(tsv);

    assertThat(report.evidence()).contains(new EvaluationReport.Scores(1, 0, 0));
  }

  @Test
  void withoutASpansFileThereAreNoEvidenceMetrics() throws IOException {
    Path tsv = write("rows.tsv", "id\tlabels\ttext\nt1\thostility\tgrrword here\n");

    EvaluationReport report = new Evaluator(new FakeJudge()).spans(Optional.empty()).run(tsv);

    assertThat(report.evidence()).isEmpty();
    assertThat(report.toJson()).doesNotContain("evidence");
  }
}
