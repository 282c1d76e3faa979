package org.footprint.model;

import java.util.Locale;

/**
 * How the person scanning is involved in an item, which changes what a finding about it means and what they can
 * do: they wrote it, they endorsed someone else's post (a like, repost or boost), someone else posted it where it
 * is tied to them (their timeline, a photo they are tagged in, a comment on their post), or it was sent to them.
 */
public enum Involvement {
  AUTHORED, ENDORSED, BY_OTHERS, RECEIVED;

  /** The item's involvement: authored when the user wrote it, else by its kind and audience. */
  public static Involvement of(Item item) {
    if (item.authoredBySelf()) {
      return AUTHORED;
    }
    if (item.kind() == ItemKind.LIKE || item.kind() == ItemKind.REPOST) {
      return ENDORSED;
    }
    return item.kind() == ItemKind.MESSAGE || item.audience() == Audience.DIRECT ? RECEIVED : BY_OTHERS;
  }

  /** The kebab-case id used in data files and every output, e.g. {@code by-others}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Involvement parse(String text) {
    for (Involvement involvement : values()) {
      if (involvement.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return involvement;
      }
    }
    throw new IllegalArgumentException("unknown involvement '" + text + "' (expected authored, endorsed, by-others or received)");
  }
}
