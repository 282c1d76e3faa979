package org.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;

/** Strengths are found apart from risks, stay at info, and never appear where risks are counted. */
class AnalyzerStrengthTest {
  private static final Analyzer SSSC = Analyzer.builtIn();
  private static final String CLINIC = "The flu vaccination clinic at the health centre opens on Saturday, no appointment needed";

  private static Item post(String text) {
    return Item.builder("x", "1").kind(ItemKind.POST).audience(Audience.PUBLIC).text(text).build();
  }

  @Test
  void a_clinic_post_is_a_strength_at_info_with_keep_as_the_advice_and_no_risk() {
    Assessment assessment = SSSC.assess(post(CLINIC));
    assertThat(assessment.risks()).isEmpty();
    assertThat(assessment.strengths()).singleElement().satisfies(strength -> {
      assertThat(strength.category()).isEqualTo(Category.STRENGTH);
      assertThat(strength.category().isRisk()).isFalse();
      assertThat(strength.severity()).isEqualTo(Severity.INFO);
      assertThat(strength.ruleId()).isEqualTo("strength.public-information");
      assertThat(strength.evidence()).extracting(e -> e.text()).contains("vaccination clinic");
      assertThat(strength.clauses()).isEmpty();
      assertThat(strength.remediation()).containsExactly(Remediation.KEEP);
      assertThat(strength.explanation()).contains("Found together");
    });
  }

  @Test
  void analyze_returns_risks_only_so_eval_check_and_fail_on_never_see_a_strength() {
    assertThat(SSSC.analyze(post(CLINIC))).isEmpty();
    assertThat(SSSC.analyzeText("d", CLINIC)).noneMatch(f -> f.category() == Category.STRENGTH);
  }

  @Test
  void a_helpline_post_naming_a_client_reports_the_risk_and_lists_no_strength() {
    String text = "Gave Mrs Kowalski from my caseload at 14 Birch Road the number of the debt advice line, it opens at 9 every weekday";
    Assessment assessment = SSSC.assess(post(text));
    assertThat(assessment.risks()).extracting(Finding::category).contains(Category.CONFIDENTIALITY);
    assertThat(assessment.strengths()).isEmpty();
    // The same information without the client is a strength.
    assertThat(SSSC.assess(post("The debt advice line opens at 9 every weekday, free and confidential")).strengths()).isNotEmpty();
  }

  @Test
  void sarcasm_self_promotion_and_scorn_are_not_strengths() {
    for (String text : List.of(
        "Great new guidance from management, not",
        "Well done to the team for losing the file again 🙄",
        "Huge thanks to the staff team for nothing",
        "Buy my revision guide for student nurses, use my code NURSE10",
        "Food bank open on Friday, tell the lazy lot on the estate to get a job",
        "Mandatory training on data protection, death by powerpoint")) {
      assertThat(SSSC.assess(post(text)).strengths()).as(text).isEmpty();
    }
  }

  @Test
  void a_post_that_mentions_a_school_is_a_strength_only_when_it_shares_information() {
    assertThat(SSSC.assess(post("Free breakfast club at Oakfield Primary from 8am every weekday, all welcome")).strengths()).isNotEmpty();
    assertThat(SSSC.assess(post("Picked the kids up from Oakfield Primary and went to the park")).strengths()).isEmpty();
  }

  @Test
  void strengths_are_looked_for_only_in_what_the_user_wrote_for_others_to_see() {
    Item.Builder base = Item.builder("x", "2").text(CLINIC);
    assertThat(SSSC.assess(base.kind(ItemKind.POST).authoredBySelf(false).build()).strengths()).as("by others").isEmpty();
    assertThat(SSSC.assess(base.kind(ItemKind.LIKE).authoredBySelf(false).build()).strengths()).as("a like").isEmpty();
    assertThat(SSSC.assess(base.kind(ItemKind.MESSAGE).authoredBySelf(true).build()).strengths()).as("a message").isEmpty();
    assertThat(SSSC.assess(base.kind(ItemKind.POST).authoredBySelf(true).audience(Audience.DIRECT).build()).strengths()).as("direct").isEmpty();
    assertThat(SSSC.assess(Item.draft("d", CLINIC)).strengths()).as("a draft").isNotEmpty();
  }

  @Test
  void every_pack_keeps_a_strength_at_info() {
    for (String pack : List.of("police", "nmc", "gtcs")) {
      assertThat(Analyzer.builtIn(pack).assess(post(CLINIC)).strengths()).extracting(Finding::severity).containsOnly(Severity.INFO);
    }
  }

  /**
   * Footprint's own labelled posts for strengths (eval/strengths/own-strengths.tsv, written for this rule set: a development
   * file, not a blind one). Prints precision and recall for docs/ACCURACY.md and keeps them from sliding.
   */
  @Test
  void own_labelled_strength_posts_are_found_with_high_precision() throws IOException {
    List<String> rows = Files.readAllLines(Path.of("..", "eval", "strengths", "own-strengths.tsv"), StandardCharsets.UTF_8);
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] fields = row.split("\t", 3);
      boolean labelled = fields[1].equals("strength");
      boolean found = !SSSC.assess(Item.draft(fields[0], fields[2])).strengths().isEmpty();
      truePositives += labelled && found ? 1 : 0;
      falsePositives += !labelled && found ? 1 : 0;
      falseNegatives += labelled && !found ? 1 : 0;
    }
    double precision = truePositives / (double) (truePositives + falsePositives);
    double recall = truePositives / (double) (truePositives + falseNegatives);
    System.out.printf("own-strengths.tsv: %d rows, precision %.3f, recall %.3f%n", rows.size() - 1, precision, recall);
    assertThat(precision).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).isGreaterThanOrEqualTo(0.85);
  }

  @Provide
  Arbitrary<String> posts() {
    Arbitrary<String> phrase = Arbitraries.of("the food bank opens", "well done to our team", "not", "🙄", "idiot", "my client Mrs Reid",
        "at 12 Elm Road", "finished my course", "World Mental Health Day", "please share", "as usual", "drunk on shift", "free advice",
        "know the signs", "congratulations", "the helpline", "vote Labour", "lol");
    return phrase.list().ofMaxSize(6).map(words -> String.join(" ", words));
  }

  @Property(tries = 300)
  void assess_gives_the_risks_of_analyze_and_strengths_only_at_info_on_posts_without_a_risk(@ForAll("posts") String text) {
    Assessment assessment = SSSC.assess(post(text));
    assertThat(assessment.risks()).isEqualTo(SSSC.analyze(post(text)));
    assertThat(assessment.risks()).allMatch(f -> f.category().isRisk());
    assertThat(assessment.strengths()).allMatch(f -> f.category() == Category.STRENGTH && f.severity() == Severity.INFO);
    if (assessment.risks().stream().anyMatch(f -> f.severity().atLeast(Severity.LOW))) {
      assertThat(assessment.strengths()).isEmpty();
    }
  }
}
