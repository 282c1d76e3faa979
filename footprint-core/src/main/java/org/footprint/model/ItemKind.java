package org.footprint.model;

import java.util.Locale;

/** What sort of thing an item is on its platform. */
public enum ItemKind {
  POST, REPLY, REPOST, QUOTE, COMMENT, LIKE, MESSAGE, PHOTO, CHECK_IN, PROFILE_FIELD, DRAFT;

  /** The kebab-case id used in outputs, e.g. {@code check-in}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind with this {@link #id}. */
  public static ItemKind parse(String id) {
    for (ItemKind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown item kind '" + id + "'");
  }
}
