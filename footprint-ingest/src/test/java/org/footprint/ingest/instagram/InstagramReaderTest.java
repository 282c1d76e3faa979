package org.footprint.ingest.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.footprint.ingest.json.JsonRecords;
import org.footprint.ingest.testkit.CollectingReadContext;
import org.footprint.ingest.testkit.FolderExportTree;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.testkit.SharedFixtures;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.synth.Persona;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.ExifJpeg;
import org.footprint.synth.archive.GeneratedArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstagramReaderTest {
  private final InstagramReader reader = new InstagramReader();
  @TempDir Path dir;

  @Test
  void reads_every_file_of_the_2022_export() {
    ExportTree tree = SharedFixtures.tree("instagram/corsali-userdata-extractor");
    assertThat(reader.detect(tree)).isEqualTo(100);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    assertThat(got.items).hasSize(21);
    assertThat(got.readFrom("content/archived_posts.json")).hasSize(6);
    assertThat(got.readFrom("content/recently_deleted_content.json")).hasSize(4);
    assertThat(got.readFrom("content/profile_photos.json")).hasSize(1);
    assertThat(got.readFrom("content/posts_1.json")).hasSize(4);
    assertThat(got.readFrom("content/stories.json")).hasSize(1);
    assertThat(got.ofKind(ItemKind.COMMENT)).hasSize(4).allMatch(Item::authoredBySelf)
        .extracting(Item::replyTo).containsExactly("rio.tew", "posyofjasmine", "maxprentisvisual", "children_illustrations");
    assertThat(got.ofKind(ItemKind.PROFILE_FIELD)).extracting(Item::text)
        .containsExactly("Just teaching the world how to think at a galatic level.");
  }

  @Test
  void the_switch_to_private_makes_later_posts_followers_only() {
    CollectingReadContext got = CollectingReadContext.read(reader,
        SharedFixtures.tree("instagram/corsali-userdata-extractor"));
    Instant switched = Instant.ofEpochSecond(1650219244);
    assertThat(got.items.stream().filter(i -> i.createdAt() != null && i.createdAt().isAfter(switched)))
        .isNotEmpty().allMatch(i -> i.audience() == Audience.FOLLOWERS);
    assertThat(got.items.stream().filter(i -> i.createdAt() != null && i.createdAt().isBefore(switched)))
        .isNotEmpty().allMatch(i -> i.audience() == Audience.PUBLIC);
  }

  @Test
  void captions_are_repaired_and_gps_and_camera_come_from_exif_data() {
    CollectingReadContext got = CollectingReadContext.read(reader,
        SharedFixtures.tree("instagram/corsali-userdata-extractor"));
    Item carousel = got.readFrom("content/archived_posts.json").get(0);
    assertThat(carousel.text()).isEqualTo("Nothing for sale, just want to show off my little living room display 🥰🥰🥰");
    assertThat(carousel.media()).hasSize(3);
    Item located = got.readFrom("content/archived_posts.json").get(1);
    assertThat(located.place().latitude()).isCloseTo(37.8029, within(1e-9));
    assertThat(located.place().longitude()).isCloseTo(-122.2721, within(1e-9));
    Item felting = got.readFrom("content/posts_1.json").get(0);
    assertThat(felting.media().get(0).camera()).isEqualTo("Apple iPhone 6s Plus back camera 4.15mm f/2.2");
    assertThat(felting.media().get(0).takenAt()).isEqualTo(Instant.parse("2020-08-14T16:52:04Z"));
  }

  @Test
  void reads_the_2019_export_with_old_comments_and_emoji() {
    ExportTree tree = SharedFixtures.tree("instagram/waultar-app");
    assertThat(reader.detect(tree)).isEqualTo(90);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    assertThat(got.items).hasSize(7);
    assertThat(got.ofKind(ItemKind.COMMENT)).extracting(Item::text).containsExactly("The comment", "The comment");
    assertThat(got.items).extracting(Item::text).anyMatch(t -> t.endsWith("almost there 😂\n#martialarts #tricking #hapkido"));
    assertThat(got.items.stream().filter(i -> i.place() != null)).hasSize(2);
  }

  @Test
  void reads_a_generated_export_back() throws Exception {
    Persona persona = ArchiveGenerator.persona(31);
    GeneratedArchive archive = ArchiveGenerator.instagram(31, persona, 14, dir.resolve("ig.zip"));
    ExportTree tree = MemoryExportTree.unzip(archive.path());
    assertThat(reader.detect(tree)).isEqualTo(100);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    List<Item> posts = got.ofKind(ItemKind.POST);
    assertThat(posts).extracting(Item::text).containsExactlyElementsOf(archive.postTexts());
    assertThat(posts).allMatch(i -> i.authoredBySelf() && i.audience() == Audience.PUBLIC);
    assertThat(posts.get(0).place().latitude()).isCloseTo(archive.photoLatitude(), within(1e-9));
    assertThat(posts.get(0).media().get(0).path()).startsWith(persona.handle() + "_20240630/media/posts/");
    assertThat(posts.get(1).media().get(0).path()).startsWith("media/posts/"); // named, not in the export
    assertThat(posts).anyMatch(p -> p.media().size() == 2); // a carousel
    assertThat(got.ofKind(ItemKind.PHOTO)).hasSize(1);
    assertThat(got.ofKind(ItemKind.COMMENT)).singleElement().satisfies(c -> {
      assertThat(c.text()).contains("😍");
      assertThat(c.mentions()).containsExactly(c.replyTo());
    });
  }

  @Test
  void every_item_keeps_its_id_in_a_later_export_with_posts_added_before_it() throws Exception {
    Persona persona = ArchiveGenerator.persona(33);
    GeneratedArchive first = ArchiveGenerator.instagram(33, persona, 10, dir.resolve("2023"));
    GeneratedArchive later = ArchiveGenerator.instagramReexport(33, persona, 10, 5, 6, dir.resolve("2024"));

    List<Item> before = CollectingReadContext.read(reader, new FolderExportTree(first.path())).items;
    List<Item> after = CollectingReadContext.read(reader, new FolderExportTree(later.path())).items;

    assertThat(after).hasSize(before.size() + 6).extracting(Item::nativeId).doesNotHaveDuplicates()
        .containsAll(before.stream().map(Item::nativeId).toList());
    assertThat(after.stream().filter(i -> before.stream().anyMatch(b -> b.nativeId().equals(i.nativeId()))).toList())
        .usingRecursiveFieldByFieldElementComparatorOnFields("text", "createdAt", "kind")
        .containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void an_empty_export_and_a_broken_posts_file() throws Exception {
    GeneratedArchive empty = ArchiveGenerator.instagram(2, ArchiveGenerator.persona(2), 0, dir.resolve("empty"));
    CollectingReadContext none = CollectingReadContext.read(reader, new FolderExportTree(empty.path()));
    assertThat(none.problems).isEmpty();
    assertThat(none.ofKind(ItemKind.POST)).isEmpty();

    GeneratedArchive archive = ArchiveGenerator.instagram(2, ArchiveGenerator.persona(2), 10, dir.resolve("ig"));
    Path posts = archive.path().resolve(ArchiveGenerator.persona(2).handle() + "_20240630/content/posts_1.json");
    Files.writeString(posts, "{\"ig_posts\": 42}");
    CollectingReadContext got = CollectingReadContext.read(reader, new FolderExportTree(archive.path()));
    assertThat(got.problemCodes()).containsExactly(JsonRecords.WRONG_SHAPE);
    assertThat(got.ofKind(ItemKind.COMMENT)).hasSize(1);
  }

  @Test
  void an_export_downloaded_as_html_is_recognised_and_the_user_told_to_ask_for_json() {
    ExportTree tree = new MemoryExportTree().with("jo_20240630/content/posts_1.html", "<html></html>");
    assertThat(reader.detect(tree)).isEqualTo(org.footprint.ingest.meta.HtmlExport.DETECT_SCORE);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.items).isEmpty();
    assertThat(got.problemCodes()).containsExactly("ingest.meta.html-export");
  }

  @Test
  void a_photo_without_exif_data_in_the_json_takes_gps_time_and_camera_from_the_file_itself() {
    Instant taken = Instant.parse("2024-05-04T19:30:00Z");
    ExportTree tree = new MemoryExportTree()
        .with("jo_2024/your_instagram_activity/content/posts_1.json", ("[{\"media\":[{\"uri\":\"media/posts/202405/garden.jpg\","
            + "\"creation_timestamp\":1714851000,\"title\":\"sunny garden\"}]},"
            + "{\"media\":[{\"uri\":\"media/posts/202405/broken.jpg\",\"creation_timestamp\":1714852000,\"title\":\"blurry one\"}]},"
            + "{\"media\":[{\"uri\":\"media/posts/202405/tagged.jpg\",\"creation_timestamp\":1714853000,\"title\":\"the json knows\","
            + "\"media_metadata\":{\"photo_metadata\":{\"exif_data\":[{\"latitude\":51.5,\"longitude\":-0.12}]}}}]}]"))
        .with("jo_2024/media/posts/202405/garden.jpg", ExifJpeg.photo(5, 53.4084, -2.9916, taken, "Google", "Pixel 7"))
        .with("jo_2024/media/posts/202405/broken.jpg", "not a jpeg at all")
        .with("jo_2024/media/posts/202405/tagged.jpg", ExifJpeg.photo(6, 55.9533, -3.1883, taken, "Apple", "iPhone 13"));
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    assertThat(got.items).hasSize(3);
    Item garden = got.items.stream().filter(i -> i.text().equals("sunny garden")).findFirst().orElseThrow();
    assertThat(garden.media()).singleElement().satisfies(m -> {
      assertThat(m.path()).isEqualTo("jo_2024/media/posts/202405/garden.jpg");
      assertThat(m.location().latitude()).isCloseTo(53.4084, within(1e-6));
      assertThat(m.location().longitude()).isCloseTo(-2.9916, within(1e-6));
      assertThat(m.takenAt()).isEqualTo(taken);
      assertThat(m.camera()).isEqualTo("Google Pixel 7");
    });
    assertThat(garden.place().latitude()).isCloseTo(53.4084, within(1e-6));
    Item broken = got.items.stream().filter(i -> i.text().equals("blurry one")).findFirst().orElseThrow();
    assertThat(broken.media()).singleElement().satisfies(m -> assertThat(m.location()).isNull());
    // What Meta recorded wins over the file; the file only fills what the JSON leaves out.
    Item tagged = got.items.stream().filter(i -> i.text().equals("the json knows")).findFirst().orElseThrow();
    assertThat(tagged.media()).singleElement().satisfies(m -> {
      assertThat(m.location().latitude()).isCloseTo(51.5, within(1e-9));
      assertThat(m.camera()).isEqualTo("Apple iPhone 13");
    });
  }

  @Test
  void reads_threads_posts_and_replies_inside_the_export() {
    ExportTree tree = MemoryExportTree.of(Map.of("your_instagram_activity/threads/threads_and_replies.json",
        ("{\"text_post_app_text_posts\":[{\"media\":[{\"uri\":\"\",\"creation_timestamp\":1700000000,\"title\":\"caf\u00c3\u00a9 day\"}],"
            + "\"text_app_post\":{\"is_reply\":false}},{\"title\":\"@sam agreed\",\"creation_timestamp\":1700000100,"
            + "\"text_app_post\":{\"is_reply\":true}}]}").getBytes(StandardCharsets.UTF_8)));
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    assertThat(got.items).extracting(Item::kind, Item::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ItemKind.POST, "café day"), org.assertj.core.groups.Tuple.tuple(ItemKind.REPLY, "@sam agreed"));
    assertThat(got.items.get(1).mentions()).containsExactly("sam");
  }

  @Test
  void reads_the_newer_label_map_comments_and_reports_posts_without_time() {
    ExportTree tree = MemoryExportTree.of(Map.of(
        "your_instagram_activity/comments/post_comments_1.json",
        "[{\"media_list_data\":[],\"string_map_data\":{\"Comment\":{\"value\":\"nice one\"},\"Media Owner\":{\"value\":\"sam\"},\"Time\":{\"timestamp\":1700000000}}}]"
            .getBytes(StandardCharsets.UTF_8),
        "your_instagram_activity/content/posts_1.json", "[{\"media\":[{\"uri\":\"media/posts/a.jpg\",\"title\":\"undated\"}]}]"
            .getBytes(StandardCharsets.UTF_8)));
    assertThat(reader.detect(tree)).isEqualTo(100);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.ofKind(ItemKind.COMMENT)).singleElement().satisfies(c -> {
      assertThat(c.replyTo()).isEqualTo("sam");
      assertThat(c.createdAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
    });
    assertThat(got.ofKind(ItemKind.POST)).extracting(Item::text).containsExactly("undated");
    assertThat(got.problemCodes()).containsExactly(JsonRecords.MISSING_FIELD);
  }
}
