package org.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Remediation;
import org.junit.jupiter.api.Test;

class ScanJudgementTest {
  private static final Analyzer ANALYZER = Analyzer.builtIn();
  private static final Instant SCANNED = Instant.parse("2026-12-01T15:00:00Z");

  private static Item posted(String when, String text) {
    return Item.builder("twitter", "1").createdAt(Instant.parse(when)).text(text).build();
  }

  @Test
  void an_old_post_s_risks_say_its_age_and_a_recent_one_s_are_the_analyser_s_own() {
    Item old = posted("2022-03-01T10:00:00Z", "@jo you are a pathetic excuse for a manager");
    Item recent = posted("2026-11-01T10:00:00Z", old.text());

    List<Finding> aged = ScanJudgement.risks(ANALYZER, old, SCANNED);

    assertThat(aged).isNotEmpty().allSatisfy(f -> assertThat(f.explanation()).endsWith(" This is 4 years old."))
        .allSatisfy(f -> assertThat(f.remediation()).contains(Remediation.BULK_DELETE));
    assertThat(aged).isEqualTo(ScanJudgement.assess(ANALYZER, old, SCANNED, List.of(), span -> {}).risks());
    assertThat(ScanJudgement.assess(ANALYZER, recent, SCANNED, List.of(), span -> {})).isEqualTo(ANALYZER.assess(recent));
    assertThat(ScanJudgement.risks(ANALYZER, recent, SCANNED)).isEqualTo(ANALYZER.assess(recent).risks());
  }

  @Test
  void hands_over_the_signals_asked_for_as_the_analyser_does() {
    Item item = posted("2026-11-01T10:00:00Z", "Lovely walk with @amira_k after the late shift");
    List<EvidenceSpan> held = new ArrayList<>();
    List<EvidenceSpan> direct = new ArrayList<>();

    ScanJudgement.assess(ANALYZER, item, SCANNED, List.of("mention"), held::add);
    ANALYZER.assess(item, List.of("mention"), direct::add);

    assertThat(held).isNotEmpty().isEqualTo(direct);
  }
}
