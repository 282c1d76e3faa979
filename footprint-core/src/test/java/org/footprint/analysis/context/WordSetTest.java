package org.footprint.analysis.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSetTest {
  private final WordSet streets = new WordSet(List.of("Road", "Rd", "Lane", "estate"));

  private boolean anyIn(String text) {
    return streets.anyIn(text.toCharArray(), WordSet.letterRuns(text.toCharArray()));
  }

  @Test
  void finds_a_whole_word_and_only_a_whole_word() {
    assertThat(anyIn("Home visit on Rowan Road today")).isTrue();
    assertThat(anyIn("the Northfield estate again")).isTrue();
    assertThat(anyIn("Roadworks and Lanes everywhere")).isFalse();
    assertThat(anyIn("real estates agents")).isFalse();
  }

  @Test
  void is_case_sensitive_and_handles_edges() {
    assertThat(anyIn("road")).isFalse();
    assertThat(anyIn("Rd")).isTrue();
    assertThat(anyIn("")).isFalse();
    assertThat(anyIn("Élan Lane.")).isTrue();
  }

  @Test
  void words_are_runs_of_letters_found_once() {
    assertThat(WordSet.letterRuns("Rowan Rd, 4b Élan-Lane".toCharArray())).containsExactly(0, 5, 6, 8, 11, 12, 13, 17, 18, 22);
    assertThat(WordSet.letterRuns("42 !!".toCharArray())).isEmpty();
    char[] text = "two Roads, one Road and a Lane".toCharArray();
    assertThat(streets.spansIn(text, WordSet.letterRuns(text))).containsExactly(15, 19, 26, 30);
  }

  @Test
  void checks_a_region_of_a_text() {
    assertThat(streets.contains("on Lane 4".toCharArray(), 3, 4)).isTrue();
    assertThat(streets.contains("on Lanes".toCharArray(), 3, 5)).isFalse();
  }

  @Test
  void refuses_words_it_cannot_index() {
    assertThatThrownBy(() -> new WordSet(List.of("Élan"))).hasMessageContaining("ASCII");
  }
}
