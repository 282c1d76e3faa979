package org.footprint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;

class ItemAgeTest {
  private static final Instant SCANNED = Instant.parse("2026-12-01T15:00:00Z");
  private final ItemAge age = ItemAge.builtIn();

  private static Item postedAt(String when) {
    return Item.builder("twitter", "1").text("steaming at the wedding").createdAt(when == null ? null : Instant.parse(when)).build();
  }

  private static Finding finding(Item item, Involvement involvement, Remediation... advice) {
    return new Finding(item.id(), involvement, Category.SUBSTANCES, Severity.MEDIUM, 0.8, List.of(), "substances.drunk",
        "Drunk.", "Being drunk in public is a conduct issue.", List.of(), List.of(advice), null);
  }

  @Test
  void a_finding_on_a_three_year_old_post_says_so_and_suggests_deleting_old_posts_in_bulk() {
    Item item = postedAt("2023-06-30T20:00:00Z");

    Finding aged = age.apply(item, List.of(finding(item, Involvement.AUTHORED, Remediation.DELETE, Remediation.EDIT)), SCANNED).get(0);

    assertThat(aged.explanation()).isEqualTo("Being drunk in public is a conduct issue. This is 3 years old.");
    assertThat(aged.remediation()).containsExactly(Remediation.DELETE, Remediation.BULK_DELETE, Remediation.EDIT);
  }

  @Test
  void one_year_is_said_in_the_singular_and_an_endorsement_gets_bulk_advice_after_undoing_it() {
    Item item = postedAt("2025-12-01T09:00:00Z");

    Finding aged = age.apply(item, List.of(finding(item, Involvement.ENDORSED, Remediation.UNDO_ENDORSEMENT)), SCANNED).get(0);

    assertThat(aged.explanation()).endsWith(" This is 1 year old.");
    assertThat(aged.remediation()).containsExactly(Remediation.UNDO_ENDORSEMENT, Remediation.BULK_DELETE);
  }

  @Test
  void a_post_under_a_year_old_or_undated_is_left_as_it_is() {
    for (Item item : List.of(postedAt("2025-12-02T09:00:00Z"), postedAt(null), postedAt("2027-01-01T00:00:00Z"))) {
      List<Finding> findings = List.of(finding(item, Involvement.AUTHORED, Remediation.DELETE));

      assertThat(age.apply(item, findings, SCANNED)).as(String.valueOf(item.createdAt())).isSameAs(findings);
      assertThat(age.isOld(item, SCANNED)).isFalse();
    }
  }

  @Test
  void an_old_post_by_others_says_its_age_but_keeps_the_advice_for_others_posts() {
    Item item = postedAt("2019-05-01T12:00:00Z");

    Finding aged = age.apply(item, List.of(finding(item, Involvement.BY_OTHERS, Remediation.UNTAG, Remediation.ASK_POSTER_TO_REMOVE)), SCANNED).get(0);

    assertThat(aged.explanation()).endsWith(" This is 7 years old.");
    assertThat(aged.remediation()).containsExactly(Remediation.UNTAG, Remediation.ASK_POSTER_TO_REMOVE);
  }

  @Property(tries = 200)
  void age_in_years_never_goes_down_as_the_scan_gets_later(@ForAll @LongRange(min = 0, max = 2_000_000_000L) long posted,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long later, @ForAll @LongRange(min = 0, max = 100_000_000L) long more) {
    Instant at = Instant.ofEpochSecond(posted);
    Instant scan = at.plusSeconds(later);

    int years = ItemAge.yearsOld(at, scan);

    assertThat(years).isBetween((int) (later / (366L * 86_400)), (int) (later / (365L * 86_400)) + 1);
    assertThat(ItemAge.yearsOld(at, scan.plusSeconds(more))).isGreaterThanOrEqualTo(years);
  }

  @Test
  void a_broken_file_names_the_field() {
    assertThatThrownBy(() -> ItemAge.parse("age.yaml", "older-than-years: 0\nsentence: \"This is {age} old.\""))
        .hasMessageContaining("age.yaml: older-than-years");
    assertThatThrownBy(() -> ItemAge.parse("age.yaml", "older-than-years: 1\nsentence: \"Old.\""))
        .hasMessageContaining("age.yaml: sentence");
    assertThatThrownBy(() -> ItemAge.parse("age.yaml", "older-than-years: 1\nsentence: \"{age}\"\nremediation: [shred]"))
        .hasMessageContaining("age.yaml: remediation");
    assertThatThrownBy(() -> ItemAge.parse("age.yaml", "older-than-years: 1\nsentence: \"{age}\"\ncolour: red"))
        .hasMessageContaining("age.yaml: colour: unknown field");
  }
}
