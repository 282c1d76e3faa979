package org.footprint.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MetaTextTest {
  private static String mojibake(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void repairs_danish_letters_as_meta_writes_them() {
    assertThat(MetaText.repair("Mobiloverf\u00c3\u00b8rsler")).isEqualTo("Mobiloverførsler");
    assertThat(MetaText.repair("F\u00c3\u00a6tter")).isEqualTo("Fætter");
  }

  @Test
  void repairs_four_byte_emoji() {
    assertThat(MetaText.repair("Tjek \u00f0\u009f\u0091\u008f")).isEqualTo("Tjek 👏");
    assertThat(MetaText.repair("\u00f0\u009f\u0098\u0082")).isEqualTo("😂");
  }

  @Test
  void leaves_correct_text_ascii_real_latin1_and_null_alone() {
    assertThat(MetaText.repair("plain words")).isEqualTo("plain words");
    assertThat(MetaText.repair("café")).isEqualTo("café");
    assertThat(MetaText.repair("already right 😂 ø")).isEqualTo("already right 😂 ø");
    assertThat(MetaText.repair("")).isEmpty();
    assertThat(MetaText.repair(null)).isNull();
  }

  @Property
  void repairing_the_mojibake_of_any_text_gives_the_text(@ForAll("anyText") String text) {
    assertThat(MetaText.repair(mojibake(text))).isEqualTo(text);
  }

  @Property
  void text_with_no_mojibake_sequence_is_unchanged(@ForAll("textWithoutUtf8Sequences") String text) {
    assertThat(MetaText.repair(text)).isEqualTo(text);
  }

  @Property
  void text_with_a_character_above_latin1_is_unchanged(@ForAll("anyText") String text) {
    String decoded = text + "€";
    assertThat(MetaText.repair(decoded)).isEqualTo(decoded);
  }

  /** Any valid Unicode: ASCII, accents, CJK, emoji (no lone surrogates, which no UTF-8 writer emits). */
  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0xA0, 0x24F)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x4E00, 0x4FFF)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 0x10FFFF).filter(c -> c < 0xD800 || c > 0xDFFF)));
    return codePoint.list().ofMaxSize(40).map(points -> {
      StringBuilder text = new StringBuilder();
      points.forEach(text::appendCodePoint);
      return text.toString();
    });
  }

  /**
   * ASCII mixed with latin-1 letters (U+00C0..U+00FF) but no U+0080..U+00BF: a UTF-8 lead byte is never followed by
   * a continuation byte, so nothing in it reads as UTF-8 and it must be left as it is.
   */
  @Provide
  Arbitrary<String> textWithoutUtf8Sequences() {
    return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00C0', '\u00FF').ofMaxLength(40);
  }
}
