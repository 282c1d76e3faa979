package org.footprint.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.footprint.ingest.facebook.FacebookReader;
import org.footprint.ingest.instagram.InstagramReader;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.testkit.CollectingReadContext;
import org.footprint.ingest.testkit.FolderExportTree;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.testkit.SharedFixtures;
import org.footprint.ingest.twitter.TwitterReader;
import org.junit.jupiter.api.Test;

/**
 * Readers meet JSON of every shape in the files they know: they report problems or read what fits, and never
 * throw. Also: each reader claims only its own platform's fixtures.
 */
class HostileShapesPropertiesTest {
  private static final List<String> X_FILES = List.of("data/manifest.js", "data/tweets.js", "data/tweet.js", "data/like.js",
      "data/direct-messages.js", "data/note-tweet.js", "data/account.js", "data/profile.js", "data/protected-history.js");
  private static final List<String> META_FILES = List.of("posts/your_posts_1.json", "profile_information/profile_information.json",
      "comments_and_reactions/comments.json", "groups/your_posts_in_groups.json", "posts/your_uncategorized_photos.json",
      "messages/inbox/sam_1/message_1.json", "stories/archived_stories.json", "content/posts_1.json", "content/stories.json",
      "comments/post_comments_1.json", "account_information/personal_information.json",
      "login_and_account_creation/account_privacy_changes.json", "threads/threads_and_replies.json");

  @Provide
  Arbitrary<String> json() {
    Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.just("null"), Arbitraries.just("true"),
        Arbitraries.integers().map(String::valueOf), Arbitraries.just("1.5e3"),
        Arbitraries.strings().withChars("abc\u00c3\u00b8@# ").ofMaxLength(5).map(s -> "\"" + s + "\""));
    Arbitrary<String> key = Arbitraries.of("tweet", "id_str", "full_text", "created_at", "entities", "media", "urls", "like",
        "dmConversation", "messages", "messageCreate", "noteTweet", "core", "text", "timestamp", "data", "post", "attachments",
        "place", "coordinate", "latitude", "comments_v2", "comment", "profile_v2", "name", "participants", "sender_name",
        "string_map_data", "Comment", "title", "uri", "media_metadata", "photo_metadata", "exif_data", "ig_stories",
        "profile_user", "account_history_account_privacy_history", "userInfo", "dataTypes", "files", "fileName");
    return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
        inner.list().ofMaxSize(3).map(values -> "[" + String.join(",", values) + "]"),
        Arbitraries.maps(key, inner).ofMaxSize(4).map(HostileShapesPropertiesTest::object)), 0, 5);
  }

  private static String object(Map<String, String> fields) {
    StringBuilder text = new StringBuilder("{");
    fields.forEach((k, v) -> text.append(text.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
    return text.append('}').toString();
  }

  @Property(tries = 300)
  void the_x_reader_never_throws_on_any_shape(@ForAll("json") String a, @ForAll("json") String b) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < X_FILES.size(); i++) {
      files.put(X_FILES.get(i), ("window.YTD.x.part0 = " + (i % 2 == 0 ? a : b)).getBytes(StandardCharsets.UTF_8));
    }
    assertNeverThrows(new TwitterReader(), MemoryExportTree.of(files));
  }

  @Property(tries = 300)
  void the_meta_readers_never_throw_on_any_shape(@ForAll("json") String a, @ForAll("json") String b) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < META_FILES.size(); i++) {
      files.put(META_FILES.get(i), (i % 2 == 0 ? a : b).getBytes(StandardCharsets.UTF_8));
    }
    ExportTree tree = MemoryExportTree.of(files);
    assertNeverThrows(new FacebookReader(), tree);
    assertNeverThrows(new InstagramReader(), tree);
  }

  private static void assertNeverThrows(ExportReader reader, ExportTree tree) {
    assertThatCode(() -> {
      reader.detect(tree);
      CollectingReadContext.read(reader, tree);
    }).doesNotThrowAnyException();
  }

  @Test
  void each_reader_claims_only_its_own_platforms_fixtures() throws Exception {
    Path fixtures = SharedFixtures.folder("");
    List<ExportReader> readers = List.of(new TwitterReader(), new FacebookReader(), new InstagramReader());
    try (Stream<Path> platforms = Files.list(fixtures)) {
      for (Path platform : platforms.filter(Files::isDirectory).toList()) {
        ExportTree tree = new FolderExportTree(platform);
        String name = platform.getFileName().toString();
        for (ExportReader reader : readers) {
          boolean own = name.equals("x-twitter") ? reader instanceof TwitterReader : name.equals(reader.platform());
          if (own) {
            assertThat(reader.detect(tree)).as(reader.platform() + " on " + name).isGreaterThanOrEqualTo(60);
          } else {
            assertThat(reader.detect(tree)).as(reader.platform() + " on " + name).isLessThan(60);
          }
        }
      }
    }
  }
}
