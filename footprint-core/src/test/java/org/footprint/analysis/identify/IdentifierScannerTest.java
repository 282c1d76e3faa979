package org.footprint.analysis.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One table per identifier type: each row is a text and the identifier of that type expected in
 * it, or nothing when it must not be found. Every number with a check digit was made up for these
 * tests and its check digit computed by hand; the invalid rows change one digit or break one rule.
 */
class IdentifierScannerTest {

  private static final IdentifierScanner SCANNER = new IdentifierScanner();

  private static void assertFinds(String text, IdentifierType type, String expected) {
    List<String> found = SCANNER.scan(text).stream()
        .filter(match -> match.type() == type)
        .map(IdentifierMatch::text)
        .toList();
    if (expected == null) {
      assertThat(found).as("%s in '%s'", type, text).isEmpty();
    } else {
      assertThat(found).as("%s in '%s'", type, text).containsExactly(expected);
      assertThat(IdentifierScanner.mayContainIdentifier(text)).as("pre-filter on '%s'", text).isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      NHS number 405 783 0863 on the letter | 405 783 0863
      her NHS no. is 6271497098             | 6271497098
      clinic wrote 740-094-9292 on it       | 740-094-9292
      481 346 5358                          | 481 346 5358
      number 715 495 0595.                  | 715 495 0595
      NHS number 405 783 0864               |
      NHS number 405 733 0863               |
      405 783 0880                          |
      111 111 1111                          |
      405 7830863                           |
      14057830863                           |
      x4057830863                           |
      """)
  void finds_nhs_numbers_only_with_a_valid_modulus_11_check_digit(String text, String expected) {
    assertFinds(text, IdentifierType.NHS_NUMBER, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      CHI 1403871728 on file       | 1403871728
      chi number 290204 3678       | 290204 3678
      0112993974                   | 0112993974
      his CHI was 310772-0933 then | 310772-0933
      CHI 1403871729               |
      2902035004                   |
      310299 3028                  |
      1111111111                   |
      """)
  void finds_chi_numbers_only_with_a_birth_date_and_a_valid_check_digit(String text, String expected) {
    assertFinds(text, IdentifierType.CHI_NUMBER, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      1403871728   | CHI_NUMBER
      3102993028   | NHS_NUMBER
      2902035004   | NHS_NUMBER
      4057830863   | NHS_NUMBER
      """)
  void reports_a_ten_digit_number_as_chi_only_when_it_starts_with_a_real_date(String text, IdentifierType type) {
    assertThat(SCANNER.scan(text)).extracting(IdentifierMatch::type).containsExactly(type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      my NI is JM 52 71 93 A thanks | JM 52 71 93 A
      ni: ce482916b                 | ce482916b
      TW 384756 D                   | TW 384756 D
      Her NINO was PR908172C.       | PR908172C
      OA 615243 B                   | OA 615243 B
      DA 52 71 93 A                 |
      FA527193A                     |
      JQ 52 71 93 A                 |
      JO 52 71 93 A                 |
      BG 52 71 93 A                 |
      GB527193A                     |
      KN527193A                     |
      NK527193B                     |
      NT527193B                     |
      TN527193C                     |
      ZZ527193D                     |
      JM 52 71 93 E                 |
      JM 52 7193 A                  |
      XJM527193A                    |
      """)
  void finds_national_insurance_numbers_following_hmrc_prefix_rules(String text, String expected) {
    assertFinds(text, IdentifierType.NI_NUMBER, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Moving to LS6 3EX next week    | LS6 3EX
      send it to sw1a 2bq please     | sw1a 2bq
      postcode EH11AB                | EH11AB
      near M4 7DN.                   | M4 7DN
      W1T 4JE, London                | W1T 4JE
      (CR2 6XH)                      | CR2 6XH
      GIR 0AA                        | GIR 0AA
      QA1 1AA                        |
      AJ1 1AA                        |
      LS6 3CX                        |
      see you at 5pm                 |
      see you b4 8pm                 |
      LS6 3EXX                       |
      ALS6 3EX                       |
      """)
  void finds_postcodes_only_as_whole_tokens_in_royal_mail_format(String text, String expected) {
    assertFinds(text, IdentifierType.UK_POSTCODE, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      call me on 07700 900456          | 07700 900456
      +44 7700 900456 any time         | +44 7700 900456
      ring 0131 496 0000 today         | 0131 496 0000
      office: 020 7946 0018.           | 020 7946 0018
      text 07911123456                 | 07911123456
      in Paris call +33 6 12 34 56 78  | +33 6 12 34 56 78
      US office +1 202 555 0143        | +1 202 555 0143
      ran 10000 steps today            |
      meet on 01-02-2023 at 12         |
      call 07700 later                 |
      0000 000 000                     |
      council helpline 0300 123 4567   |
      freephone 0808 800 5000 24/7     |
      ring 0800 111 999 free           |
      lines open 0345 300 0123         |
      """)
  void finds_phone_numbers_including_ofcom_drama_numbers_but_not_helplines(String text, String expected) {
    assertFinds(text, IdentifierType.PHONE_NUMBER, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      email jo.bloggs@example.com today     | jo.bloggs@example.com
      <first.last+tag@sub.example.org>      | first.last+tag@sub.example.org
      mailto:ward7@nhs.example.net          | ward7@nhs.example.net
      write to a_b@x.co.uk.                 | a_b@x.co.uk
      follow @alice@mastodon.social         |
      https://user:secret@example.com/login |
      https://bob@example.com/              |
      bob@localhost                         |
      bob..x@example.com                    |
      thanks @handle                        |
      """)
  void finds_email_addresses_but_not_handles_or_url_logins(String text, String expected) {
    assertFinds(text, IdentifierType.EMAIL, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      parked AB12 CDE outside | AB12 CDE
      reg LV68ABC             | LV68ABC
      old car F123 KLM        | F123 KLM
      YK02 FRE was towed      | YK02 FRE
      ab12 cde                |
      IQ12 ABC                |
      LS01 ABC                |
      LS50 ABC                |
      F123KLM                 |
      XAB12 CDE               |
      AB12 CDEF               |
      """)
  void finds_upper_case_number_plates_in_current_and_prefix_formats(String text, String expected) {
    assertFinds(text, IdentifierType.VEHICLE_REGISTRATION, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      card 4471 1186 8295 9731 |  4471 1186 8295 9731
      5354-6613-3567-7902      | 5354-6613-3567-7902
      2297081923749517         | 2297081923749517
      amex 3706 933305 90906   | 3706 933305 90906
      6011 0097 7810 0433      | 6011 0097 7810 0433
      6549595510376233         | 6549595510376233
      4794002151482            | 4794002151482
      4895 6866 7767 5909 159  | 4895 6866 7767 5909 159
      4471 1186 8295 9732      |
      5810590697826286         |
      9968459238827454         |
      458069983397623          |
      4471 1186-8295 9731      |
      """)
  void finds_payment_cards_only_when_luhn_valid_in_a_known_range(String text, String expected) {
    assertFinds(text, IdentifierType.PAYMENT_CARD, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      pay GB64 LOYD 3096 2708 4122 57 thanks | GB64 LOYD 3096 2708 4122 57
      GB64LOYD30962708412257                 | GB64LOYD30962708412257
      DE78 3704 0044 7284 0193 65            | DE78 3704 0044 7284 0193 65
      IBAN: NO2786012209318                  | NO2786012209318
      FR79 2004 1010 0577 3101 M026 06       | FR79 2004 1010 0577 3101 M026 06
      GB64 LOYD 3096 2708 4122 57 ABC        | GB64 LOYD 3096 2708 4122 57
      GB64 LOYD 3096 2708 4122 58            |
      GB46 LOYD 3096 2708 4122 57            |
      GB64 LOYD 3096                         |
      """)
  void finds_ibans_only_with_valid_mod_97_check_digits(String text, String expected) {
    assertFinds(text, IdentifierType.IBAN, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      SSN 512-38-4701 on the form | 512-38-4701
      899-12-3456                 | 899-12-3456
      000-38-4701                 |
      666-38-4701                 |
      912-38-4701                 |
      512-00-4701                 |
      512-38-0000                 |
      512384701                   |
      512 38 4701                 |
      1-512-38-4701               |
      512-38-4701-9               |
      """)
  void finds_us_social_security_numbers_only_in_issuable_ranges(String text, String expected) {
    assertFinds(text, IdentifierType.US_SSN, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      DOB: 14/07/1990                          | 14/07/1990
      d.o.b. 14-07-90                          | 14-07-90
      Date of birth 1990-07-14                 | 1990-07-14
      born on the 3rd of March 1985 in Leeds   | 3rd of March 1985
      she was born in Leeds on 14 July 1990    | 14 July 1990
      birthday: Sept 3, 1990                   | Sept 3, 1990
      born 7/14/1990                           | 7/14/1990
      born 29/02/1988                          | 29/02/1988
      the audit is on 14/07/2025               |
      born 31/02/1990                          |
      born 29/02/1989                          |
      born in 1990                             |
      born and raised here, moved on 14/07/2001 |
      stubborn 14/07/1990                      |
      """)
  void finds_dates_only_when_a_birth_keyword_comes_shortly_before(String text, String expected) {
    assertFinds(text, IdentifierType.DATE_OF_BIRTH, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Patient ID PHX-839221 was linked | PHX-839221
      id: A1234567                     | A1234567
      account number is 00456789       | 00456789
      case no. 2023/1456               | 2023/1456
      MRN 7781234 on the wristband     | 7781234
      her passport number 512873346    | 512873346
      Ref: QX-5521-B                   | QX-5521-B
      ref 1234                         |
      ID ABCDE1                        |
      my id 55512                      |
      the account was closed in 2023   |
      policy number was sent to 12345  |
      """)
  void finds_record_numbers_after_a_keyword_within_three_words(String text, String expected) {
    assertFinds(text, IdentifierType.RECORD_NUMBER, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ref 07911 123456            | PHONE_NUMBER | 07911 123456
      account 4471 1186 8295 9731 | PAYMENT_CARD | 4471 1186 8295 9731
      ref 405 783 0863            | NHS_NUMBER   | 405 783 0863
      CHI 0112993974              | CHI_NUMBER   | 0112993974
      """)
  void keeps_only_the_more_specific_type_where_two_overlap(String text, IdentifierType type, String expected) {
    assertThat(SCANNER.scan(text))
        .extracting(IdentifierMatch::type, IdentifierMatch::text)
        .containsExactly(tuple(type, expected));
  }

  @Test
  void every_keyword_in_the_data_file_introduces_a_record_number() throws IOException {
    List<String> terms;
    try (InputStream in = IdentifierScanner.class.getResourceAsStream("/lexicons/identifier-keywords.tsv")) {
      terms = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", 2)[0])
          .toList();
    }

    assertThat(terms).hasSizeGreaterThanOrEqualTo(20);
    for (String term : terms) {
      assertFinds("noted " + term + " QX40217 today", IdentifierType.RECORD_NUMBER, "QX40217");
    }
  }

  @Test
  void reports_a_span_once_even_when_two_keywords_lead_to_it() {
    assertThat(SCANNER.scan("Patient ID PHX-839221")).hasSize(1);
  }

  @Test
  void finds_several_identifiers_in_one_post_in_order() {
    String post = "Lost my phone, call 07911 123456 or email jo.bloggs@example.com, I live near LS6 3EX";

    assertThat(SCANNER.scan(post))
        .extracting(IdentifierMatch::type)
        .containsExactly(IdentifierType.PHONE_NUMBER, IdentifierType.EMAIL, IdentifierType.UK_POSTCODE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "",
    "Such a lovely afternoon with the team at the community centre today!",
    "see you at 5pm",
    "2 kids and a dog",
    "Happy 40th to my sister",
  })
  void pre_filter_rejects_posts_that_cannot_hold_an_identifier(String text) {
    assertThat(IdentifierScanner.mayContainIdentifier(text)).isFalse();
    assertThat(SCANNER.scan(text)).isSameAs(List.of());
  }

  @Test
  void null_text_has_no_identifiers() {
    assertThat(IdentifierScanner.mayContainIdentifier(null)).isFalse();
    assertThat(SCANNER.scan(null)).isEmpty();
  }

  @Test
  void result_is_unmodifiable() {
    List<IdentifierMatch> found = SCANNER.scan("call 07911 123456");

    assertThat(found).isUnmodifiable();
  }
}
