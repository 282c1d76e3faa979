package org.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Remediation;
import org.junit.jupiter.api.Test;

/** The same words, written, endorsed, posted by others about the user, or sent to them; posted publicly or privately. */
class AnalyzerItemContextTest {
  private static final Analyzer SSSC = Analyzer.builtIn();
  private static final String INSULT = "@gav_p you are an absolute moron";

  private static Finding only(Category category, Item item) {
    List<Finding> findings = SSSC.analyze(item);
    return findings.stream().filter(f -> f.category() == category).findFirst().orElseThrow(() -> new AssertionError("no " + category + " finding: " + findings));
  }

  private static Item.Builder item(String id, ItemKind kind, boolean mine, String text) {
    return Item.builder("x", id).kind(kind).authoredBySelf(mine).text(text);
  }

  @Test
  void an_authored_post_keeps_the_rules_severity_and_advice() {
    Finding own = only(Category.HOSTILITY, item("1", ItemKind.POST, true, INSULT).build());
    assertThat(own.involvement()).isEqualTo(Involvement.AUTHORED);
    assertThat(own.message()).doesNotStartWith("You endorsed");
    assertThat(own.remediation()).isNotEmpty().doesNotContain(Remediation.UNDO_ENDORSEMENT, Remediation.UNTAG);
  }

  @Test
  void a_like_or_repost_is_an_endorsement_one_level_lower_with_undo_as_the_advice() {
    Finding own = only(Category.HOSTILITY, item("1", ItemKind.POST, true, INSULT).build());
    for (ItemKind kind : new ItemKind[] {ItemKind.LIKE, ItemKind.REPOST}) {
      Finding endorsed = only(Category.HOSTILITY, item("2", kind, false, INSULT).build());
      assertThat(endorsed.involvement()).isEqualTo(Involvement.ENDORSED);
      assertThat(endorsed.severity()).isEqualTo(own.severity().shift(-1));
      assertThat(endorsed.message()).startsWith("You endorsed: ");
      assertThat(endorsed.explanation()).startsWith("You did not write this, but you liked, reposted or boosted it")
          .contains("rather than " + own.severity().id());
      assertThat(endorsed.remediation()).containsExactly(Remediation.UNDO_ENDORSEMENT);
      assertThat(endorsed.suggestion()).isNull();
      assertThat(endorsed.evidence()).isEqualTo(own.evidence());
      assertThat(endorsed.clauses()).isEqualTo(own.clauses());
    }
  }

  @Test
  void a_hostile_quote_post_is_dunking_rated_one_level_higher_than_the_same_words_in_a_reply_and_says_why() {
    String mocking = "what a clown, useless as always https://x.com/gav_p/status/1810448735129600000";
    Finding reply = only(Category.HOSTILITY, item("1", ItemKind.REPLY, true, mocking).replyTo("gav_p").build());
    Finding quote = only(Category.HOSTILITY, item("2", ItemKind.QUOTE, true, mocking).build());
    assertThat(quote.severity()).isEqualTo(reply.severity().shift(1));
    assertThat(quote.explanation()).contains("(\"dunking\")").contains("rather than " + reply.severity().id());
    assertThat(reply.explanation()).doesNotContain("dunking");
    assertThat(quote.evidence()).isEqualTo(reply.evidence());
    // the kind changes only hostility: what else a quote holds, and quotes the user liked, keep their level
    String careless = "off to the pub, absolutely wasted already https://x.com/gav_p/status/1810448735129600000";
    List<Finding> quoted = SSSC.analyze(item("3", ItemKind.QUOTE, true, careless).build());
    List<Finding> posted = SSSC.analyze(item("4", ItemKind.POST, true, careless).build());
    assertThat(quoted).isNotEmpty().extracting(Finding::severity).isEqualTo(posted.stream().map(Finding::severity).toList());
    assertThat(quoted).allSatisfy(f -> assertThat(f.explanation()).doesNotContain("dunking"));
  }

