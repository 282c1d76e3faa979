package org.footprint.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class BoundedSampleTest {
  @Property
  void keeps_the_same_values_whatever_order_they_are_offered_in(@ForAll @Size(max = 300) List<@IntRange(max = 10_000) Integer> numbers,
      @ForAll @IntRange(min = 1, max = 50) int capacity, @ForAll long seed) {
    List<String> ids = numbers.stream().distinct().map(n -> "twitter:" + n).toList();
    List<String> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, new Random(seed));
    BoundedSample<String> inOrder = new BoundedSample<>(capacity);
    ids.forEach(id -> inOrder.add(id, id));
    BoundedSample<String> anyOrder = new BoundedSample<>(capacity);
    shuffled.forEach(id -> anyOrder.add(id, id));
    assertThat(new HashSet<>(anyOrder.values())).isEqualTo(new HashSet<>(inOrder.values()));
    assertThat(inOrder.size()).isEqualTo(Math.min(capacity, ids.size()));
    assertThat(inOrder.dropped()).isEqualTo(ids.size() - inOrder.size());
  }
}
