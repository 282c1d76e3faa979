package org.footprint.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ReviewDecisionTest {
  @ParameterizedTest
  @EnumSource(ReviewDecision.class)
  void everyDecisionParsesFromItsOwnId(ReviewDecision decision) {
    assertThat(ReviewDecision.parse(decision.id())).isEqualTo(decision);
    assertThat(ReviewDecision.parse(" " + decision.name() + " ")).isEqualTo(decision);
  }

  @Test
  void idsAreLowerCaseAndHyphenated() {
    assertThat(ReviewDecision.FALSE_POSITIVE.id()).isEqualTo("false-positive");
  }

  @Test
  void anUnknownDecisionNamesTheChoices() {
    assertThatThrownBy(() -> ReviewDecision.parse("ignore")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ignore'").hasMessageContaining("false-positive");
  }
}
