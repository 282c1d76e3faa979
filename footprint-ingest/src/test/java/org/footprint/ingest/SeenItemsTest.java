package org.footprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.footprint.model.Item;

class SeenItemsTest {
  private static Item item(String id, String text) {
    return Item.builder("x", id).text(text).build();
  }

  @Property(tries = 50)
  void an_id_with_its_text_is_new_exactly_once(@ForAll @Size(max = 3000) List<@From("shortWords") String> ids,
      @ForAll @Size(min = 3000, max = 3000) List<@From("shortWords") String> texts) {
    SeenItems seen = new SeenItems();
    Set<String> reference = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String text = texts.get(i);
      assertThat(seen.firstTime(item(id, text))).as(id + " / " + text).isEqualTo(reference.add(id + "\u0000" + text));
    }
  }

  @Property(tries = 3)
  void two_hundred_thousand_similar_ids_are_all_told_apart(@ForAll("platforms") String platform) {
    SeenItems seen = new SeenItems();
    assertThat(IntStream.range(0, 200_000).allMatch(i -> seen.firstTime(item(platform + ":" + (1_700_000_000_000L + i), "same words")))).isTrue();
    assertThat(IntStream.range(0, 200_000).noneMatch(i -> seen.firstTime(item(platform + ":" + (1_700_000_000_000L + i), "same words")))).isTrue();
  }

  @Property(tries = 10)
  void the_same_id_with_other_words_is_another_item(@ForAll("shortWords") String id) {
    SeenItems seen = new SeenItems();
    assertThat(seen.firstTime(item(id, "first words"))).isTrue();
    assertThat(seen.firstTime(item(id, "other words"))).isTrue();
    assertThat(seen.firstTime(item(id, "first words"))).isFalse();
  }

  @Provide
  Arbitrary<String> shortWords() {
    // a small alphabet, so that ids and texts repeat often
    return Arbitraries.strings().withChars("abc").ofMaxLength(3);
  }

  @Provide
  Arbitrary<String> platforms() {
    return Arbitraries.of("twitter", "facebook", "mastodon");
  }
}
