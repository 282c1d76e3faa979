package org.footprint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.footprint.model.Category;
import org.footprint.model.Clause;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;

class PolicyPacksTest {

  private static final PolicyPacks PACKS = PolicyPacks.loadBuiltIn();

  @Test
  void loads_every_built_in_pack_in_index_order() {
    assertThat(PACKS.all()).extracting(PolicyPack::id)
        .containsExactly("sssc", "swe", "scw", "niscc", "hcpc", "nmc", "gmc", "police", "gtcs", "dfe-teachers");
  }

  @Test
  void exactly_one_pack_is_the_default_and_it_is_sssc() {
    assertThat(PACKS.all()).filteredOn(PolicyPack::isDefault).extracting(PolicyPack::id).containsExactly("sssc");
    assertThat(PACKS.defaultPack().id()).isEqualTo("sssc");
    assertThat(PACKS.defaultPack().code()).isEqualTo("sssc-2024");
  }

  @Test
  void every_pack_has_a_clause_or_a_note_for_every_category() {
    for (PolicyPack pack : PACKS.all()) {
      for (Category category : Category.risks()) {
        assertThat(!pack.clauses().getOrDefault(category, List.of()).isEmpty() || pack.notes().containsKey(category.id()))
            .as("%s: %s has a clause or a note", pack.id(), category.id())
            .isTrue();
      }
    }
  }

  @Test
  void every_pack_has_public_trust_clauses_and_every_finding_cites_them() {
    for (PolicyPack pack : PACKS.all()) {
      assertThat(pack.publicTrust()).as(pack.id()).isNotEmpty();
      for (Category category : Category.risks()) {
        List<String> cited = pack.clausesFor(category).stream().map(Clause::reference).toList();
        assertThat(cited).as("%s: %s", pack.id(), category.id())
            .containsAll(pack.publicTrust().stream().map(Clause::reference).toList());
      }
    }
  }

  @Test
  void every_clause_carries_its_pack_code_and_a_summary() {
    for (PolicyPack pack : PACKS.all()) {
      pack.clauses().values().stream().flatMap(List::stream)
          .forEach(clause -> assertThat(clause.code()).as(pack.id() + " " + clause.reference()).isEqualTo(pack.code()));
      assertThat(pack.publicTrust()).allSatisfy(clause -> assertThat(clause.code()).isEqualTo(pack.code()));
      assertThat(pack.publicTrust()).allSatisfy(clause -> assertThat(clause.summary()).isNotBlank());
    }
  }

  @Test
  void pack_ids_and_codes_are_unique() {
    assertThat(PACKS.all()).extracting(PolicyPack::id).doesNotHaveDuplicates();
    assertThat(PACKS.all()).extracting(PolicyPack::code).doesNotHaveDuplicates();
  }

  @Test
  void clauses_for_a_category_come_first_then_public_trust_without_duplicates() {
    PolicyPack sssc = PACKS.get("sssc");

    List<String> threat = sssc.clausesFor(Category.THREAT).stream().map(Clause::reference).toList();

    // threat already lists the outside-work clause, so public trust adds nothing twice
    assertThat(threat).containsExactly("Code 5 (abuse or harm)", "Code 5 (conduct outside work)");
    assertThat(sssc.clausesFor(Category.CONFIDENTIALITY)).extracting(Clause::reference)
        .containsExactly("2.3", "1.5", "Code 5 (conduct outside work)");
    assertThat(sssc.clausesFor(Category.POLITICAL)).extracting(Clause::reference)
        .containsExactly("Code 5 (conduct outside work)");
  }

