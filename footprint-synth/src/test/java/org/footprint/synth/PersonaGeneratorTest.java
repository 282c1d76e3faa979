package org.footprint.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.junit.jupiter.api.Test;

class PersonaGeneratorTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Set<String> PLATFORMS = Set.of("twitter", "facebook", "instagram", "linkedin", "mastodon");

  /** Ten personas, 200 posts each: 2,000 posts over 2023. */
  private static List<SyntheticPost> twoThousandPosts(long seed) {
    PersonaGenerator generator = new PersonaGenerator(seed);
    List<SyntheticPost> posts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      posts.addAll(generator.yearOfPosts(generator.persona(), 2023, 200));
    }
    return posts;
  }

  @Test
  void same_seed_gives_exactly_the_same_personas_and_posts() {
    PersonaGenerator first = new PersonaGenerator(20240601L);
    PersonaGenerator second = new PersonaGenerator(20240601L);
    for (int i = 0; i < 3; i++) {
      Persona a = first.persona();
      Persona b = second.persona();
      assertThat(a).isEqualTo(b);
      assertThat(first.yearOfPosts(a, 2022, 150)).isEqualTo(second.yearOfPosts(b, 2022, 150));
    }
  }

  @Test
  void different_seeds_give_different_posts() {
    PersonaGenerator first = new PersonaGenerator(1);
    PersonaGenerator second = new PersonaGenerator(2);
    List<String> a = first.yearOfPosts(first.persona(), 2024, 50).stream().map(p -> p.item().text()).toList();
    List<String> b = second.yearOfPosts(second.persona(), 2024, 50).stream().map(p -> p.item().text()).toList();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void about_four_in_five_posts_are_benign_and_the_rest_spread_over_categories_in_2000_posts() {
    List<SyntheticPost> posts = twoThousandPosts(7);
    long benign = posts.stream().filter(SyntheticPost::benign).count();
    assertThat(benign / (double) posts.size()).isBetween(0.75, 0.85);

    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    posts.forEach(p -> p.intendedCategories().forEach(c -> counts.merge(c, 1, Integer::sum)));
    for (Category category : Category.risks()) {
      assertThat(counts.getOrDefault(category, 0) / (double) posts.size())
          .as("share of %s", category.id())
          .isBetween(0.005, 0.06);
    }
  }

  @Test
  void every_category_appears_in_a_year_of_posts() {
    PersonaGenerator generator = new PersonaGenerator(99);
    Persona persona = generator.persona();
    Set<Category> seen = EnumSet.noneOf(Category.class);
    generator.yearOfPosts(persona, 2021, 600).forEach(p -> seen.addAll(p.intendedCategories()));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(Category.risks());
  }

  @Test
  void item_ids_never_repeat_within_a_generator() {
    List<SyntheticPost> posts = twoThousandPosts(3);
    Set<String> ids = new HashSet<>();
    posts.forEach(p -> assertThat(ids.add(p.item().id())).as("id %s", p.item().id()).isTrue());
    assertThat(ids).allMatch(id -> id.matches("synthetic:\\d+"));
  }

  @Test
  void every_post_is_dated_within_the_requested_year_in_london_time_and_sorted() {
    PersonaGenerator generator = new PersonaGenerator(11);
    for (int year : new int[] {2016, 2020, 2024}) {
      List<SyntheticPost> posts = generator.yearOfPosts(generator.persona(), year, 400);
      assertThat(posts).hasSize(400);
      Instant previous = Instant.MIN;
      for (SyntheticPost post : posts) {
        Instant at = post.item().createdAt();
        assertThat(at.atZone(LONDON).getYear()).as(post.item().text()).isEqualTo(year);
        assertThat(at).isAfterOrEqualTo(previous);
        previous = at;
      }
    }
  }

  @Test
  void posts_are_spread_over_the_year_and_mostly_posted_in_waking_hours() {
    PersonaGenerator generator = new PersonaGenerator(5);
    List<SyntheticPost> posts = generator.yearOfPosts(generator.persona(), 2024, 1200);
    Set<Integer> months = new HashSet<>();
    long smallHours = 0;
    for (SyntheticPost post : posts) {
      var local = post.item().createdAt().atZone(LONDON);
      months.add(local.getMonthValue());
      if (local.getHour() >= 2 && local.getHour() < 6) {
        smallHours++;
      }
    }
    assertThat(months).hasSize(12);
    assertThat(smallHours / (double) posts.size()).isLessThan(0.05);
  }

  @Test
  void mentions_match_the_handles_in_the_text() {
    Pattern handleToken = Pattern.compile("@[A-Za-z0-9_]+");
    for (SyntheticPost post : twoThousandPosts(13)) {
      Item item = post.item();
      List<String> inText = new ArrayList<>();
      handleToken.matcher(item.text()).results().map(m -> m.group().substring(1))
          .filter(h -> !inText.contains(h)).forEach(inText::add);
      assertThat(item.mentions()).as(item.text()).isEqualTo(inText);
    }
  }

  @Test
  void replies_start_with_the_handle_they_reply_to_and_other_posts_do_not() {
    for (SyntheticPost post : twoThousandPosts(17)) {
      Item item = post.item();
      if (item.kind() == ItemKind.REPLY) {
        assertThat(item.text()).startsWith("@" + item.replyTo());
        assertThat(item.mentions()).first().isEqualTo(item.replyTo());
      } else {
        assertThat(item.text()).doesNotStartWith("@");
        assertThat(item.replyTo()).isNull();
        assertThat(item.kind()).isIn(ItemKind.POST, ItemKind.COMMENT);
      }
    }
  }

  @Test
  void items_are_authored_by_self_on_known_platforms_with_varied_audiences() {
    List<SyntheticPost> posts = twoThousandPosts(19);
    Set<String> platforms = new HashSet<>();
    Set<Object> audiences = new HashSet<>();
    for (SyntheticPost post : posts) {
      Item item = post.item();
      assertThat(item.authoredBySelf()).isTrue();
      assertThat(item.platform()).isIn(PLATFORMS);
      assertThat(item.text()).isNotBlank().doesNotContain("{", "}", "  ");
      platforms.add(item.platform());
      audiences.add(item.audience());
    }
    assertThat(platforms).isEqualTo(PLATFORMS);
    assertThat(audiences).contains(Audience.PUBLIC, Audience.FRIENDS, Audience.FOLLOWERS);
    long open = posts.stream().filter(p -> p.item().audience() == Audience.PUBLIC).count();
    assertThat(open / (double) posts.size()).as("share of public posts").isBetween(0.6, 0.9);
  }

  @Test
  void personas_cover_every_profession_with_all_fields_filled() {
    PersonaGenerator generator = new PersonaGenerator(23);
    Set<Profession> professions = EnumSet.noneOf(Profession.class);
    for (int i = 0; i < 60; i++) {
      Persona persona = generator.persona();
      professions.add(persona.profession());
      assertThat(Arrays.stream(Persona.class.getRecordComponents()).map(c -> {
        try {
          return c.getAccessor().invoke(persona);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      })).allSatisfy(value -> assertThat(value).isNotNull().asString().isNotBlank());
      assertThat(persona.handle()).matches("[A-Za-z0-9_]{1,15}");
      assertThat(persona.name()).contains(" ");
    }
    assertThat(professions).containsExactlyInAnyOrder(Profession.values());
  }

  @Test
  void persona_phones_are_in_ofcom_drama_ranges_and_plates_in_current_uk_format() {
    PersonaGenerator generator = new PersonaGenerator(29);
    for (int i = 0; i < 200; i++) {
      Persona persona = generator.persona();
      assertThat(SynthChecks.isDramaNumber(persona.phone())).as(persona.phone()).isTrue();
      assertThat(persona.carRegistration()).matches("[A-HK-PRSVWY][A-HJ-PR-Z](1\\d|2[0-4]|6\\d|7[0-4]) [A-HJ-PR-Z]{3}");
    }
  }

  @Test
  void refuses_a_negative_count() {
    PersonaGenerator generator = new PersonaGenerator(1);
    assertThatThrownBy(() -> generator.yearOfPosts(generator.persona(), 2024, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