  @Test
  void a_friends_post_about_the_user_is_judged_as_if_it_were_theirs_with_untag_and_ask_to_remove() {
    String text = "absolutely steaming at the wedding with @jo_nurse, she was out of her face on tequila";
    Finding own = only(Category.SUBSTANCES, item("1", ItemKind.POST, true, text).build());
    Finding others = only(Category.SUBSTANCES, item("2", ItemKind.PHOTO, false, text).tags(List.of("Jo Bell")).build());
    assertThat(others.involvement()).isEqualTo(Involvement.BY_OTHERS);
    assertThat(others.severity()).isEqualTo(own.severity());
    assertThat(others.message()).startsWith("Posted by others: ");
    assertThat(others.explanation()).startsWith("Someone else posted this where it is linked to you").doesNotContain("rather than");
    assertThat(others.remediation()).containsExactly(Remediation.UNTAG, Remediation.HIDE_FROM_PROFILE, Remediation.ASK_POSTER_TO_REMOVE);
  }

  @Test
  void a_message_sent_to_the_user_is_received_one_level_lower_and_contact_advice_depends_on_the_category() {
    Finding insult = only(Category.HOSTILITY, item("3", ItemKind.MESSAGE, false, INSULT).audience(Audience.DIRECT).build());
    assertThat(insult.involvement()).isEqualTo(Involvement.RECEIVED);
    assertThat(insult.message()).startsWith("Sent to you: ");
    assertThat(insult.remediation()).containsExactly(Remediation.REPORT);
    // a colleague telling the user what she did: nobody else sees it, but the user should not let it pass
    String contact = "gave my personal mobile number to a client's mum so she can text me";
    List<Finding> findings = SSSC.analyze(item("4", ItemKind.MESSAGE, false, contact).audience(Audience.DIRECT).build());
    assertThat(findings).filteredOn(f -> f.category() == Category.BOUNDARIES).isNotEmpty()
        .allSatisfy(f -> assertThat(f.remediation()).containsExactly(Remediation.KEEP_A_RECORD, Remediation.REPORT));
  }

  @Test
  void who_could_see_a_post_is_said_and_a_private_message_drops_a_level_unless_privacy_does_not_excuse_it() {
    Finding open = only(Category.HOSTILITY, item("5", ItemKind.POST, true, INSULT).audience(Audience.PUBLIC).build());
    Finding followers = only(Category.HOSTILITY, item("6", ItemKind.POST, true, INSULT).audience(Audience.FOLLOWERS).build());
    Finding unknown = only(Category.HOSTILITY, item("7", ItemKind.POST, true, INSULT).build());
    Finding direct = only(Category.HOSTILITY, item("8", ItemKind.MESSAGE, true, INSULT).audience(Audience.DIRECT).build());
    assertThat(followers.severity()).isEqualTo(open.severity());
    assertThat(followers.explanation()).startsWith("Only your followers could see this");
    assertThat(unknown.severity()).isEqualTo(open.severity());
    assertThat(unknown.explanation()).startsWith("The export does not say who could see this, so Footprint treats it as possibly public.");
    assertThat(open.explanation()).doesNotContain("could see this");
    assertThat(direct.severity()).isEqualTo(open.severity().shift(-1));
    assertThat(direct.explanation()).startsWith("This was a private message").contains("rather than " + open.severity().id());
    assertThat(direct.involvement()).isEqualTo(Involvement.AUTHORED);

    String clientDetail = "gave my personal mobile number to a client's mum so she can text me";
    Finding publicContact = only(Category.BOUNDARIES, item("9", ItemKind.POST, true, clientDetail).audience(Audience.PUBLIC).build());
    Finding privateContact = only(Category.BOUNDARIES, item("10", ItemKind.MESSAGE, true, clientDetail).audience(Audience.DIRECT).build());
    assertThat(privateContact.severity()).isEqualTo(publicContact.severity());
  }

  @Test
  void a_draft_has_no_audience_yet_so_nothing_is_said_about_who_could_see_it() {
    Finding draft = only(Category.HOSTILITY, Item.draft("d", INSULT));
    assertThat(draft.explanation()).doesNotContain("could see this").doesNotContain("rather than");
    assertThat(draft.suggestion()).isEqualTo(only(Category.HOSTILITY, item("1", ItemKind.POST, true, INSULT).build()).suggestion());
  }
}
