package org.footprint.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.footprint.model.Item;

/**
 * SHA-256 of an item's text: a changed hash means the post was edited since. Only the text, as the report holds it,
 * so that the item judged, the item read back from a report and the item in the store all hash alike; a post whose
 * photos alone changed keeps its decisions.
 */
public final class ContentHash {
  private ContentHash() {}

  /** 64 lower-case hex digits. */
  public static String of(Item item) {
    return HexFormat.of().formatHex(sha256().digest(item.text().getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
