package org.footprint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.footprint.model.Finding;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.RuleCatalogue;
import org.footprint.watch.WatchList;
import org.junit.jupiter.api.Test;

class ConfiguredAnalysisTest {
  private static final String SWEARING = "what a sh1t day, honestly";
  private static final String INSULT = "@dave_t you are a useless idiot and everyone knows it";

  private static ConfiguredAnalysis configured(Set<String> disabled, List<String> allowed) {
    FootprintConfig config = new FootprintConfig(Path.of("footprint.yaml"), null, null, disabled, allowed, FootprintConfig.ReportDefaults.NONE,
        FootprintConfig.DatabaseSettings.NONE);
    return ConfiguredAnalysis.of(RuleCatalogue.builtIn(), PolicyPacks.loadBuiltIn().defaultPack(), config, WatchList.create());
  }

  private static List<String> rules(ConfiguredAnalysis analysis, String text) {
    return analysis.analyzer().analyzeText("draft:1", text).stream().map(Finding::ruleId).toList();
  }

  @Test
  void without_settings_the_findings_are_the_analysers() {
    ConfiguredAnalysis plain = configured(Set.of(), List.of());
    assertThat(rules(plain, SWEARING)).containsExactly("profanity.strong-swearing");
    assertThat(rules(plain, INSULT)).contains("hostility.insult-at-target");
    assertThat(plain.summary()).isEmpty();
  }

  @Test
  void a_disabled_rule_is_never_reported_and_the_summary_says_so() {
    ConfiguredAnalysis configured = configured(Set.of("profanity.strong-swearing", "hostility.insult-at-target"), List.of());
    assertThat(rules(configured, SWEARING)).doesNotContain("profanity.strong-swearing");
    assertThat(rules(configured, INSULT)).doesNotContain("hostility.insult-at-target");
    assertThat(configured.summary()).isEqualTo("2 rules disabled by footprint.yaml");
  }

  @Test
  void an_allowed_term_drops_a_finding_whose_every_span_it_is_normalised_as_the_analyser_does() {
    ConfiguredAnalysis configured = configured(Set.of(), List.of("SHIT", "idiot"));
    // "sh1t" in the post and "SHIT" in the file are the same word once normalised
    assertThat(rules(configured, SWEARING)).isEmpty();
    // the insult's evidence is "you" and "idiot": "you" is not allowed, so the finding stays whole
    assertThat(rules(configured, INSULT)).contains("hostility.insult-at-target");
    assertThat(configured.summary()).isEqualTo("2 terms allowed by footprint.yaml");
  }

  @Test
  void keeps_findings_about_the_whole_history_unless_their_rule_is_disabled() {
    Finding acrossItems = configured(Set.of(), List.of()).analyzer().analyzeText("draft:1", SWEARING).get(0);
    assertThat(configured(Set.of(), List.of()).keeps(acrossItems)).isTrue();
    assertThat(configured(Set.of(acrossItems.ruleId()), List.of()).keeps(acrossItems)).isFalse();
    assertThat(configured(Set.of(), List.of("shit")).keeps(acrossItems)).isFalse();
  }
}
