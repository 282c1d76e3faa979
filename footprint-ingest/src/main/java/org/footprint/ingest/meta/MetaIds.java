package org.footprint.ingest.meta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.footprint.model.ItemKind;
import org.footprint.model.Media;

/**
 * Ids for the records of a Facebook or Instagram export, which carry no id of their own. An id is made only from what
 * stays the same when the export is made again a year later: the kind of item, its time and a short hash of its
 * content (words, media file names, a check-in's place), in the form {@code <kind>@<unix seconds>:<hash>}
 * ({@code undated} for no time), e.g. {@code post@1511013150:3fa9c2d1}. Never the file or the position in it: a later
 * export adds and drops posts before it, splits its files elsewhere ({@code your_posts_1.json}, {@code _2.json}) and,
 * between layout generations, moves and renames them ({@code posts/your_posts_1.json} became
 * {@code your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json}). Two different posts in one
 * second differ by their hash; records identical in all of it, which only a counter can tell apart, get
 * {@code :2}, {@code :3} … in the order read, and since they are identical, which one gets which does not matter.
 *
 * <p>One instance per export read; it remembers each id it gave (about 100 bytes each). Not thread-safe.
 */
public final class MetaIds {
  private static final HexFormat HEX = HexFormat.of();
  /** Bytes of the SHA-256 kept (8 hex digits): two different records of one second share them once in four billion. */
  private static final int HASH_BYTES = 4;

  private final Map<String, Integer> given = new HashMap<>();

  /**
   * The id of a record of this kind and time with this content; nulls among {@code content} are allowed.
   * Media enter by {@link #fileNames}, never by folder, which moves between layouts.
   */
  public String of(ItemKind kind, Instant at, String... content) {
    String id = kind.id() + "@" + (at == null ? "undated" : at.getEpochSecond()) + ":" + hash(content);
    int occurrence = given.merge(id, 1, Integer::sum);
    return occurrence == 1 ? id : id + ":" + occurrence;
  }

  /** The media's file names (Meta's own names, kept across exports) in order, one a line. */
  public static String fileNames(List<Media> media) {
    StringBuilder names = new StringBuilder();
    for (Media one : media) {
      String path = one.path() == null ? "" : one.path();
      names.append(path, path.lastIndexOf('/') + 1, path.length()).append('\n');
    }
    return names.toString();
  }

  private static String hash(String... content) {
    MessageDigest digest = sha256();
    for (String part : content) {
      if (part != null) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
      }
      digest.update((byte) 0); // so that "ab" + "c" differs from "a" + "bc", and null from ""
      digest.update((byte) (part == null ? 0 : 1));
    }
    byte[] sum = digest.digest();
    return HEX.formatHex(sum, 0, HASH_BYTES);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
