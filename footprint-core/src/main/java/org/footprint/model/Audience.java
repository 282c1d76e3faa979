package org.footprint.model;

import java.util.Locale;

/** Who could see an item, as far as its export records it. */
public enum Audience {
  PUBLIC, FOLLOWERS, FRIENDS, DIRECT, UNKNOWN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
