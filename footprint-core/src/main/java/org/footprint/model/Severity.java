package org.footprint.model;

import java.util.Locale;

/** How serious a finding is, in increasing order: {@code info < low < medium < high < critical}. */
public enum Severity {
  INFO, LOW, MEDIUM, HIGH, CRITICAL;

  /** The lower-case name used in rule files, packs and every output. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /** Moves this severity by {@code steps} (negative lowers it), staying within info..critical. */
  public Severity shift(int steps) {
    int index = Math.max(0, Math.min(values().length - 1, ordinal() + steps));
    return values()[index];
  }

  public static Severity parse(String text) {
    for (Severity severity : values()) {
      if (severity.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return severity;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + text + "' (expected info, low, medium, high or critical)");
  }
}
