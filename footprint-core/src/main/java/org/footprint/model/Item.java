package org.footprint.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing a person posted, wrote, liked, or was tagged in.
 *
 * @param id stable id: platform plus native id, e.g. {@code twitter:1234}
 * @param platform lower-case platform id, e.g. {@code twitter}, {@code draft}
 * @param nativeId the platform's own id for the item (tweet id, post URI, file and line), or null
 * @param kind post, reply, comment, …
 * @param authoredBySelf true when the person scanning wrote it
 * @param createdAt when it was posted, or null when unknown
 * @param text the original text, never altered after the reader repaired its encoding
 * @param audience who could see it
 * @param replyTo handle or id replied to, or null
 * @param mentions handles mentioned, without '@'
 * @param tags people tagged in it (names or handles), as the export lists them
 * @param place where it was posted or checked in from, or null
 * @param media photos and videos attached, with what their metadata says
 * @param permalink link to the item on its platform, or null
 */
public record Item(
    String id,
    String platform,
    String nativeId,
    ItemKind kind,
    boolean authoredBySelf,
    Instant createdAt,
    String text,
    Audience audience,
    String replyTo,
    List<String> mentions,
    List<String> tags,
    Place place,
    List<Media> media,
    String permalink) {

  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(audience, "audience");
    text = text == null ? "" : text;
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    tags = tags == null ? List.of() : List.copyOf(tags);
    media = media == null ? List.of() : List.copyOf(media);
  }

  /** A draft the user is thinking of posting: authored by them, audience unknown. */
  public static Item draft(String id, String text) {
    return builder("draft", id).kind(ItemKind.DRAFT).text(text).build();
  }

  /** Starts an item of {@code platform} whose id is {@code platform:nativeId}; authored by self, audience unknown. */
  public static Builder builder(String platform, String nativeId) {
    return new Builder(platform, nativeId);
  }

  /** Readers fill items field by field; unset fields take the defaults of {@link #draft}. */
  public static final class Builder {
    private final String platform;
    private final String nativeId;
    private String id;
    private ItemKind kind = ItemKind.POST;
    private boolean authoredBySelf = true;
    private Instant createdAt;
    private String text = "";
    private Audience audience = Audience.UNKNOWN;
    private String replyTo;
    private List<String> mentions = List.of();
    private List<String> tags = List.of();
    private Place place;
    private List<Media> media = List.of();
    private String permalink;

    private Builder(String platform, String nativeId) {
      this.platform = Objects.requireNonNull(platform, "platform");
      this.nativeId = nativeId;
    }

    /** Overrides the default id {@code platform:nativeId}. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder kind(ItemKind kind) {
      this.kind = kind;
      return this;
    }

    public Builder authoredBySelf(boolean authoredBySelf) {
      this.authoredBySelf = authoredBySelf;
      return this;
    }

    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder audience(Audience audience) {
      this.audience = audience;
      return this;
    }

    public Builder replyTo(String replyTo) {
      this.replyTo = replyTo;
      return this;
    }

    public Builder mentions(List<String> mentions) {
      this.mentions = mentions;
      return this;
    }

    public Builder tags(List<String> tags) {
      this.tags = tags;
      return this;
    }

    public Builder place(Place place) {
      this.place = place;
      return this;
    }

    public Builder media(List<Media> media) {
      this.media = media;
      return this;
    }

    public Builder permalink(String permalink) {
      this.permalink = permalink;
      return this;
    }

    public Item build() {
      String itemId = id != null ? id : platform + ":" + (nativeId == null ? "" : nativeId);
      return new Item(itemId, platform, nativeId, kind, authoredBySelf, createdAt, text, audience, replyTo, mentions, tags, place, media, permalink);
    }
  }
}
