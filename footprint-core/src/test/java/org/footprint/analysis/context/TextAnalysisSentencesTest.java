package org.footprint.analysis.context;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Where a text's sentences start: what the word model's reading of one sentence is cut by. */
class TextAnalysisSentencesTest {

  @Test
  void a_full_stop_question_or_exclamation_mark_before_a_space_ends_a_sentence() {
    TextAnalysis analysis = BuiltInAnalysis.of("Shift done. Anyone for chips? Yes!");
    int[] starts = analysis.sentenceStarts();
    assertThat(starts).containsExactly(0, 11, 29, 34);
    for (int k = 0; k + 1 < starts.length; k++) {
      assertThat(analysis.sentenceAt(starts[k])).isEqualTo(k);
      assertThat(analysis.sentenceAt(starts[k + 1] - 1)).isEqualTo(k);
    }
  }

  @Test
  void a_last_full_stop_opens_no_empty_sentence_and_a_dot_inside_a_word_ends_none() {
    assertThat(BuiltInAnalysis.of("Meet at 10.30 at the café.").sentenceStarts()).containsExactly(0, 26);
    assertThat(BuiltInAnalysis.of("no stop at all").sentenceStarts()).containsExactly(0, 14);
    assertThat(BuiltInAnalysis.of("line one\nline two").sentenceStarts()).containsExactly(0, 9, 17);
  }

  @Test
  void an_empty_text_is_one_empty_sentence() {
    assertThat(BuiltInAnalysis.of("").sentenceStarts()).containsExactly(0, 0);
  }

  @Property(tries = 300)
  void the_sentences_cover_the_text_in_order(@ForAll @StringLength(max = 80) @Chars({'a', 'b', ' ', '.', '!', '?', '\n'}) String text) {
    TextAnalysis analysis = BuiltInAnalysis.of(text);
    int[] starts = analysis.sentenceStarts();
    int length = analysis.text().chars().length;
    assertThat(starts[0]).isZero();
    assertThat(starts[starts.length - 1]).isEqualTo(length);
    for (int k = 0; k + 1 < starts.length; k++) {
      assertThat(starts[k]).isLessThan(Math.max(starts[k + 1], 1));
      for (int i = starts[k]; i < starts[k + 1]; i++) {
        assertThat(analysis.sentenceAt(i)).isEqualTo(k);
      }
    }
  }
}
