package org.footprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class SeenItemsTest {
  @Property(tries = 50)
  void an_id_is_new_exactly_once(@ForAll @Size(max = 3000) java.util.List<@StringLength(max = 30) String> ids) {
    SeenItems seen = new SeenItems();
    Set<String> reference = new HashSet<>();
    for (String id : ids) {
      assertThat(seen.firstTime(id)).as(id).isEqualTo(reference.add(id));
    }
  }

  @Property(tries = 3)
  void two_hundred_thousand_similar_ids_are_all_told_apart(@ForAll("platforms") String platform) {
    SeenItems seen = new SeenItems();
    assertThat(IntStream.range(0, 200_000).allMatch(i -> seen.firstTime(platform + ":" + (1_700_000_000_000L + i)))).isTrue();
    assertThat(IntStream.range(0, 200_000).noneMatch(i -> seen.firstTime(platform + ":" + (1_700_000_000_000L + i)))).isTrue();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> platforms() {
    return net.jqwik.api.Arbitraries.of("twitter", "facebook", "mastodon");
  }
}
