package org.footprint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.footprint.model.Category;
import org.footprint.model.Involvement;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;

class InvolvementPolicyTest {
  private static final String COMPLETE = """
      authored: {shift: 0, lead: "", message: ""}
      endorsed: {shift: -1, lead: "You liked it.", message: "Liked: ", remediation: [undo-endorsement]}
      by-others: {shift: 0, lead: "A friend posted it.", message: "", remediation: [untag]}
      received: {shift: -1, lead: "Sent to you.", message: "", remediation: [report], by-category: {boundaries: [keep-a-record]}}
      """;

  @Test
  void the_shipped_policy_treats_every_involvement_and_keeps_authored_findings_as_the_rule_says() {
    InvolvementPolicy policy = InvolvementPolicy.builtIn();
    for (Involvement involvement : Involvement.values()) {
      assertThat(policy.of(involvement)).as(involvement.id()).isNotNull();
    }
    InvolvementPolicy.Treatment authored = policy.of(Involvement.AUTHORED);
    assertThat(authored.adjust(Severity.HIGH)).isEqualTo(Severity.HIGH);
    assertThat(authored.remediation(Category.HOSTILITY, java.util.List.of(Remediation.DELETE))).containsExactly(Remediation.DELETE);
    assertThat(policy.of(Involvement.ENDORSED).adjust(Severity.HIGH)).isEqualTo(Severity.MEDIUM);
    assertThat(policy.of(Involvement.ENDORSED).adjust(Severity.INFO)).isEqualTo(Severity.INFO);
    assertThat(policy.of(Involvement.BY_OTHERS).remediation(Category.SUBSTANCES, java.util.List.of(Remediation.DELETE)))
        .containsExactly(Remediation.UNTAG, Remediation.HIDE_FROM_PROFILE, Remediation.ASK_POSTER_TO_REMOVE);
    assertThat(policy.of(Involvement.RECEIVED).remediation(Category.BOUNDARIES, java.util.List.of(Remediation.DELETE)))
        .containsExactly(Remediation.KEEP_A_RECORD, Remediation.REPORT);
    assertThat(policy.of(Involvement.RECEIVED).remediation(Category.THREAT, java.util.List.of(Remediation.DELETE)))
        .containsExactly(Remediation.REPORT);
  }

  @Test
  void a_complete_file_reads() {
    InvolvementPolicy policy = InvolvementPolicy.parse("test.yaml", COMPLETE);
    assertThat(policy.of(Involvement.ENDORSED).message()).isEqualTo("Liked: ");
    assertThat(policy.of(Involvement.BY_OTHERS).lead()).isEqualTo("A friend posted it.");
  }

  @Test
  void a_missing_involvement_an_unknown_field_or_remediation_and_a_changed_authored_entry_are_refused_by_name() {
    assertThatThrownBy(() -> InvolvementPolicy.parse("test.yaml", COMPLETE.replaceAll("(?m)^received:.*$", "")))
        .hasMessage("test.yaml: missing 'received'");
    assertThatThrownBy(() -> InvolvementPolicy.parse("test.yaml", COMPLETE.replace("lead: \"You liked it.\"", "colour: red")))
        .hasMessageStartingWith("test.yaml: endorsed.colour: unknown field");
    assertThatThrownBy(() -> InvolvementPolicy.parse("test.yaml", COMPLETE.replace("[untag]", "[burn-it]")))
        .hasMessageContaining("by-others.remediation").hasMessageContaining("unknown remediation 'burn-it'");
    assertThatThrownBy(() -> InvolvementPolicy.parse("test.yaml", COMPLETE.replace("boundaries:", "gossip:")))
        .hasMessageContaining("received.by-category.gossip");
    assertThatThrownBy(() -> InvolvementPolicy.parse("test.yaml", COMPLETE.replace("authored: {shift: 0", "authored: {shift: 1")))
        .hasMessageContaining("authored: an item the user wrote keeps");
    assertThatThrownBy(() -> InvolvementPolicy.parse("test.yaml", COMPLETE.replace("shift: -1, lead: \"You", "shift: -7, lead: \"You")))
        .hasMessageContaining("endorsed.shift");
    assertThatThrownBy(() -> InvolvementPolicy.parse("test.yaml", "friends: {shift: 0}"))
        .hasMessageContaining("test.yaml: friends: unknown involvement");
  }
}
