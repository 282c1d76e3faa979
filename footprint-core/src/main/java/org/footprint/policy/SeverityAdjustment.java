package org.footprint.policy;

import java.util.Objects;
import org.footprint.model.Severity;

/**
 * How a policy pack moves the severity a rule gave to findings of one category.
 *
 * <p>{@link #apply} shifts first, then raises the result to the floor, then lowers it to the ceiling.
 *
 * @param floor the lowest severity allowed, or null for none
 * @param ceiling the highest severity allowed, or null for none
 * @param shift steps to move the rule's severity before the floor and ceiling (negative lowers it)
 */
public record SeverityAdjustment(Severity floor, Severity ceiling, int shift) {

  public SeverityAdjustment {
    if (floor != null && ceiling != null && floor.compareTo(ceiling) > 0) {
      throw new IllegalArgumentException(
          "floor " + floor.id() + " is above ceiling " + ceiling.id());
    }
  }

  /** The severity a finding gets when its rule said {@code ruleSeverity}. */
  public Severity apply(Severity ruleSeverity) {
    Objects.requireNonNull(ruleSeverity, "ruleSeverity");
    Severity result = ruleSeverity.shift(shift);
    if (floor != null && result.compareTo(floor) < 0) {
      result = floor;
    }
    if (ceiling != null && result.compareTo(ceiling) > 0) {
      result = ceiling;
    }
    return result;
  }
}
