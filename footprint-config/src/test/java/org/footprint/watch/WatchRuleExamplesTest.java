package org.footprint.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.footprint.model.Category;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.policy.PolicyPack;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.MarkedExample;
import org.footprint.rules.RuleCatalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The watch-list rule's examples, judged with the made-up watch-list the rule file names, as the analyser would. */
class WatchRuleExamplesTest {
  private static final WatchRule RULE = WatchRule.builtIn();
  private static final PolicyPack PACK = PolicyPacks.loadBuiltIn().defaultPack();

  private static List<Finding> judge(String text) {
    WatchList list = WatchList.create();
    list.add(RULE.examplesWatched(), RuleCatalogue.builtIn().normaliser());
    WatchedNames stage = new WatchedNames(list, RULE, PACK);
    return stage.apply(Item.draft("draft:1", text), RuleCatalogue.builtIn().normaliser().normalise(text), List.of());
  }

  @TestFactory
  Stream<DynamicTest> every_flag_example_yields_exactly_its_marked_spans() {
    return RULE.flag().stream().map(marked -> DynamicTest.dynamicTest(RULE.id() + " flags " + marked, () -> {
      MarkedExample example = MarkedExample.parse(marked);
      List<Finding> findings = judge(example.text());
      assertThat(findings).hasSize(1);
      List<String> spans = findings.get(0).evidence().stream().map(EvidenceSpan::text).toList();
      assertThat(spans).containsExactlyElementsOf(example.spans().stream().map(s -> example.text().substring(s[0], s[1])).toList());
      assertThat(findings.get(0).evidence()).allSatisfy(span -> assertThat(example.text().substring(span.start(), span.end())).isEqualTo(span.text()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> no_pass_example_is_flagged() {
    return RULE.pass().stream().map(text -> DynamicTest.dynamicTest(RULE.id() + " passes " + text, () -> assertThat(judge(text)).isEmpty()));
  }

  @Test
  void the_finding_is_high_confidentiality_with_the_packs_clauses_and_never_names_the_list() {
    Finding finding = judge("Lovely afternoon with Zoe McAllister").get(0);
    assertThat(finding.category()).isEqualTo(Category.CONFIDENTIALITY);
    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.ruleId()).isEqualTo("confidentiality.watched-name");
    assertThat(finding.clauses()).isEqualTo(PACK.clausesFor(Category.CONFIDENTIALITY, List.of()));
    assertThat(finding.remediation()).isNotEmpty();
    for (String watched : RULE.examplesWatched()) {
      for (String word : watched.split(" ")) {
        assertThat(finding.message() + finding.explanation() + finding.suggestion()).doesNotContainIgnoringCase(word);
      }
    }
  }

  @Test
  void an_empty_watch_list_costs_nothing_and_finds_nothing() {
    WatchedNames none = new WatchedNames(WatchList.create(), RULE, PACK);
    List<Finding> before = List.of();
    assertThat(none.apply(Item.draft("d", "Zoe McAllister"), RuleCatalogue.builtIn().normaliser().normalise("Zoe McAllister"), before)).isSameAs(before);
  }
}
