package org.footprint.analysis.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSetTest {
  private final WordSet streets = new WordSet(List.of("Road", "Rd", "Lane", "estate"));

  @Test
  void finds_a_whole_word_and_only_a_whole_word() {
    assertThat(streets.anyIn("Home visit on Rowan Road today")).isTrue();
    assertThat(streets.anyIn("the Northfield estate again")).isTrue();
    assertThat(streets.anyIn("Roadworks and Lanes everywhere")).isFalse();
    assertThat(streets.anyIn("real estates agents")).isFalse();
  }

  @Test
  void is_case_sensitive_and_handles_edges() {
    assertThat(streets.anyIn("road")).isFalse();
    assertThat(streets.anyIn("Rd")).isTrue();
    assertThat(streets.anyIn("")).isFalse();
    assertThat(streets.anyIn("Élan Lane.")).isTrue();
  }

  @Test
  void checks_a_region_of_a_text() {
    assertThat(streets.contains("on Lane 4", 3, 4)).isTrue();
    assertThat(streets.contains("on Lanes", 3, 5)).isFalse();
  }

  @Test
  void refuses_words_it_cannot_index() {
    assertThatThrownBy(() -> new WordSet(List.of("Élan"))).hasMessageContaining("ASCII");
  }
}
