package org.footprint.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.footprint.model.Item;
import org.footprint.model.Media;

/**
 * SHA-256 of an item's text and the names of its media: a changed hash means the post was edited since. A scan hashes
 * the items as its report holds them, which keeps no media: there the hash is that of the text.
 */
public final class ContentHash {
  private ContentHash() {}

  /** 64 lower-case hex digits. */
  public static String of(Item item) {
    MessageDigest digest = sha256();
    digest.update(item.text().getBytes(StandardCharsets.UTF_8));
    for (Media media : item.media()) {
      // A NUL cannot occur in a text or a file name: text and names can never run into one another.
      digest.update((byte) 0);
      digest.update(String.valueOf(media.path()).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
