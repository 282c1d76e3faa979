package org.footprint.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An author id replaced by its HMAC-SHA256 under the researcher's key, in lower-case hex: the same author gets the
 * same hash in one run and in every run with the same key, and without the key nobody can tell which author it is
 * (not even by hashing a list of candidate handles). Not thread-safe: one per partition.
 */
final class AuthorHash {
  /** Where the key is read from when no key file is given. */
  static final String KEY_VARIABLE = "FOOTPRINT_AUTHOR_KEY";
  static final int MIN_KEY_BYTES = 16;
  private static final String ALGORITHM = "HmacSHA256";

  private final Mac mac;

  AuthorHash(byte[] key) {
    try {
      mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
    }
  }

  String of(String author) {
    return HexFormat.of().formatHex(mac.doFinal(author.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The key: the bytes of {@code keyFile} when given, else of the environment's {@value #KEY_VARIABLE}, without the
   * white space that ends a line. Never logged, never written.
   *
   * @throws IllegalArgumentException when there is no key, or it is shorter than {@value #MIN_KEY_BYTES} bytes
   */
  static byte[] key(Path keyFile, String fromEnvironment) throws IOException {
    byte[] key;
    String from;
    if (keyFile != null) {
      key = Files.readAllBytes(keyFile);
      from = "--author-key-file " + keyFile;
    } else if (fromEnvironment != null) {
      key = fromEnvironment.getBytes(StandardCharsets.UTF_8);
      from = KEY_VARIABLE;
    } else {
      throw new IllegalArgumentException("authors are replaced by a keyed hash, and no key was given: pass --author-key-file FILE or set "
          + KEY_VARIABLE + " (at least " + MIN_KEY_BYTES + " bytes, e.g. from 'openssl rand -hex 32'; keep it to compare runs, never publish it)");
    }
    int length = key.length;
    while (length > 0 && (key[length - 1] == '\n' || key[length - 1] == '\r' || key[length - 1] == ' ' || key[length - 1] == '\t')) {
      length--;
    }
    if (length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(from + ": the author key must be at least " + MIN_KEY_BYTES + " bytes");
    }
    return Arrays.copyOf(key, length);
  }
}
