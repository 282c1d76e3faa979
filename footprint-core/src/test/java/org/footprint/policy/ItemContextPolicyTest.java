package org.footprint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.Involvement;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;

class ItemContextPolicyTest {
  private static final String COMPLETE = """
      involvement:
        authored: {shift: 0}
        endorsed: {shift: -1, lead: "You liked it.", message: "Liked: ", remediation: [undo-endorsement]}
        by-others: {shift: 0, lead: "A friend posted it.", remediation: [untag]}
        received: {shift: -1, lead: "Sent to you.", remediation: [report], by-category: {boundaries: [keep-a-record]}}
      audience:
        public: {shift: 0}
        followers: {shift: 0, lead: "Followers only."}
        friends: {shift: 0}
        direct: {shift: -1, unshifted: [threat]}
        unknown: {shift: 0, lead: "Maybe public."}
      kind:
        quote: {shift: 1, only: [hostility], lead: "Dunking."}
      """;

  @Test
  void the_shipped_policy_treats_every_context_and_keeps_authored_public_findings_as_the_rule_says() {
    ItemContextPolicy policy = ItemContextPolicy.builtIn();
    for (Involvement involvement : Involvement.values()) {
      assertThat(policy.involvement(involvement)).as(involvement.id()).isNotNull();
    }
    for (Audience audience : Audience.values()) {
      assertThat(policy.audience(audience)).as(audience.id()).isNotNull();
    }
    ItemContextPolicy.Treatment authored = policy.involvement(Involvement.AUTHORED);
    assertThat(authored.adjust(Category.HOSTILITY, Severity.HIGH)).isEqualTo(Severity.HIGH);
    assertThat(authored.remediation(Category.HOSTILITY, List.of(Remediation.DELETE))).containsExactly(Remediation.DELETE);
    assertThat(policy.audience(Audience.PUBLIC).adjust(Category.PROFANITY, Severity.LOW)).isEqualTo(Severity.LOW);
    assertThat(policy.involvement(Involvement.ENDORSED).adjust(Category.HOSTILITY, Severity.HIGH)).isEqualTo(Severity.MEDIUM);
    assertThat(policy.involvement(Involvement.ENDORSED).adjust(Category.HOSTILITY, Severity.INFO)).isEqualTo(Severity.INFO);
    assertThat(policy.involvement(Involvement.BY_OTHERS).remediation(Category.SUBSTANCES, List.of(Remediation.DELETE)))
        .containsExactly(Remediation.UNTAG, Remediation.HIDE_FROM_PROFILE, Remediation.ASK_POSTER_TO_REMOVE);
    assertThat(policy.involvement(Involvement.RECEIVED).remediation(Category.BOUNDARIES, List.of(Remediation.DELETE)))
        .containsExactly(Remediation.KEEP_A_RECORD, Remediation.REPORT);
    assertThat(policy.involvement(Involvement.RECEIVED).remediation(Category.THREAT, List.of(Remediation.DELETE)))
        .containsExactly(Remediation.REPORT);
    // A private message drops a level, except what stays as serious in private.
    ItemContextPolicy.Treatment direct = policy.audience(Audience.DIRECT);
    assertThat(direct.adjust(Category.PROFANITY, Severity.LOW)).isEqualTo(Severity.INFO);
    assertThat(direct.adjust(Category.CONFIDENTIALITY, Severity.HIGH)).isEqualTo(Severity.HIGH);
    assertThat(direct.adjust(Category.THREAT, Severity.HIGH)).isEqualTo(Severity.HIGH);
    assertThat(policy.audience(Audience.UNKNOWN).lead()).contains("possibly public");
    // a hostile quote-post is dunking; the kind changes nothing else, and most kinds are not listed
    ItemContextPolicy.Treatment quote = policy.kind(org.footprint.model.ItemKind.QUOTE);
    assertThat(quote.adjust(Category.HOSTILITY, Severity.MEDIUM)).isEqualTo(Severity.HIGH);
    assertThat(quote.adjust(Category.SUBSTANCES, Severity.MEDIUM)).isEqualTo(Severity.MEDIUM);
    assertThat(quote.appliesTo(Category.THREAT)).isFalse();
    assertThat(policy.kind(org.footprint.model.ItemKind.REPLY)).isNull();
  }

  @Test
  void a_complete_file_reads() {
    ItemContextPolicy policy = ItemContextPolicy.parse("test.yaml", COMPLETE);
    assertThat(policy.involvement(Involvement.ENDORSED).message()).isEqualTo("Liked: ");
    assertThat(policy.involvement(Involvement.BY_OTHERS).lead()).isEqualTo("A friend posted it.");
    assertThat(policy.audience(Audience.DIRECT).unshifted()).containsExactly(Category.THREAT);
    assertThat(policy.audience(Audience.FOLLOWERS).lead()).isEqualTo("Followers only.");
    assertThat(policy.kind(org.footprint.model.ItemKind.QUOTE).only()).containsExactly(Category.HOSTILITY);
    assertThat(ItemContextPolicy.parse("test.yaml", COMPLETE.substring(0, COMPLETE.indexOf("kind:"))).kind(org.footprint.model.ItemKind.QUOTE)).isNull();
  }

  @Test
  void a_missing_entry_an_unknown_field_value_or_section_and_a_changed_authored_entry_are_refused_by_name() {
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replaceAll("(?m)^  received:.*$", "")))
        .hasMessage("test.yaml: involvement: missing 'received'");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replaceAll("(?m)^  friends:.*$", "")))
        .hasMessage("test.yaml: audience: missing 'friends'");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replace("lead: \"You liked it.\"", "colour: red")))
        .hasMessageStartingWith("test.yaml: involvement.endorsed.colour: unknown field");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replace("[untag]", "[burn-it]")))
        .hasMessageContaining("involvement.by-others.remediation").hasMessageContaining("unknown remediation 'burn-it'");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replace("boundaries:", "gossip:")))
        .hasMessageContaining("involvement.received.by-category.gossip");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replace("unshifted: [threat]", "unshifted: [rudeness]")))
        .hasMessageContaining("audience.direct.unshifted");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replace("authored: {shift: 0}", "authored: {shift: 1}")))
        .hasMessageContaining("involvement.authored: an item the user wrote keeps");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replace("endorsed: {shift: -1", "endorsed: {shift: -7")))
        .hasMessageContaining("involvement.endorsed.shift");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replace("  friends: {shift: 0}", "  acquaintances: {shift: 0}")))
        .hasMessageContaining("audience.acquaintances: unknown audience");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE + "weather: {}\n"))
        .hasMessageContaining("test.yaml: weather: unknown section");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replace("  quote: {", "  quip: {")))
        .hasMessageContaining("kind.quip: unknown kind 'quip'");
    assertThatThrownBy(() -> ItemContextPolicy.parse("test.yaml", COMPLETE.replace("only: [hostility]", "only: [snark]")))
        .hasMessageContaining("kind.quote.only");
  }
}
