package org.footprint.analysis.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LettersTest {
  @Test
  void agrees_with_the_jdk_on_every_char() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Letters.isLetter((char) c)).as("U+%04X", c).isEqualTo(Character.isLetter((char) c));
    }
  }
}
