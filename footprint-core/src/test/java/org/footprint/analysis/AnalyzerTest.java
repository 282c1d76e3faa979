package org.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.footprint.model.Category;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
  private static final Analyzer SSSC = Analyzer.builtIn();

  @Test
  void every_finding_is_explained_with_evidence_rule_clauses_and_remediation() {
    List<Finding> findings = SSSC.analyzeText("t", "@gav_p you are an absolute moron");
    assertThat(findings).isNotEmpty();
    for (Finding finding : findings) {
      assertThat(finding.evidence()).isNotEmpty();
      assertThat(finding.ruleId()).startsWith(finding.category().id() + ".");
      assertThat(finding.message()).isNotBlank();
      assertThat(finding.explanation()).isNotBlank();
      assertThat(finding.clauses()).isNotEmpty();
      assertThat(finding.remediation()).isNotEmpty();
    }
  }

  @Test
  void evidence_offsets_point_into_the_original_text_after_emoji_and_leetspeak() {
    String text = "😂😂 @gav_p ur a total 1d10t";
    Finding finding = SSSC.analyzeText("t", text).stream().filter(f -> f.category() == Category.HOSTILITY).findFirst().orElseThrow();
    for (EvidenceSpan span : finding.evidence()) {
      assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
    }
    assertThat(finding.evidence()).extracting(EvidenceSpan::text).contains("1d10t");
  }

  @Test
  void a_part_sharing_words_with_the_anchor_makes_one_span_of_both_roles() {
    String text = "Another Polish family moved onto the estate, they'll all be on benefits by Christmas";
    Finding finding = SSSC.analyzeText("t", text).stream().filter(f -> f.category() == Category.DISCRIMINATION).findFirst().orElseThrow();
    assertThat(finding.evidence()).extracting(EvidenceSpan::text, EvidenceSpan::role)
        .containsExactly(tuple("Another Polish family", "generalisation + group"), tuple("on benefits", "generalisation"));
  }

  @Test
  void no_finding_highlights_the_same_characters_twice() {
    List<String> texts = List.of(
        "Another Polish family moved onto the estate, they'll all be on benefits by Christmas",
        "Home visit to Mrs Jones at 4 Elm Court today, her son Jack (7) was off school",
        "@gav_p you are a fucking idiot and your mate Dean is a useless prick",
        "Case conference for the Khan twins at Hillside Primary, dad back in court on Friday");
    for (String text : texts) {
      for (Finding finding : SSSC.analyzeText("t", text)) {
        List<EvidenceSpan> spans = finding.evidence();
        for (int i = 1; i < spans.size(); i++) {
          assertThat(spans.get(i).start()).as("%s in '%s'", finding.ruleId(), text).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
      }
    }
  }

  @Test
  void spans_inside_another_are_shown_by_it_and_overlapping_ones_are_joined() {
    String original = "at 4 Elm Court today";
    List<EvidenceSpan> spans = new java.util.ArrayList<>(List.of(
        new EvidenceSpan(10, 20, "Court today", "work context"),
        new EvidenceSpan(3, 14, "4 Elm Court", "identifying detail"),
        new EvidenceSpan(5, 8, "Elm", "identifying detail"),
        new EvidenceSpan(0, 2, "at", "place")));
    assertThat(Analyzer.disjoint(spans, original)).containsExactly(
        new EvidenceSpan(0, 2, "at", "place"),
        new EvidenceSpan(3, 20, "4 Elm Court today", "identifying detail + work context"));
  }

  @Test
  void untargeted_swearing_inside_an_insult_is_reported_once_as_the_insult() {
    List<Finding> findings = SSSC.analyzeText("t", "@gav_p you are a fucking idiot");
    assertThat(findings).extracting(Finding::category).contains(Category.HOSTILITY).doesNotContain(Category.PROFANITY);
  }

  @Test
  void untargeted_swearing_alone_is_low_profanity() {
    List<Finding> findings = SSSC.analyzeText("t", "Bloody printer has jammed again");
    assertThat(findings).extracting(Finding::category).containsExactly(Category.PROFANITY);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void a_benign_professional_post_has_no_findings() {
    assertThat(SSSC.analyzeText("t", "Proud of our team: three new foster carers approved at panel this month")).isEmpty();
  }

  @Test
  void the_pack_sets_severity_and_says_so_in_the_explanation() {
    String text = "Vote Labour on Thursday, everyone get out and canvass";
    Finding police = Analyzer.builtIn("police").analyzeText("t", text).stream()
        .filter(f -> f.category() == Category.POLITICAL).findFirst().orElseThrow();
    Finding sssc = SSSC.analyzeText("t", text).stream().filter(f -> f.category() == Category.POLITICAL).findFirst().orElseThrow();
    assertThat(police.severity()).isGreaterThanOrEqualTo(Severity.HIGH);
    assertThat(sssc.severity()).isLessThanOrEqualTo(Severity.LOW);
    assertThat(police.clauses()).allMatch(c -> c.code().startsWith("police") || c.code().contains("police"));
    assertThat(police.explanation().toLowerCase()).contains("police");
  }

  @Test
  void one_rule_can_be_applied_alone() {
    assertThat(SSSC.applyRule("hostility.insult-at-target", org.footprint.model.Item.draft("t", "@jo you are a moron"))).isPresent();
    assertThatThrownBy(() -> SSSC.applyRule("no.such-rule", org.footprint.model.Item.draft("t", "x")))
        .hasMessageContaining("unknown rule 'no.such-rule'");
  }

  @Test
  void findings_come_most_severe_first() {
    List<Finding> findings = SSSC.analyzeText("t", "@gav_p you useless prat, I know where you live");
    assertThat(findings).extracting(Finding::severity).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void one_analyzer_is_safe_to_share_between_threads() {
    String text = "@gav_p you are a moron and I know where you live";
    List<Finding> expected = SSSC.analyzeText("t", text);
    ConcurrentHashMap<String, Boolean> seen = new ConcurrentHashMap<>();
    IntStream.range(0, 2000).parallel().forEach(i -> seen.put(String.valueOf(SSSC.analyzeText("t", text).equals(expected)), true));
    assertThat(seen.keySet()).containsExactly("true");
  }
}
