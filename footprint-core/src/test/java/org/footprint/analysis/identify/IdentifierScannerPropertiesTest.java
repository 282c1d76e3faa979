package org.footprint.analysis.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IdentifierScannerPropertiesTest {

  private static final IdentifierScanner SCANNER = new IdentifierScanner();

  @Property(tries = 2000)
  void scan_never_throws_and_every_match_quotes_the_text_on_any_string(@ForAll String text) {
    assertWellFormed(text, SCANNER.scan(text));
  }

  @Property(tries = 3000)
  void scan_never_throws_and_every_match_quotes_the_text_on_digits_letters_and_punctuation(
      @ForAll("identifierCharacters") String text) {
    assertWellFormed(text, SCANNER.scan(text));
  }

  @Property(tries = 3000)
  void scan_never_throws_and_every_match_quotes_the_text_on_identifier_like_fragments(
      @ForAll("identifierFragments") String text) {
    assertWellFormed(text, SCANNER.scan(text));
  }

  @Property(tries = 1000)
  void anything_scan_finds_passes_the_pre_filter(@ForAll("identifierFragments") String text) {
    if (!SCANNER.scan(text).isEmpty()) {
      assertThat(IdentifierScanner.mayContainIdentifier(text)).isTrue();
    }
  }

  private static void assertWellFormed(String text, List<IdentifierMatch> found) {
    int previousEnd = 0;
    for (IdentifierMatch match : found) {
      assertThat(match.start()).isGreaterThanOrEqualTo(previousEnd); // sorted, no overlaps
      assertThat(match.end()).isGreaterThan(match.start()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(match.start(), match.end())).isEqualTo(match.text());
      previousEnd = match.end();
    }
  }

  @Provide
  Arbitrary<String> identifierCharacters() {
    return Arbitraries.strings()
        .withChars("0123456789      -@.+/():#ABCDEGHJKLMNOPRSTWXYZabcdeghmnorstx")
        .withChars('\uD83D', '\uDE42', '\u00E9')
        .ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> identifierFragments() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(4),
        Arbitraries.of(" ", " ", "-", "@", ".", "/", "+", "(", ")", ":", "\n",
            "\uD83D\uDE42", "\u00E9", "\uD835\uDD38"), // emoji, accented letter, letter outside the BMP
        Arbitraries.of("DOB ", "born on ", "birthday ", "ID ", "ref ", "account number ", "case no. ", "NHS ",
            "GB", "+44 ", "07700 900456", "405 783 0863", "1403871728", "JM 52 71 93 A", "AB12 CDE", "LS6 3EX",
            "GIR 0AA", "jo@example.com", "https://", "4471 1186 8295 9731", "GB64 LOYD 3096 2708 4122 57",
            "512-38-4701", "14/07/1990", "3 March 1985", "PHX-839221"));
    return fragment.list().ofMaxSize(30).map(parts -> String.join("", parts));
  }
}
