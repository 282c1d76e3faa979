package org.footprint.analysis.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Example numbers here were made up for these tests, their check digits computed by hand. */
class ChecksTest {

  @ParameterizedTest
  @CsvSource({
    "4057830863, true",
    "6271497098, true",
    "1403871728, true",
    "4057830864, false", // check digit changed
    "4057330863, false", // a middle digit changed
    "4057830880, false", // the check digit would be 10, so no number starting 405783088 is issued
    "2902035004, true",
  })
  void modulus_11_accepts_only_the_right_check_digit(String digits, boolean valid) {
    assertThat(Checks.modulus11(digits)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"1111111111, true", "0000000000, true", "4057830863, false"})
  void all_same_spots_filler_numbers(String digits, boolean same) {
    assertThat(Checks.allSame(digits)).isEqualTo(same);
  }

  @ParameterizedTest
  @CsvSource({
    "4471118682959731, true",
    "4471118682959732, false",
    "370693330590906, true",
    "370693330590960, false", // last two digits swapped
    "4794002151482, true",
  })
  void luhn_accepts_only_the_right_check_digit(String digits, boolean valid) {
    assertThat(Checks.luhn(digits)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
    "GB64LOYD30962708412257, true",
    "GB64LOYD30962708412258, false",
    "GB46LOYD30962708412257, false", // check digits swapped
    "DE78370400447284019365, true",
    "NO2786012209318, true",
    "FR792004101005773101M02606, true",
  })
  void iban_mod_97_accepts_only_the_right_check_digits(String iban, boolean valid) {
    assertThat(Checks.ibanMod97(iban)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
    "29, 2, 2024, false, true",
    "29, 2, 2023, false, false",
    "29, 2, 1900, false, false", // century years are leap only when divisible by 400
    "29, 2, 2000, false, true",
    "31, 4, 1990, false, false",
    "30, 4, 1990, false, true",
    "0, 1, 1990, false, false",
    "1, 13, 1990, false, false",
    "29, 2, 0, true, true", // 00 could be 2000
    "29, 2, 3, true, false",
  })
  void valid_date_knows_month_lengths_and_leap_years(int day, int month, int year, boolean twoDigitYear, boolean valid) {
    assertThat(Checks.validDate(day, month, year, twoDigitYear)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"1403871728, true", "2902043678, true", "2902035004, false", "3102993028, false", "4503123017, false"})
  void ddmmyy_reads_the_first_six_digits_as_a_date(String digits, boolean date) {
    assertThat(Checks.ddmmyy(digits)).isEqualTo(date);
  }
}
