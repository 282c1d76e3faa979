package org.footprint.analysis.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NormaliserTest {
  private final Normaliser normaliser = new Normaliser(List.of("fuck", "shit", "cunt", "bitch", "idiot"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Hello World|hello world",
      "ＦＵＬＬＷＩＤＴＨ|fullwidth",
      "Café naïve|cafe naive",
      "sh1t happens|shit happens",
      "you 1d10t|you idiot",
      "f*ck this|fuck this",
      "f**k this|fuck this",
      "what the f.u.c.k.|what the fuck.",
      "f u c k off|fuck off",
      "fuuuuck me|fuck me",
      "sooooo tired|so tired",
      "b!tch please|bitch please",
      "sh!t!!!|shit!!!",
      "@jo_99 hi|@jo_99 hi",
      "#neglect|#neglect",
      "at 10am on the 3rd|at 10am on the 3rd",
      "ЅΗІТ with homoglyphs|shit with homoglyphs",
      "idіot with a Cyrillic i|idiot with a cyrillic i",
      "home-visit at 9|home-visit at 9",
      "P7 trip and the S4 prelims|p7 trip and the s4 prelims",
      "the s47 is done, FY1 on call, ring NHS24|the s47 is done, fy1 on call, ring nhs24",
      "b00bs and a55hole|boobs and asshole",
      "I'm *really* tired|i'm *really* tired",
      "𝐟𝐮𝐜𝐤 bold maths letters|fuck bold maths letters"
  })
  void normalises_obfuscated_spellings(String input, String expected) {
    assertThat(normaliser.normalise(input).text()).isEqualTo(expected.replace("\\n", "\n"));
  }

  @Test
  void folds_whitespace_runs_and_keeps_one_newline() {
    assertThat(normaliser.normalise("tabs\tand\n\nnewlines   here").text()).isEqualTo("tabs and\nnewlines here");
  }

  @Test
  void keeps_emoji_as_tokens() {
    assertThat(normaliser.normalise("what a night 🍸🍸 lol").text()).isEqualTo("what a night 🍸🍸 lol");
  }

  @Test
  void maps_a_leetspeak_word_back_to_its_original_span() {
    NormalisedText text = normaliser.normalise("Honestly, ur an 1d10t!!");
    int start = text.text().indexOf("idiot");
    assertThat(text.evidence(start, start + 5, "insult").text()).isEqualTo("1d10t");
  }

  @Test
  void maps_a_masked_word_back_to_its_original_span() {
    NormalisedText text = normaliser.normalise("oh f**k off");
    int start = text.text().indexOf("fuck");
    assertThat(text.evidence(start, start + 4, "swearing").text()).isEqualTo("f**k");
  }

  @Test
  void maps_a_stretched_word_back_to_all_of_its_letters() {
    NormalisedText text = normaliser.normalise("fuuuuuck");
    assertThat(text.text()).isEqualTo("fuck");
    assertThat(text.evidence(0, 4, "swearing").text()).isEqualTo("fuuuuuck");
  }

  @Test
  void counts_digits_of_the_original() {
    assertThat(normaliser.normalise("call 07700 900456").digitCount()).isEqualTo(11);
  }

  @Test
  void finds_the_normalised_index_of_an_original_offset() {
    NormalisedText text = normaliser.normalise("A  B");
    assertThat(text.normalisedIndexOf(3)).isEqualTo(2);
    assertThat(text.normalisedIndexOf(0)).isZero();
  }

  @Test
  void a_space_that_compatibility_folding_creates_joins_the_space_before_it() {
    // NFKC turns the spacing cedilla into a space plus a mark: the tab before it and that space are one gap
    assertThat(normaliser.normalise("a\t\u00B8b").text()).isEqualTo("a b");
    assertThat(normaliser.normalise(normaliser.normalise("\t\u00B8").text()).text()).isEqualTo(normaliser.normalise("\t\u00B8").text());
  }
}
