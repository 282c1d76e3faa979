package org.footprint.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing a person posted, wrote, liked, or was tagged in.
 *
 * @param id stable id: platform plus native id, e.g. {@code twitter:1234}
 * @param platform lower-case platform id, e.g. {@code twitter}, {@code draft}
 * @param kind post, reply, comment, …
 * @param authoredBySelf true when the person scanning wrote it
 * @param createdAt when it was posted, or null when unknown
 * @param text the original text, never altered
 * @param audience who could see it
 * @param replyTo handle or id replied to, or null
 * @param mentions handles mentioned, without '@'
 * @param permalink link to the item on its platform, or null
 */
public record Item(
    String id,
    String platform,
    ItemKind kind,
    boolean authoredBySelf,
    Instant createdAt,
    String text,
    Audience audience,
    String replyTo,
    List<String> mentions,
    String permalink) {

  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(audience, "audience");
    text = text == null ? "" : text;
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** A draft the user is thinking of posting: authored by them, audience unknown. */
  public static Item draft(String id, String text) {
    return new Item(id, "draft", ItemKind.DRAFT, true, null, text, Audience.UNKNOWN, null, List.of(), null);
  }
}
