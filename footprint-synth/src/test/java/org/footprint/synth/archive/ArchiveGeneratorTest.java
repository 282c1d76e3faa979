package org.footprint.synth.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.footprint.synth.Persona;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveGeneratorTest {
  @TempDir Path dir;

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  private static List<String> zipEntries(Path zip) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      List<String> names = new ArrayList<>();
      Collections.list(file.entries()).forEach(e -> names.add(e.getName()));
      return names.stream().sorted().toList();
    }
  }

  @Test
  void writes_the_x_layout_with_manifest_media_and_the_js_prefix() throws IOException {
    Persona persona = ArchiveGenerator.persona(1);
    GeneratedArchive archive = ArchiveGenerator.twitter(1, persona, 5, dir.resolve("x"));
    assertThat(files(archive.path())).contains("data/manifest.js", "data/tweets.js", "data/like.js", "data/note-tweet.js",
        "data/direct-messages.js", "data/account.js", "data/profile.js", "data/protected-history.js")
        .anyMatch(f -> f.matches("data/tweets_media/\\d+-S[0-9A-Z]+\\.jpg"));
    assertThat(Files.readString(archive.path().resolve("data/tweets.js"))).startsWith("window.YTD.tweets.part0 = [");
    assertThat(Files.readString(archive.path().resolve("data/manifest.js"))).startsWith("window.__THAR_CONFIG = {")
        .contains("\"userName\" : \"" + persona.handle() + "\"");
    assertThat(archive.postTexts()).hasSize(5);
    assertThat(archive.postTexts().get(1)).startsWith("@");
    assertThat(archive.postTexts().get(2)).contains("/status/");
  }

  @Test
  void the_same_seed_writes_the_same_archive() throws IOException {
    Persona persona = ArchiveGenerator.persona(2);
    ArchiveGenerator.instagram(2, persona, 7, dir.resolve("a"));
    ArchiveGenerator.instagram(2, persona, 7, dir.resolve("b"));
    for (String file : files(dir.resolve("a"))) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
  }

  @Test
  void writes_meta_mojibake_in_an_ascii_file() throws IOException {
    GeneratedArchive archive = ArchiveGenerator.facebook(3, ArchiveGenerator.persona(3), 3, FacebookLayout.Y2022, dir.resolve("fb"));
    Path posts = archive.path().resolve("facebook-" + ArchiveGenerator.persona(3).handle() + "/posts/your_posts_1.json");
    byte[] bytes = Files.readAllBytes(posts);
    for (byte b : bytes) {
      assertThat(b & 0xFF).isLessThan(0x80);
    }
    // The friend's post ends in 😂, which Meta writes as the four UTF-8 bytes F0 9F 98 82.
    assertThat(new String(bytes, StandardCharsets.US_ASCII)).containsIgnoringCase("\\u00F0\\u009F\\u0098\\u0082");
    assertThat(MetaJson.mojibake("ø")).isEqualTo("\u00c3\u00b8");
  }

  @Test
  void each_facebook_layout_puts_the_files_under_its_root() throws IOException {
    String top = "facebook-" + ArchiveGenerator.persona(4).handle() + "/";
    assertThat(files(ArchiveGenerator.facebook(4, ArchiveGenerator.persona(4), 2, FacebookLayout.Y2022, dir.resolve("a")).path()))
        .contains(top + "posts/your_posts_1.json", top + "profile_information/profile_information.json",
            top + "comments_and_reactions/comments.json")
        .anyMatch(f -> f.matches(".*/messages/inbox/[a-z0-9]+_[a-z0-9]+/message_1\\.json"));
    assertThat(files(ArchiveGenerator.facebook(4, ArchiveGenerator.persona(4), 2, FacebookLayout.ACTIVITY_ACROSS_FACEBOOK, dir.resolve("b")).path()))
        .contains(top + "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json");
    assertThat(files(ArchiveGenerator.facebook(4, ArchiveGenerator.persona(4), 2, FacebookLayout.FACEBOOK_ACTIVITY, dir.resolve("c")).path()))
        .contains(top + "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
            top + "personal_information/profile_information/profile_information.json");
  }

  @Test
  void a_zip_path_gives_a_zip_with_the_same_files() throws IOException {
    Persona persona = ArchiveGenerator.persona(5);
    ArchiveGenerator.instagram(5, persona, 4, dir.resolve("folder"));
    GeneratedArchive zipped = ArchiveGenerator.instagram(5, persona, 4, dir.resolve("out/ig.zip"));
    assertThat(zipEntries(zipped.path())).isEqualTo(files(dir.resolve("folder")));
  }

  @Test
  void refuses_a_negative_size() {
    assertThatThrownBy(() -> ArchiveGenerator.twitter(1, ArchiveGenerator.persona(1), -1, dir.resolve("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
