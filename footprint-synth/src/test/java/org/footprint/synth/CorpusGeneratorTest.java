package org.footprint.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.footprint.model.Category;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  @Test
  void same_seed_gives_exactly_the_same_corpus() {
    assertThat(new CorpusGenerator(42).posts(1500).toList()).isEqualTo(new CorpusGenerator(42).posts(1500).toList());
    CorpusGenerator a = new CorpusGenerator(43);
    CorpusGenerator b = new CorpusGenerator(43);
    for (int i = 0; i < 500; i++) {
      assertThat(a.nextPost()).isEqualTo(b.nextPost());
    }
  }

  @Test
  void next_post_and_posts_draw_from_one_sequence() {
    List<String> viaStream = new CorpusGenerator(8).posts(200).map(p -> p.item().text()).toList();
    CorpusGenerator generator = new CorpusGenerator(8);
    List<String> viaNext = IntStream.range(0, 200).mapToObj(i -> generator.nextPost()).toList();
    assertThat(viaNext).isEqualTo(viaStream);
  }

  @Test
  void mean_post_length_is_between_120_and_180_characters() {
    CorpusGenerator generator = new CorpusGenerator(1);
    long total = 0;
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (int i = 0; i < 10_000; i++) {
      int length = generator.nextPost().length();
      total += length;
      shortest = Math.min(shortest, length);
      longest = Math.max(longest, length);
    }
    assertThat(total / 10_000.0).isBetween(120.0, 180.0);
    assertThat(longest - shortest).as("lengths vary").isGreaterThan(150);
  }

  @Test
  void about_85_percent_of_2000_posts_are_benign_and_every_category_appears() {
    List<SyntheticPost> posts = new CorpusGenerator(2).posts(2000).toList();
    long benign = posts.stream().filter(SyntheticPost::benign).count();
    assertThat(benign / 2000.0).isBetween(0.80, 0.90);
    Set<Category> seen = EnumSet.noneOf(Category.class);
    posts.forEach(p -> seen.addAll(p.intendedCategories()));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(Category.risks());
  }

  @Test
  void thousands_of_distinct_posts_come_out() {
    Set<String> texts = new HashSet<>();
    new CorpusGenerator(3).posts(5000).forEach(p -> texts.add(p.item().text()));
    assertThat(texts.size()).isGreaterThan(4900);
  }

  @Test
  void ids_never_repeat_and_dates_fall_in_the_corpus_years() {
    Set<String> ids = new HashSet<>();
    new CorpusGenerator(4).posts(3000).forEach(p -> {
      assertThat(ids.add(p.item().id())).isTrue();
      int year = p.item().createdAt().atZone(ZoneId.of("Europe/London")).getYear();
      assertThat(year).isBetween(CorpusGenerator.FIRST_YEAR, CorpusGenerator.LAST_YEAR);
    });
  }

  @Test
  void stream_stays_in_order_even_when_asked_to_run_in_parallel() {
    List<String> sequential = new CorpusGenerator(5).posts(2000).map(p -> p.item().id()).toList();
    List<String> parallel = new CorpusGenerator(5).posts(2000).parallel().map(p -> p.item().id()).toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void an_empty_request_gives_an_empty_stream() {
    assertThat(new CorpusGenerator(1).posts(0)).isEmpty();
  }

  @Test
  void phone_numbers_in_posts_all_come_from_ofcom_drama_ranges() {
    new CorpusGenerator(6).posts(20_000).forEach(p -> assertThat(SynthChecks.phoneLike(p.item().text()))
        .as(p.item().text())
        .allMatch(SynthChecks::isDramaNumber));
  }
}
