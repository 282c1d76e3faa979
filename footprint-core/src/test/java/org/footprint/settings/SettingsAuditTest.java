package org.footprint.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.junit.jupiter.api.Test;

class SettingsAuditTest {
  private static Item profile(String platform, String field, String text) {
    return Item.builder(platform, "profile:" + field).kind(ItemKind.PROFILE_FIELD).text(text).build();
  }

  private static Item post(String platform, String id, Audience audience, String when) {
    return Item.builder(platform, id).kind(ItemKind.POST).audience(audience).createdAt(Instant.parse(when)).text("hello").build();
  }

  private static SettingsAudit observing(Item... items) {
    SettingsAudit audit = SettingsAudit.builtIn();
    for (Item item : items) {
      audit.observe(item);
    }
    return audit;
  }

  private static List<String> ids(SettingsAudit audit) {
    return audit.settingsToCheck().stream().map(SettingToCheck::id).toList();
  }

  @Test
  void the_shipped_settings_load_each_with_a_title_why_and_how() {
    List<SettingsAudit.Setting> settings = SettingsAudit.builtIn().settings();
    assertThat(settings).isNotEmpty().allSatisfy(s -> {
      assertThat(s.id()).startsWith(s.platform() + ".");
      assertThat(s.why()).hasSizeGreaterThan(40);
      assertThat(s.how()).contains(":");
    });
    assertThat(settings).extracting(SettingsAudit.Setting::platform).contains("twitter", "facebook", "instagram");
  }

  @Test
  void profile_fields_say_which_facebook_details_to_check_and_show_what_the_export_holds() {
    SettingsAudit audit = observing(
        profile("facebook", "current_city", "Current city: Dundee"),
        profile("facebook", "work:0", "Works at Tayside Council as Social worker"),
        profile("facebook", "relationship", "Relationship: Married with Sam"));

    List<SettingToCheck> settings = audit.settingsToCheck();
    assertThat(settings).extracting(SettingToCheck::id).containsExactly("facebook.profile-places", "facebook.profile-work", "facebook.profile-relationship");
    assertThat(settings.get(0).evidence()).containsExactly("Current city: Dundee");
    assertThat(settings.get(1).evidence()).containsExactly("Works at Tayside Council as Social worker");
    assertThat(settings.get(0).how()).contains("Places lived");
  }

  @Test
  void a_bio_alone_asks_for_no_setting() {
    SettingsAudit audit = observing(
        profile("twitter", "bio", "Nurse. Views my own."),
        profile("instagram", "bio", "Coffee and dogs"));
    assertThat(audit.settingsToCheck()).isEmpty();
  }

  @Test
  void public_posts_ask_whether_the_account_should_be_public_per_platform() {
    SettingsAudit audit = observing(
        post("twitter", "1", Audience.PUBLIC, "2024-01-01T10:00:00Z"),
        post("instagram", "2", Audience.FOLLOWERS, "2024-01-01T10:00:00Z"));
    assertThat(ids(audit)).containsExactly("twitter.public-account");
    assertThat(audit.settingsToCheck().get(0).evidence()).containsExactly("public posts: 1");
  }

  @Test
  void an_account_that_was_private_and_is_public_again_is_told_its_private_posts_are_public_now() {
    SettingsAudit audit = observing(
        post("twitter", "1", Audience.FOLLOWERS, "2022-05-01T10:00:00Z"),
        post("twitter", "2", Audience.FOLLOWERS, "2022-06-01T10:00:00Z"),
        post("twitter", "3", Audience.PUBLIC, "2024-01-01T10:00:00Z"));
    assertThat(ids(audit)).containsExactly("twitter.public-account", "twitter.reopened");
    assertThat(audit.settingsToCheck().get(1).evidence().get(0)).startsWith("2 posts written while the account was private");
  }

  @Test
  void an_account_that_is_private_now_is_not_reopened() {
    SettingsAudit audit = observing(
        post("instagram", "1", Audience.PUBLIC, "2022-05-01T10:00:00Z"),
        post("instagram", "2", Audience.FOLLOWERS, "2024-06-01T10:00:00Z"));
    assertThat(ids(audit)).containsExactly("instagram.public-account");
  }

  @Test
  void facebook_posts_without_an_audience_and_tags_by_friends_ask_for_past_posts_and_tag_review() {
    SettingsAudit audit = observing(
        post("facebook", "1", Audience.UNKNOWN, "2024-01-01T10:00:00Z"),
        Item.builder("facebook", "2").kind(ItemKind.PHOTO).authoredBySelf(false).tags(List.of("Me")).text("night out!").build());
    assertThat(ids(audit)).containsExactly("facebook.past-posts", "facebook.tag-review");
  }

  @Test
  void drafts_messages_and_likes_are_not_posts() {
    SettingsAudit audit = observing(
        Item.draft("d", "a draft"),
        Item.builder("twitter", "m").kind(ItemKind.MESSAGE).audience(Audience.DIRECT).text("hi").build(),
        Item.builder("twitter", "l").kind(ItemKind.LIKE).authoredBySelf(false).audience(Audience.PUBLIC).text("liked").build(),
        Item.builder("twitter", "r").kind(ItemKind.MESSAGE).authoredBySelf(false).audience(Audience.DIRECT).text("hi").build());
    assertThat(audit.settingsToCheck()).isEmpty();
  }

  @Test
  void observing_from_several_threads_counts_every_post() {
    SettingsAudit audit = SettingsAudit.builtIn();
    IntStream.range(0, 10_000).parallel().forEach(i -> audit.observe(post("twitter", "t" + i, Audience.PUBLIC, "2024-01-01T10:00:00Z")));
    assertThat(audit.settingsToCheck().get(0).evidence()).containsExactly("public posts: 10,000");
  }

  @Test
  void a_broken_settings_file_names_the_entry_and_the_problem() {
    assertThatThrownBy(() -> SettingsAudit.parse("f.yaml", "settings:\n  - {id: x.a, platform: x, trigger: {sometimes: 1}, title: t, why: w, how: h}\n"))
        .hasMessageContaining("f.yaml: settings[0]").hasMessageContaining("unknown trigger 'sometimes'");
    assertThatThrownBy(() -> SettingsAudit.parse("f.yaml", "settings:\n  - {id: y.a, platform: x, trigger: {reopened: true}, title: t, why: w, how: h}\n"))
        .hasMessageContaining("must start with its platform");
    assertThatThrownBy(() -> SettingsAudit.parse("f.yaml", "settings:\n  - {id: x.a, platform: x, trigger: {public-posts: 1}, title: t, why: w}\n"))
        .hasMessageContaining("'how' is required");
  }
}
