package org.footprint.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

class HistoryRulesTest {
  private static final PolicyPacks PACKS = PolicyPacks.loadBuiltIn();

  static String builtInText() {
    try (InputStream in = HistoryRules.class.getClassLoader().getResourceAsStream(HistoryRules.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void the_built_in_rules_load_with_their_ids_docs_and_examples() {
    assertThat(HistoryRules.builtIn().rules()).extracting(CrossItemRule::id).containsExactly("exposure.photo-home-cluster",
        "exposure.photo-school-cluster", "exposure.mosaic-address", "hostility.repeated-target", "hostility.pile-on",
        "hostility.at-colleague");
    assertThat(HistoryRules.builtIn().rules()).allSatisfy(rule -> {
      assertThat(rule.flags()).isNotEmpty();
      assertThat(rule.passes()).isNotEmpty();
      assertThat(rule.why()).isNotBlank();
    });
  }

  @Test
  void every_per_item_rule_a_clue_names_is_in_the_catalogue() {
    assertThat(HistoryCollector.builtIn(PACKS.defaultPack()).clueRulesMissingFrom(RuleCatalogue.builtIn())).isEmpty();
  }

  @Test
  void a_clause_that_does_not_resolve_in_its_pack_is_refused() {
    String broken = builtInText().replace("clauses: [sssc:2.8,", "clauses: [sssc:99.9,");
    assertThatThrownBy(() -> HistoryRules.parse("broken.yaml", broken, PACKS)).hasMessageContaining("broken.yaml: rules.hostility.repeated-target.clauses")
        .hasMessageContaining("sssc:99.9");
  }

  @Test
  void bad_hours_unknown_fields_and_unknown_signals_are_refused_with_the_field_named() {
    assertThatThrownBy(() -> HistoryRules.parse("f.yaml", builtInText().replace("\"08:00-09:30\"", "\"09:30-08:00\""), PACKS))
        .hasMessageContaining("f.yaml: times.school-run.weekday").hasMessageContaining("09:30-08:00");
    assertThatThrownBy(() -> HistoryRules.parse("f.yaml", builtInText().replace("    min-days: 3\n", "    min-days: 3\n    min-dayz: 3\n"), PACKS))
        .hasMessageContaining("min-dayz: unknown field");
    assertThatThrownBy(() -> HistoryRules.parse("f.yaml", builtInText().replace("supporting: [house-number]", "supporting: [door-colour]"), PACKS))
        .hasMessageContaining("rules.exposure.mosaic-address.kinds.home.supporting").hasMessageContaining("door-colour");
    assertThatThrownBy(() -> HistoryRules.parse("f.yaml", builtInText().replace("coordinate-decimals: 2", "coordinate-decimals: 6"), PACKS))
        .hasMessageContaining("coordinate-decimals: expected a whole number from 0 to 3");
  }

  @Test
  void a_pile_on_rule_without_its_window_or_with_thresholds_out_of_order_is_refused() {
    assertThatThrownBy(() -> HistoryRules.parse("f.yaml", builtInText().replace("    window-days: 7\n", ""), PACKS))
        .hasMessageContaining("f.yaml: rules.hostility.pile-on.window-days: expected a whole number from 1 to 365");
    assertThatThrownBy(() -> HistoryRules.parse("f.yaml", builtInText().replace("raise-at-others: 4", "raise-at-others: 2"), PACKS))
        .hasMessageContaining("rules.hostility.pile-on.raise-at-others: must be more than min-others");
    assertThatThrownBy(() -> HistoryRules.parse("f.yaml", builtInText().replace("counts: [hostility, threat]\n    # the others'", "counts: []\n    # the others'"), PACKS))
        .hasMessageContaining("rules.hostility.pile-on.counts: name the categories");
    String withoutPileOn = builtInText().substring(0, builtInText().indexOf("\n  hostility.pile-on:"));
    assertThatThrownBy(() -> HistoryRules.parse("f.yaml", withoutPileOn, PACKS)).hasMessageContaining("expected photo-cluster, mosaic, repeated-hostility, pile-on and colleague-target rules");
  }

  @Test
  void a_colleague_rule_without_work_cues_or_without_a_cap_on_work_posts_is_refused_and_its_cues_match_whole_words() {
    assertThatThrownBy(() -> HistoryRules.parse("f.yaml", builtInText().replaceAll("work-cues: \\[[^]]*]", "work-cues: []"), PACKS))
        .hasMessageContaining("f.yaml: rules.hostility.at-colleague.work-cues: list at least one word or phrase");
    assertThatThrownBy(() -> HistoryRules.parse("f.yaml", builtInText().replace("  work-posts: 5000\n", ""), PACKS))
        .hasMessageContaining("limits.work-posts");
    java.util.regex.Pattern cues = HistoryRules.builtIn().colleagueTarget().workCues();
    assertThat(cues.matcher("Great SHIFT with @amira_k").find()).isTrue();
    assertThat(cues.matcher("welcome to the team @amira_k").find()).isTrue();
    assertThat(cues.matcher("@jo_b the wardrobe, the shiftwork app and @ward_7_team").find()).isFalse();
  }
}
