package org.footprint.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorHashTest {
  private static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void same_author_same_key_same_hash_and_another_key_another_hash() {
    String hash = new AuthorHash(KEY).of("author-00042");
    assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(new AuthorHash(KEY.clone()).of("author-00042"))
        .isNotEqualTo(new AuthorHash(KEY).of("author-00043"))
        .isNotEqualTo(new AuthorHash("fedcba9876543210".getBytes(StandardCharsets.UTF_8)).of("author-00042"));
  }

  @Test
  void is_the_rfc_4231_hmac_sha256() {
    // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
    assertThat(new AuthorHash("Jefe".getBytes(StandardCharsets.US_ASCII)).of("what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void key_file_wins_over_the_environment_and_its_line_end_is_not_part_of_the_key() throws IOException {
    Path file = Files.writeString(dir.resolve("key"), "0123456789abcdef\r\n");
    assertThat(AuthorHash.key(file, "an environment key, never read")).isEqualTo(KEY);
    assertThat(AuthorHash.key(null, "0123456789abcdef")).isEqualTo(KEY);
  }

  @Test
  void refuses_no_key_and_a_short_key() throws IOException {
    assertThatThrownBy(() -> AuthorHash.key(null, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no key was given: pass --author-key-file FILE or set FOOTPRINT_AUTHOR_KEY");
    Path file = Files.writeString(dir.resolve("short"), "fifteen bytes!!\n");
    assertThatThrownBy(() -> AuthorHash.key(file, null)).hasMessage("--author-key-file " + file + ": the author key must be at least 16 bytes");
    assertThatThrownBy(() -> AuthorHash.key(null, "short")).hasMessage("FOOTPRINT_AUTHOR_KEY: the author key must be at least 16 bytes");
  }
}
