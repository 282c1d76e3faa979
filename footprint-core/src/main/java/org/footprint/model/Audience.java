package org.footprint.model;

import java.util.Locale;

/** Who could see an item, as far as its export records it. */
public enum Audience {
  PUBLIC, FOLLOWERS, FRIENDS, DIRECT, UNKNOWN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Audience parse(String text) {
    for (Audience audience : values()) {
      if (audience.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return audience;
      }
    }
    throw new IllegalArgumentException("unknown audience '" + text + "' (expected public, followers, friends, direct or unknown)");
  }
}