  @Test
  void police_raises_political_findings_to_at_least_high() {
    PolicyPack police = PACKS.get("police");

    for (Severity severity : Severity.values()) {
      assertThat(police.adjust(Category.POLITICAL, severity)).as(severity.id()).matches(s -> s.atLeast(Severity.HIGH));
    }
    assertThat(police.adjust(Category.POLITICAL, Severity.CRITICAL)).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void sssc_keeps_political_findings_at_most_low() {
    PolicyPack sssc = PACKS.get("sssc");

    for (Severity severity : Severity.values()) {
      assertThat(sssc.adjust(Category.POLITICAL, severity)).as(severity.id()).isLessThanOrEqualTo(Severity.LOW);
    }
  }

  @Test
  void political_findings_stay_at_most_low_in_every_pack_but_police() {
    for (PolicyPack pack : PACKS.all()) {
      if (!pack.id().equals("police")) {
        assertThat(pack.adjust(Category.POLITICAL, Severity.CRITICAL)).as(pack.id()).isEqualTo(Severity.LOW);
      }
    }
  }

  @Test
  void exposure_findings_never_rise_above_low_and_stay_visible_at_low() {
    for (PolicyPack pack : PACKS.all()) {
      for (Severity severity : Severity.values()) {
        assertThat(pack.adjust(Category.EXPOSURE, severity)).as("%s %s", pack.id(), severity.id())
            .isLessThanOrEqualTo(Severity.LOW);
      }
      assertThat(pack.adjust(Category.EXPOSURE, Severity.LOW)).as(pack.id()).isEqualTo(Severity.LOW);
      assertThat(pack.adjust(Category.EXPOSURE, Severity.HIGH)).as(pack.id()).isEqualTo(Severity.LOW);
    }
  }

  @Test
  void profanity_is_capped_at_low_except_for_police_where_it_is_at_least_low() {
    for (PolicyPack pack : PACKS.all()) {
      if (pack.id().equals("police")) {
        assertThat(pack.adjust(Category.PROFANITY, Severity.INFO)).isEqualTo(Severity.LOW);
        assertThat(pack.adjust(Category.PROFANITY, Severity.MEDIUM)).isEqualTo(Severity.MEDIUM);
      } else {
        assertThat(pack.adjust(Category.PROFANITY, Severity.HIGH)).as(pack.id()).isEqualTo(Severity.LOW);
      }
    }
  }

  @Test
  void categories_without_an_adjustment_keep_the_rule_severity() {
    PolicyPack sssc = PACKS.get("sssc");

    for (Severity severity : Severity.values()) {
      assertThat(sssc.adjust(Category.CONFIDENTIALITY, severity)).isEqualTo(severity);
    }
  }

  @Test
  void unknown_pack_id_names_the_known_packs() {
    assertThatThrownBy(() -> PACKS.get("sscs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown pack 'sscs' (known: sssc, swe, scw, niscc, hcpc, nmc, gmc, police, gtcs, dfe-teachers)");
  }

  @Test
  void resolves_a_qualified_reference_to_the_clause_in_that_pack() {
    assertThat(PACKS.resolve("sssc:2.8"))
        .hasValueSatisfying(clause -> {
          assertThat(clause.code()).isEqualTo("sssc-2024");
          assertThat(clause.reference()).isEqualTo("2.8");
          assertThat(clause.verified()).isTrue();
        });
    assertThat(PACKS.resolve("police:Discreditable conduct")).map(Clause::code).hasValue("police-ew-2020");
    assertThat(PACKS.resolve("hcpc:1.10")).map(Clause::reference).hasValue("1.10");
  }

  @Test
  void resolves_a_reference_qualified_by_code_id_as_rule_files_write_it() {
    assertThat(PACKS.resolve("sssc-2024:2.8")).isEqualTo(PACKS.resolve("sssc:2.8"));
  }

  @Test
  void unknown_clause_or_pack_resolves_to_nothing() {
    assertThat(PACKS.resolve("sssc:9.9")).isEmpty();
    assertThat(PACKS.resolve("sssc:5.8")).isEmpty(); // unverified, so only cited by section
    assertThat(PACKS.resolve("nobody:2.8")).isEmpty();
  }

  @Test
  void refuses_a_reference_without_a_pack() {
    assertThatThrownBy(() -> PACKS.resolve("2.8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected <pack>:<clause>");
  }

  @Test
  void built_in_packs_are_loaded_once_and_cannot_be_changed() {
    assertThat(PolicyPacks.loadBuiltIn()).isSameAs(PACKS);
    assertThatThrownBy(() -> PACKS.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PACKS.defaultPack().clauses().get(Category.HOSTILITY).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PACKS.defaultPack().clausesFor(Category.HOSTILITY).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
