package org.footprint.ingest.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import org.footprint.synth.archive.FacebookLayout;
import org.footprint.synth.archive.GeneratedArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FacebookReaderTest {
  private final FacebookReader reader = new FacebookReader();
  @TempDir Path dir;

  // ---------------------------------------------------------------- real exports

  @Test
  void reads_every_file_of_the_english_2022_export() {
    ExportTree tree = SharedFixtures.tree("facebook/corsali-userdata-extractor");
    assertThat(reader.detect(tree)).isEqualTo(90);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    assertThat(got.items).hasSize(41);
    assertThat(got.ofKind(ItemKind.PROFILE_FIELD)).hasSize(12)
        .extracting(Item::text).contains("Current city: Newman, California", "Works at: O'Reilly Auto Parts as Delivery Driver");
    // posts/your_posts_1.json 5 (two are empty status updates), groups 5, uncategorised photos 4, videos 3, stories 8
    assertThat(got.readFrom("posts/your_posts_1.json")).hasSize(5);
    assertThat(got.readFrom("groups/your_posts_in_groups.json")).hasSize(5);
    assertThat(got.readFrom("posts/your_uncategorized_photos.json")).hasSize(4);
    assertThat(got.readFrom("posts/your_videos.json")).hasSize(3);
    assertThat(got.readFrom("stories/archived_stories.json")).hasSize(8);
    // The scrubbed export names its comment author differently from its profile ("Jack Langdon", "Jane Doe").
    assertThat(got.ofKind(ItemKind.COMMENT)).hasSize(4).noneMatch(Item::authoredBySelf);
    assertThat(got.readFrom("groups/your_posts_in_groups.json").get(0)).satisfies(post -> {
      assertThat(post.createdAt()).isEqualTo(Instant.ofEpochSecond(1511013150));
      assertThat(post.tags()).containsExactly("Colby Baldwin");
    });
  }

  @Test
  void a_comment_photo_keeps_gps_and_camera_and_never_the_upload_ip() {
    CollectingReadContext got = CollectingReadContext.read(reader,
        SharedFixtures.tree("facebook/corsali-userdata-extractor"));
    Item comment = got.readFrom("comments_and_reactions/comments.json").get(1);
    assertThat(comment.text()).isEqualTo("Are you sure?");
    assertThat(comment.replyTo()).isEqualTo("Jane Glad");
    assertThat(comment.place().latitude()).isCloseTo(-0.53538, within(1e-9));
    assertThat(comment.media()).singleElement().satisfies(m -> {
      assertThat(m.camera()).isEqualTo("OnePlus HD1903");
      assertThat(m.takenAt()).isEqualTo(Instant.ofEpochSecond(1633096715));
    });
    assertThat(got.items).allSatisfy(item -> assertThat(item.toString())
        .doesNotContain("530f:3e40", "50.26.120.85", "66.205.105.3", "2607:fb90"));
  }

  @Test
  void repairs_the_danish_export_and_finds_the_user_in_a_message_thread() {
    ExportTree tree = SharedFixtures.tree("facebook/waultar-app");
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    assertThat(got.items).hasSize(18);
    assertThat(got.items).extracting(Item::text)
        .contains("Han satte sig ved siden af mig, kan næsten ikke blive bedre :O)", "Current city: København", "Tjek 👏");
    assertThat(got.items).noneMatch(i -> i.text().contains("Ã"));
    List<Item> messages = got.ofKind(ItemKind.MESSAGE);
    assertThat(messages).hasSize(5).allMatch(m -> m.audience() == Audience.DIRECT);
    assertThat(messages.stream().filter(Item::authoredBySelf)).extracting(Item::text)
        .containsExactly("nej nej no worries - havde alligevel tænkt mig at forberede nogle ting i toget. Ellers sødt af hende !",
            "Tager også først metro til skolen om lidt");
    assertThat(got.ofKind(ItemKind.COMMENT)).hasSize(3).allMatch(Item::authoredBySelf);
  }

  // ---------------------------------------------------------------- generated exports

  @ParameterizedTest
  @EnumSource(FacebookLayout.class)
  void reads_each_layout_generation_back(FacebookLayout layout) throws Exception {
    Persona persona = ArchiveGenerator.persona(21);
    GeneratedArchive archive = ArchiveGenerator.facebook(21, persona, 12, layout, dir.resolve(layout.name()));
    ExportTree tree = new FolderExportTree(archive.path());
    assertThat(reader.detect(tree)).isGreaterThanOrEqualTo(90);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    List<Item> own = got.items.stream().filter(i -> i.authoredBySelf()
        && Stream.of(ItemKind.POST, ItemKind.CHECK_IN).anyMatch(k -> k == i.kind())).toList();
    assertThat(own).extracting(Item::text).containsExactlyElementsOf(archive.postTexts());
    assertThat(own.get(0).media()).singleElement().satisfies(m -> {
      assertThat(tree.entries()).anyMatch(e -> e.path().equals(m.path()));
      assertThat(m.location().latitude()).isCloseTo(archive.photoLatitude(), within(1e-9));
      assertThat(m.camera()).isEqualTo("samsung SM-G991B");
    });
    assertThat(own.get(1).kind()).isEqualTo(ItemKind.CHECK_IN);
    assertThat(own.get(1).place().name()).isEqualTo(persona.homeTown() + " Leisure Centre");
    Item friends = got.items.stream().filter(i -> !i.authoredBySelf() && i.kind() == ItemKind.POST).findFirst().orElseThrow();
    assertThat(friends.text()).contains(persona.firstName()).contains("😂");
    assertThat(got.ofKind(ItemKind.COMMENT)).singleElement().satisfies(c -> {
      assertThat(c.authoredBySelf()).isTrue();
      assertThat(c.text()).contains("—");
      assertThat(c.replyTo()).isEqualTo(archive.friendName());
    });
    assertThat(got.ofKind(ItemKind.MESSAGE)).extracting(Item::authoredBySelf).containsExactly(true, false);
    assertThat(got.ofKind(ItemKind.PROFILE_FIELD)).extracting(Item::text).contains("Current city: " + persona.homeTown());
    assertThat(got.items).allSatisfy(i -> assertThat(i.toString()).doesNotContain("192.0.2."));
  }

  @Test
  void every_item_keeps_its_id_in_a_later_export_with_posts_added_before_it_and_folders_moved() throws Exception {
    Persona persona = ArchiveGenerator.persona(23);
    GeneratedArchive first = ArchiveGenerator.facebook(23, persona, 12, FacebookLayout.Y2022, dir.resolve("2023"));
    GeneratedArchive later = ArchiveGenerator.facebookReexport(23, persona, 12, 77, 9, FacebookLayout.FACEBOOK_ACTIVITY,
        dir.resolve("2024"));

    Map<String, Item> before = byNativeId(CollectingReadContext.read(reader, new FolderExportTree(first.path())).items);
    List<Item> after = CollectingReadContext.read(reader, new FolderExportTree(later.path())).items;

    Map<String, Item> afterById = byNativeId(after);
    assertThat(afterById).hasSize(before.size() + 9);
    before.forEach((id, item) -> assertThat(afterById.get(id)).as(id).isNotNull()
        .extracting(Item::text, Item::createdAt, Item::kind).containsExactly(item.text(), item.createdAt(), item.kind()));
    // The added posts really came before some of the old ones, so positions in the files moved.
    List<String> order = after.stream().map(Item::nativeId).toList();
    assertThat(order.stream().filter(id -> !before.containsKey(id)).mapToInt(order::indexOf).min().orElseThrow())
        .isLessThan(order.stream().filter(before::containsKey).mapToInt(order::indexOf).max().orElseThrow());
  }

  @Test
  void two_posts_of_one_second_differ_and_two_identical_ones_are_numbered() {
    String post = "{\"timestamp\": 1600000000, \"data\": [{\"post\": \"%s\"}]}";
    ExportTree tree = MemoryExportTree.of(Map.of("posts/your_posts_1.json",
        ("[" + String.join(",", post.formatted("same words"), post.formatted("other words"), post.formatted("same words")) + "]")
            .getBytes(StandardCharsets.UTF_8)));

    List<String> ids = CollectingReadContext.read(reader, tree).items.stream().map(Item::nativeId).toList();

    assertThat(ids).hasSize(3).doesNotHaveDuplicates().allMatch(id -> id.startsWith("post@1600000000:"));
    assertThat(ids.get(2)).isEqualTo(ids.get(0) + ":2");
  }

  private static Map<String, Item> byNativeId(List<Item> items) {
    Map<String, Item> byId = new LinkedHashMap<>();
    items.forEach(item -> assertThat(byId.put(item.nativeId(), item)).as(item.nativeId()).isNull());
    return byId;
  }

  @Test
  void numbered_post_files_are_all_read() throws Exception {
    GeneratedArchive archive = ArchiveGenerator.facebook(3, ArchiveGenerator.persona(3), 260, FacebookLayout.Y2022, dir.resolve("fb"));
    assertThat(Files.exists(archive.path().resolve("facebook-" + ArchiveGenerator.persona(3).handle() + "/posts/your_posts_2.json"))).isTrue();
    CollectingReadContext got = CollectingReadContext.read(reader, new FolderExportTree(archive.path()));
    assertThat(got.items.stream().filter(i -> i.authoredBySelf() && (i.kind() == ItemKind.POST || i.kind() == ItemKind.CHECK_IN)))
        .hasSize(260);
  }

  @Test
  void an_empty_generated_export_has_the_profile_the_friend_and_the_conversation() throws Exception {
    GeneratedArchive archive = ArchiveGenerator.facebook(4, ArchiveGenerator.persona(4), 0, FacebookLayout.Y2022, dir.resolve("fb"));
    CollectingReadContext got = CollectingReadContext.read(reader, new FolderExportTree(archive.path()));
    assertThat(got.problems).isEmpty();
    assertThat(got.authored()).noneMatch(i -> i.kind() == ItemKind.POST || i.kind() == ItemKind.PHOTO);
    assertThat(got.items.stream().filter(i -> !i.authoredBySelf() && i.kind() == ItemKind.POST)).hasSize(1);
  }

  @Test
  void a_truncated_posts_file_is_reported_and_the_other_files_are_still_read() throws Exception {
    GeneratedArchive archive = ArchiveGenerator.facebook(8, ArchiveGenerator.persona(8), 30, FacebookLayout.Y2022, dir.resolve("fb"));
    Path posts;
    try (Stream<Path> walk = Files.walk(archive.path())) {
      posts = walk.filter(p -> p.getFileName().toString().equals("your_posts_1.json")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(posts);
    Files.write(posts, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
    CollectingReadContext got = CollectingReadContext.read(reader, new FolderExportTree(archive.path()));
    assertThat(got.problemCodes()).containsExactly(JsonRecords.TRUNCATED);
    assertThat(got.problems.get(0).entry()).endsWith("posts/your_posts_1.json");
    assertThat(got.ofKind(ItemKind.POST).size() + got.ofKind(ItemKind.CHECK_IN).size()).isBetween(5, 29);
    assertThat(got.ofKind(ItemKind.MESSAGE)).hasSize(2);
    assertThat(got.ofKind(ItemKind.COMMENT)).hasSize(1);
  }

  @Test
  void wrong_shapes_and_missing_timestamps_are_problems() {
    ExportTree tree = MemoryExportTree.of(java.util.Map.of(
        "posts/your_posts_1.json", "[{\"data\":[{\"post\":\"no time on this one\"}]}]".getBytes(StandardCharsets.UTF_8),
        "comments_and_reactions/comments.json", "{\"something_else\":{}}".getBytes(StandardCharsets.UTF_8),
        "messages/inbox/sam_1/message_1.json", "[]".getBytes(StandardCharsets.UTF_8)));
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.items).singleElement().satisfies(i -> {
      assertThat(i.text()).isEqualTo("no time on this one");
      assertThat(i.createdAt()).isNull();
    });
    assertThat(got.problemCodes()).containsExactlyInAnyOrder(JsonRecords.MISSING_FIELD, JsonRecords.WRONG_SHAPE, JsonRecords.WRONG_SHAPE);
  }

  @Test
  void an_export_downloaded_as_html_is_recognised_and_the_user_told_to_ask_for_json() {
    ExportTree tree = MemoryExportTree.of(java.util.Map.of(
        "facebook-jo/posts/your_posts_1.html", "<html><body>posts</body></html>".getBytes(StandardCharsets.UTF_8),
        "facebook-jo/index.html", "<html></html>".getBytes(StandardCharsets.UTF_8)));
    assertThat(reader.detect(tree)).isEqualTo(org.footprint.ingest.meta.HtmlExport.DETECT_SCORE);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.items).isEmpty();
    assertThat(got.problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("ingest.meta.html-export");
      assertThat(p.entry()).isEqualTo("facebook-jo/posts/your_posts_1.html");
      assertThat(p.message()).contains("JSON");
    });
  }

  @Test
  void detects_nothing_in_an_instagram_or_unrelated_tree() {
    assertThat(reader.detect(new MemoryExportTree().with("content/posts_1.json", "[]"))).isZero();
    assertThat(reader.detect(new MemoryExportTree().with("notes.txt", "hi"))).isZero();
  }
}
