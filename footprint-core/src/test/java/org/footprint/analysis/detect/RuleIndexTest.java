package org.footprint.analysis.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.footprint.analysis.context.TextAnalysis;
import org.footprint.analysis.identify.IdentifierScanner;
import org.footprint.rules.Rule;
import org.footprint.rules.RuleCatalogue;
import org.footprint.rules.RuleKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index must offer exactly the rules whose anchor lexicon a text hit, plus those anchored on signals or identifiers. */
class RuleIndexTest {
  private static final RuleCatalogue CATALOGUE = RuleCatalogue.builtIn();
  private static final IdentifierScanner IDENTIFIERS = new IdentifierScanner();
  private static List<RuleEvaluator> evaluators;
  private static RuleIndex index;

  @BeforeAll
  static void indexTheBuiltInRules() {
    evaluators = new ArrayList<>();
    for (Rule rule : CATALOGUE.rules()) {
      if (rule.kind() != RuleKind.LEARNED) {
        evaluators.add(new RuleEvaluator(rule, CATALOGUE.lexicons()));
      }
    }
    index = new RuleIndex(evaluators, CATALOGUE.lexicons().size());
  }

  private static TextAnalysis analyse(String text) {
    return new TextAnalysis(CATALOGUE.normaliser().normalise(text), CATALOGUE.lexicons(), IDENTIFIERS);
  }

  /** What the analyser tested rule by rule before the index: a derived anchor, or a hit in one of the anchor's lexicons. */
  private static boolean anchorMayOccur(RuleEvaluator evaluator, TextAnalysis analysis) {
    if (evaluator.anchorNeedsDerivedSources()) {
      return true;
    }
    return evaluator.anchorLexicons().stream().anyMatch(analysis::hasHits);
  }

  private static List<Integer> positions(BitSet bits) {
    return bits.stream().boxed().toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "Lovely walk along the canal this morning, the heron was back",
      "@jo_b you absolute clown, the rota is a joke and so is our manager",
      "Home visit on Elm Road today, Mrs T (84) is struggling since her diagnosis",
      "Absolutely steaming at the wedding, bevvy number nine 🍾 #NursingTwitter",
      "Off to Crete for a fortnight, house empty till the 14th, call me on 07700 900123",
      "Vote Labour on Thursday! Out canvassing with the team in the rain"})
  void offers_exactly_the_rules_whose_anchor_may_occur(String text) {
    TextAnalysis analysis = analyse(text);
    List<Integer> expected = IntStream.range(0, evaluators.size())
        .filter(r -> anchorMayOccur(evaluators.get(r), analysis)).boxed().toList();
    List<Integer> offered = positions(index.candidates(analysis));
    assertThat(offered).isEqualTo(expected);
    offered.forEach(r -> assertThat(index.evaluator(r)).isSameAs(evaluators.get(r)));
  }

  @Test
  void a_text_with_no_lexicon_hit_is_offered_only_the_rules_anchored_on_signals_or_identifiers() {
    TextAnalysis analysis = analyse("");
    assertThat(analysis.nextLexiconHit(0)).isEqualTo(-1);
    List<Integer> offered = positions(index.candidates(analysis));
    assertThat(offered).isNotEmpty().allMatch(r -> evaluators.get(r).anchorNeedsDerivedSources());
  }

  @Test
  void lists_the_lexicons_hit_in_index_order() {
    TextAnalysis analysis = analyse("@jo_b you absolute clown, our manager is a joke and I'm steaming");
    List<Integer> hit = new ArrayList<>();
    for (int l = analysis.nextLexiconHit(0); l >= 0; l = analysis.nextLexiconHit(l + 1)) {
      hit.add(l);
    }
    List<Integer> expected = IntStream.range(0, CATALOGUE.lexicons().size()).filter(analysis::hasHits).boxed().toList();
    assertThat(hit).hasSizeGreaterThan(3).isEqualTo(expected);
    assertThat(analysis.nextLexiconHit(CATALOGUE.lexicons().size())).isEqualTo(-1);
  }
}
