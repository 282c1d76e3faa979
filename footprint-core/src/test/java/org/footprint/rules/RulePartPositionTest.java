package org.footprint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.footprint.analysis.context.TextAnalysis;
import org.footprint.analysis.detect.RuleEvaluator;
import org.footprint.analysis.identify.IdentifierScanner;
import org.junit.jupiter.api.Test;

/** A part's {@code position} keeps the order of a phrase whose words may stand apart: group, generaliser, verdict. */
class RulePartPositionTest {
  private static final RuleCatalogue CATALOGUE = RuleCatalogue.builtIn();
  private static final IdentifierScanner IDENTIFIERS = new IdentifierScanner();

  private static Rule rule(String groupPosition, String verdictPosition) {
    String yaml = "id: discrimination.x\nkind: combination\ncategory: discrimination\nseverity: high\nconfidence: 0.5\nsummary: s\n"
        + "message: m\nwhy: w\nremediation: [delete]\n"
        + "match:\n  anchor: {lexicons: [generalisers]}\n  with:\n"
        + "    - {lexicons: [target-group], position: " + groupPosition + "}\n"
        + "    - {lexicons: [group-predicates], min-weight: 0.5, position: " + verdictPosition + "}\n"
        + "  scope: sentence\nexamples: {flag: [a], pass: [b]}\n";
    return RuleReader.read("rules/discrimination/x.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static boolean fires(Rule rule, String text) {
    TextAnalysis analysis = new TextAnalysis(CATALOGUE.normaliser().normalise(text), CATALOGUE.lexicons(), IDENTIFIERS);
    return new RuleEvaluator(rule, CATALOGUE.lexicons()).evaluate(analysis) != null;
  }

  @Test
  void a_part_placed_before_or_after_the_anchor_must_lie_on_that_side() {
    Rule ordered = rule("before", "after");
    assertThat(fires(ordered, "The pensioners at the surgery always moan about the queue")).isTrue();
    assertThat(fires(ordered, "Moan about the queue and the pensioners always get seen")).isFalse();
    assertThat(fires(rule("after", "after"), "The pensioners at the surgery always moan about the queue")).isFalse();
  }

  @Test
  void without_a_position_a_part_may_lie_on_either_side() {
    Rule anywhere = rule("any", "any");
    assertThat(fires(anywhere, "Moan about the queue and the pensioners always get seen")).isTrue();
  }

  @Test
  void an_overlapping_exclude_takes_out_only_the_anchor_it_shares_words_with() {
    String yaml = "id: confidentiality.x\nkind: combination\ncategory: confidentiality\nseverity: high\nconfidence: 0.5\nsummary: s\n"
        + "message: m\nwhy: w\nremediation: [delete]\n"
        + "match:\n  anchor: {lexicons: [work-context], min-weight: 0.8}\n  with:\n    - {signals: [street-address, street-name]}\n"
        + "  exclude:\n    - {signals: [street-address, street-name], position: overlapping}\n  window: 12\nexamples: {flag: [a], pass: [b]}\n";
    Rule rule = RuleReader.read("rules/confidentiality/x.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(fires(rule, "Picked up the keys for our new flat on Beech Court today")).isFalse();
    assertThat(fires(rule, "Home visit on Beech Court today, the dog was asleep for once")).isTrue();
  }

  @Test
  void refuses_an_unknown_position_and_a_positioned_anchor() {
    assertThatThrownBy(() -> rule("beside", "after")).hasMessageContaining("position must be before, after, overlapping or any");
    String yaml = "id: hostility.x\nkind: combination\ncategory: hostility\nseverity: low\nconfidence: 0.5\nsummary: s\nmessage: m\nwhy: w\n"
        + "remediation: [delete]\nmatch: {anchor: {lexicons: [insults], position: after}}\nexamples: {flag: [a], pass: [b]}\n";
    assertThatThrownBy(() -> RuleReader.read("rules/hostility/x.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("anchor cannot have a position");
  }
}
