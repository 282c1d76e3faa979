package org.footprint.analysis.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.footprint.analysis.context.TextAnalysis;
import org.footprint.analysis.identify.IdentifierScanner;
import org.footprint.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

class WordFeaturesTest {
  private static final RuleCatalogue CATALOGUE = RuleCatalogue.builtIn();
  private static final long[] LEXICON_KEYS = WordFeatures.lexiconKeys(CATALOGUE.lexicons());

  /** The names of a text's features, as the trainer writes them, each with the key the text gave it. */
  private static List<String> features(String text) {
    TextAnalysis analysis = new TextAnalysis(CATALOGUE.normaliser().normalise(text), CATALOGUE.lexicons(), new IdentifierScanner());
    char[] chars = analysis.text().chars();
    List<String> named = new ArrayList<>();
    WordFeatures.extract(analysis, CATALOGUE.lexicons(), LEXICON_KEYS, new WordFeatures.Sink() {
      @Override
      public void word(long key, int start, int end) {
        check(WordFeatures.WORD + new String(chars, start, end - start), key);
      }

      @Override
      public void pair(long key, int firstStart, int firstEnd, int secondStart, int secondEnd) {
        check(WordFeatures.PAIR + new String(chars, firstStart, firstEnd - firstStart) + " " + new String(chars, secondStart, secondEnd - secondStart), key);
      }

      @Override
      public void lexicon(long key, int lexicon) {
        check(WordFeatures.LEXICON + CATALOGUE.lexicons().get(lexicon).name(), key);
      }

      private void check(String name, long key) {
        assertThat(WordFeatures.keyOf(name)).as(name).isEqualTo(key);
        named.add(name);
      }
    });
    return named;
  }

  @Test
  void words_pairs_and_word_classes_of_a_post() {
    assertThat(features("You're a total IDIOT!! 😠 ffs"))
        .contains("w:you're", "w:idiot", "b:total idiot", "w:😠", "b:😠 ffs", "w:ffs", "l:insults", "l:profanity")
        .doesNotContain("b:idiot 😠");
  }

  @Test
  void punctuation_ends_a_pair_but_spaces_and_apostrophes_do_not() {
    assertThat(features("that's rubbish. you know")).contains("w:that's", "b:that's rubbish", "b:you know").doesNotContain("b:rubbish you");
  }

  @Test
  void disguised_spellings_are_read_as_the_word() {
    assertThat(features("what a f*cking sh1t day")).contains("w:shit");
  }

  @Property(tries = 200)
  void every_occurrence_has_the_key_of_its_name(@ForAll @Size(min = 1, max = 12) List<@AlphaChars @StringLength(min = 2, max = 9) String> words) {
    List<String> names = features(String.join(" ", words));
    assertThat(names.stream().filter(n -> n.startsWith(WordFeatures.WORD))).hasSize(words.size());
    assertThat(names.stream().filter(n -> n.startsWith(WordFeatures.PAIR))).hasSize(words.size() - 1);
  }

  @Test
  void names_that_are_not_features_are_refused() {
    assertThatThrownBy(() -> WordFeatures.keyOf("idiot")).hasMessageContaining("w:<word>");
    assertThatThrownBy(() -> WordFeatures.keyOf("b:one two three")).hasMessageContaining("two words");
    assertThatThrownBy(() -> WordFeatures.keyOf("b:one")).hasMessageContaining("two words");
  }

  @Test
  void different_features_have_different_keys() {
    assertThat(List.of(WordFeatures.keyOf("w:idiot"), WordFeatures.keyOf("l:idiot"), WordFeatures.keyOf("b:idiot idiot"), WordFeatures.keyOf("w:idiots")))
        .doesNotHaveDuplicates();
  }
}
