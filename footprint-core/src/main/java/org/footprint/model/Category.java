package org.footprint.model;

import java.util.Locale;

/** The ten kinds of risk Footprint judges. Ids are lower-case and stable: they appear in every output. */
public enum Category {
  HOSTILITY, DISCRIMINATION, THREAT, PROFANITY, SEXUAL, SUBSTANCES, CONFIDENTIALITY, BOUNDARIES, POLITICAL, EXPOSURE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Category parse(String text) {
    for (Category category : values()) {
      if (category.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return category;
      }
    }
    throw new IllegalArgumentException("unknown category '" + text + "'");
  }
}
