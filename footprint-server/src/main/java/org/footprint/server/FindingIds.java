package org.footprint.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.footprint.store.FindingKey;

/**
 * The API's finding ids: the report's {@code <item id>#<rule id>} in URL-safe Base64, so that it fits a path segment
 * whatever the item id holds ({@code #}, {@code /}, {@code :}). Stable across scans, as the key is.
 */
final class FindingIds {
  private FindingIds() {}

  static String of(String key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** The key an id stands for, or empty when it is no finding id. */
  static Optional<FindingKey> parse(String id) {
    try {
      return Optional.of(FindingKey.parse(new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
