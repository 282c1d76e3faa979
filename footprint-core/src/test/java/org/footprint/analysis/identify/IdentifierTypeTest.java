package org.footprint.analysis.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifierTypeTest {

  @Test
  void ids_are_the_kebab_case_names_the_engine_uses() {
    assertThat(Arrays.stream(IdentifierType.values()).map(IdentifierType::id))
        .containsExactly("nhs-number", "chi-number", "ni-number", "uk-postcode", "phone-number", "email",
            "vehicle-registration", "payment-card", "iban", "us-ssn", "date-of-birth", "record-number");
  }

  @ParameterizedTest
  @EnumSource(IdentifierType.class)
  void parse_reads_back_every_id(IdentifierType type) {
    assertThat(IdentifierType.parse(type.id())).isEqualTo(type);
  }

  @Test
  void parse_ignores_case_and_surrounding_space() {
    assertThat(IdentifierType.parse("  NHS-Number ")).isEqualTo(IdentifierType.NHS_NUMBER);
  }

  @Test
  void parse_rejects_an_unknown_id_naming_it() {
    assertThatThrownBy(() -> IdentifierType.parse("nhs_number"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nhs_number");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      NHS_NUMBER  | NHS number
      UK_POSTCODE | postcode
      EMAIL       | e-mail address
      """)
  void labels_are_plain_english(IdentifierType type, String label) {
    assertThat(type.label()).isEqualTo(label);
  }

  @ParameterizedTest
  @EnumSource(IdentifierType.class)
  void every_type_has_a_label_without_underscores(IdentifierType type) {
    assertThat(type.label()).isNotBlank().doesNotContain("_");
  }
}
