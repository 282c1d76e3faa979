package org.footprint.synth;

import java.util.Locale;

/** The regulated jobs a synthetic persona can hold. */
public enum Profession {
  SOCIAL_WORKER("social worker", "sw"),
  NURSE("nurse", "nurse"),
  TEACHER("teacher", "teacher"),
  POLICE_OFFICER("police officer", "police"),
  CARE_WORKER("care worker", "care");

  private final String label;
  private final String key;

  Profession(String label, String key) {
    this.label = label;
    this.key = key;
  }

  /** The job as people write it, e.g. {@code social worker}. */
  public String label() {
    return label;
  }

  /** Short key used in template files to restrict a template or pick a slot variant, e.g. {@code sw}. */
  String key() {
    return key;
  }

  static Profession byKey(String key) {
    for (Profession profession : values()) {
      if (profession.key.equals(key.toLowerCase(Locale.ROOT))) {
        return profession;
      }
    }
    return null;
  }
}
