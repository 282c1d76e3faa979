package org.footprint.analysis.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the offset map and of normalisation itself, over arbitrary and adversarial text. */
class NormaliserPropertiesTest {
  private final Normaliser normaliser = new Normaliser(List.of("fuck", "shit", "idiot", "twat"));

  @Provide
  Arbitrary<String> posts() {
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars("abcdefhikostuABCDE 013457@$!*#.-_'\"\n\t😂🍸é\u0301\u200bЅІ𝐟")
        .ofMaxLength(60);
    return Arbitraries.oneOf(tricky, Arbitraries.strings().all().ofMaxLength(40));
  }

  @Property(tries = 2000)
  void offsets_land_inside_the_original_and_never_go_backwards(@ForAll("posts") String post) {
    NormalisedText text = normaliser.normalise(post);
    int previousStart = 0;
    for (int i = 0; i < text.length(); i++) {
      int start = text.originalStart(i);
      int end = text.originalEnd(i + 1);
      assertThat(start).isBetween(0, post.length());
      assertThat(end).isBetween(start, post.length());
      assertThat(start).isGreaterThanOrEqualTo(previousStart);
      previousStart = start;
    }
  }

  @Property(tries = 2000)
  void every_normalised_span_maps_to_a_valid_original_substring(@ForAll("posts") String post) {
    NormalisedText text = normaliser.normalise(post);
    for (int start = 0; start < text.length(); start += 3) {
      int end = Math.min(text.length(), start + 4);
      var span = text.evidence(start, end, "x");
      assertThat(post.substring(span.start(), span.end())).isEqualTo(span.text());
    }
  }

  @Property(tries = 2000)
  void normalising_twice_changes_nothing(@ForAll("posts") String post) {
    String once = normaliser.normalise(post).text();
    assertThat(normaliser.normalise(once).text()).isEqualTo(once);
  }
}
