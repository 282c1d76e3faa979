package org.footprint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;

class SeverityAdjustmentTest {

  @Test
  void shifts_before_applying_floor_and_ceiling() {
    SeverityAdjustment adjustment = new SeverityAdjustment(Severity.LOW, Severity.HIGH, 2);

    assertThat(adjustment.apply(Severity.INFO)).isEqualTo(Severity.MEDIUM);
    assertThat(adjustment.apply(Severity.MEDIUM)).isEqualTo(Severity.HIGH);
    assertThat(adjustment.apply(Severity.CRITICAL)).isEqualTo(Severity.HIGH);
  }

  @Test
  void floor_raises_and_ceiling_lowers() {
    assertThat(new SeverityAdjustment(Severity.HIGH, null, 0).apply(Severity.LOW)).isEqualTo(Severity.HIGH);
    assertThat(new SeverityAdjustment(Severity.HIGH, null, 0).apply(Severity.CRITICAL)).isEqualTo(Severity.CRITICAL);
    assertThat(new SeverityAdjustment(null, Severity.LOW, 0).apply(Severity.CRITICAL)).isEqualTo(Severity.LOW);
    assertThat(new SeverityAdjustment(null, Severity.LOW, 0).apply(Severity.INFO)).isEqualTo(Severity.INFO);
  }

  @Test
  void negative_shift_stops_at_info() {
    assertThat(new SeverityAdjustment(null, null, -3).apply(Severity.LOW)).isEqualTo(Severity.INFO);
  }

  @Test
  void no_floor_ceiling_or_shift_leaves_severity_unchanged() {
    for (Severity severity : Severity.values()) {
      assertThat(new SeverityAdjustment(null, null, 0).apply(severity)).isEqualTo(severity);
    }
  }

  @Test
  void refuses_a_floor_above_the_ceiling() {
    assertThatThrownBy(() -> new SeverityAdjustment(Severity.HIGH, Severity.LOW, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("floor high is above ceiling low");
  }
}
