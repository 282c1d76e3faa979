package org.footprint.analysis.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Offsets are UTF-16 indexes into the original text, so an emoji before an identifier counts two or more. */
class IdentifierSpanTest {

  private static final IdentifierScanner SCANNER = new IdentifierScanner();

  private static IdentifierMatch only(String text) {
    List<IdentifierMatch> found = SCANNER.scan(text);
    assertThat(found).as("matches in '%s'", text).hasSize(1);
    return found.get(0);
  }

  @Test
  void phone_span_covers_the_number_inside_a_sentence() {
    assertThat(only("Call me on 07700 900456 ok"))
        .isEqualTo(new IdentifierMatch(IdentifierType.PHONE_NUMBER, 11, 23, "07700 900456"));
  }

  @Test
  void emoji_before_an_nhs_number_shift_the_span_by_two_code_units_each() {
    String text = "\uD83D\uDE42\uD83D\uDE42 NHS 405 783 0863"; // two slightly smiling faces

    assertThat(only(text)).isEqualTo(new IdentifierMatch(IdentifierType.NHS_NUMBER, 9, 21, "405 783 0863"));
  }

  @Test
  void zero_width_joiner_sequence_before_a_postcode_counts_every_code_unit() {
    String text = "\uD83D\uDC69\u200D\u2695\uFE0F at LS6 3EX"; // woman health worker: five code units

    assertThat(only(text)).isEqualTo(new IdentifierMatch(IdentifierType.UK_POSTCODE, 9, 16, "LS6 3EX"));
  }

  @Test
  void flag_before_an_email_address() {
    String text = "\uD83C\uDDEC\uD83C\uDDE7 email jo@example.com"; // flag of the United Kingdom

    assertThat(only(text)).isEqualTo(new IdentifierMatch(IdentifierType.EMAIL, 11, 25, "jo@example.com"));
  }

  @Test
  void emoji_directly_touching_a_phone_number() {
    String text = "call\uD83D\uDE4207911 123456";

    assertThat(only(text)).isEqualTo(new IdentifierMatch(IdentifierType.PHONE_NUMBER, 6, 18, "07911 123456"));
  }

  @Test
  void mathematical_letter_before_the_sentence_does_not_disturb_a_national_insurance_span() {
    String text = "\uD835\uDD38 NI JM 52 71 93 A"; // double-struck capital A, a letter outside the BMP

    assertThat(only(text)).isEqualTo(new IdentifierMatch(IdentifierType.NI_NUMBER, 6, 19, "JM 52 71 93 A"));
  }

  @Test
  void date_of_birth_span_covers_the_date_but_not_the_keyword() {
    assertThat(only("DOB: 14/07/1990 \uD83C\uDF82"))
        .isEqualTo(new IdentifierMatch(IdentifierType.DATE_OF_BIRTH, 5, 15, "14/07/1990"));
    assertThat(only("\uD83D\uDE00 born on 3 March 1985 \uD83D\uDE00"))
        .isEqualTo(new IdentifierMatch(IdentifierType.DATE_OF_BIRTH, 11, 23, "3 March 1985"));
  }

  @Test
  void record_number_span_covers_the_code_but_not_the_keyword() {
    assertThat(only("Patient ID PHX-839221 was linked"))
        .isEqualTo(new IdentifierMatch(IdentifierType.RECORD_NUMBER, 11, 21, "PHX-839221"));
  }

  @Test
  void several_matches_come_sorted_by_start() {
    assertThat(SCANNER.scan("Plate AB12 CDE, card 4471 1186 8295 9731")).containsExactly(
        new IdentifierMatch(IdentifierType.VEHICLE_REGISTRATION, 6, 14, "AB12 CDE"),
        new IdentifierMatch(IdentifierType.PAYMENT_CARD, 21, 40, "4471 1186 8295 9731"));
  }
}
