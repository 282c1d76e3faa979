package org.footprint.ingest.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.footprint.ingest.testkit.CollectingReadContext;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.testkit.SharedFixtures;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.junit.jupiter.api.Test;

class TikTokReaderTest {
  private final TikTokReader reader = new TikTokReader();

  @Test
  void reads_the_likes_of_the_2026_fixture() {
    var tree = SharedFixtures.tree("tiktok/porter7678-tiktok-shuffler");
    assertThat(reader.detect(tree)).isEqualTo(95);
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    assertThat(result.items).hasSize(3).allSatisfy(like -> {
      assertThat(like.kind()).isEqualTo(ItemKind.LIKE);
      assertThat(like.authoredBySelf()).isFalse();
      assertThat(like.text()).isEmpty();
    });
    Item first = result.items.get(0);
    assertThat(first.nativeId()).isEqualTo("like/7631024397754600735");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-04-25T23:35:34Z"));
    assertThat(first.permalink()).isEqualTo("https://www.tiktokv.com/share/video/7631024397754600735/");
  }

  @Test
  void reads_comments_videos_and_bio_of_the_older_generation_and_skips_watch_history() {
    var tree = new MemoryExportTree().with("user_data.json",
        TikTokExport.older(List.of("so true, \"really\" 😂", "second"), List.of("my #dance video"), "Nurse in Leeds 🩺"));
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    assertThat(result.items).extracting(Item::kind)
        .containsExactly(ItemKind.COMMENT, ItemKind.COMMENT, ItemKind.POST, ItemKind.PROFILE_FIELD);
    assertThat(result.texts()).containsExactly("so true, \"really\" 😂", "second", "my #dance video", "Nurse in Leeds 🩺");
    assertThat(result.items.get(0).createdAt()).isEqualTo(Instant.parse("2022-03-01T12:00:00Z"));
    assertThat(result.items.get(0).permalink()).isNull();
    assertThat(result.items.get(2).nativeId()).isEqualTo("video/700000000000");
    assertThat(result.items.get(2).audience()).isEqualTo(Audience.UNKNOWN);
    assertThat(result.items).extracting(Item::id).doesNotHaveDuplicates();
  }

  @Test
  void reads_the_newer_generation_with_other_section_names_and_key_case() {
    var tree = new MemoryExportTree().with("TikTok_Data/user_data_tiktok.json",
        TikTokExport.newer(List.of("capital keys"), List.of("title as text")));
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    assertThat(result.items).extracting(Item::kind).containsExactly(ItemKind.LIKE, ItemKind.COMMENT, ItemKind.POST);
    assertThat(result.texts()).containsExactly("", "capital keys", "title as text");
    assertThat(result.items.get(1).createdAt()).isEqualTo(Instant.parse("2025-03-03T03:03:03Z"));
  }

  @Test
  void reads_direct_messages_and_marks_the_users_own_by_the_profile_user_name() {
    String json = "{\"Direct Messages\":{\"Chat History\":{\"ChatHistory\":{\"Chat History with sam.lee:\":["
        + "{\"Date\":\"2024-05-05 10:00:00\",\"From\":\"robin.example\",\"Content\":\"see you at the clinic\"},"
        + "{\"Date\":\"2024-05-05 10:01:00\",\"From\":\"sam.lee\",\"Content\":\"ok!\"}]}}},"
        + "\"Profile\":{\"Profile Information\":{\"ProfileMap\":{\"userName\":\"robin.example\",\"bioDescription\":\"\"}}}}";
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("user_data.json", json));

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactly("see you at the clinic", "ok!");
    assertThat(result.items).extracting(Item::authoredBySelf).containsExactly(true, false);
    assertThat(result.items).allSatisfy(item -> {
      assertThat(item.kind()).isEqualTo(ItemKind.MESSAGE);
      assertThat(item.audience()).isEqualTo(Audience.DIRECT);
    });
    assertThat(result.items.get(0).nativeId()).isEqualTo("chat/sam.lee/0");
    assertThat(result.items.get(1).createdAt()).isEqualTo(Instant.parse("2024-05-05T10:01:00Z"));
  }

  @Test
  void detects_by_file_name_or_by_tiktok_sections() {
    assertThat(reader.detect(new MemoryExportTree().with("user_data_tiktok.json", TikTokExport.newer(List.of(), List.of())))).isEqualTo(95);
    assertThat(reader.detect(new MemoryExportTree().with("export.json", TikTokExport.newer(List.of(), List.of())))).isEqualTo(80);
    assertThat(reader.detect(new MemoryExportTree().with("export.json", "{\"Profile\":{},\"Video\":{}}"))).isZero();
    assertThat(reader.detect(new MemoryExportTree().with("user_data.json", "{\"something\":1}"))).isZero();
    assertThat(reader.detect(new MemoryExportTree().with("notes.txt", "Your Activity"))).isZero();
  }

  @Test
  void broken_files_are_problems() {
    String whole = TikTokExport.older(List.of("kept", "lost"), List.of(), "");
    var truncated = CollectingReadContext.read(reader, new MemoryExportTree().with("user_data.json", whole.substring(0, whole.indexOf("lost"))));
    assertThat(truncated.texts()).containsExactly("kept");
    assertThat(truncated.problemCodes()).containsExactly("ingest.json.truncated");

    var array = CollectingReadContext.read(reader, new MemoryExportTree().with("user_data.json", "[1,2]"));
    assertThat(array.problemCodes()).containsExactly("ingest.json.wrong-shape");
    var garbage = CollectingReadContext.read(reader, new MemoryExportTree().with("user_data.json", "{\"Comment\": oops}"));
    assertThat(garbage.problemCodes()).containsExactly("ingest.json.malformed");
    var empty = CollectingReadContext.read(reader, new MemoryExportTree().with("user_data.json", ""));
    assertThat(empty.problemCodes()).containsExactly("ingest.json.wrong-shape");
  }

  @Test
  void missing_fields_and_null_lists_read_as_empty() {
    String json = "{\"Comment\":{\"Comments\":{\"CommentsList\":[{\"date\":\"2024-09-04 18:42:29\"},{}]}},"
        + "\"Video\":{\"Videos\":{\"VideoList\":null}},\"Profile\":{\"Profile Information\":{\"ProfileMap\":{\"bioDescription\":null}}}}";
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("user_data.json", json));

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactly("", "");
    assertThat(result.items.get(0).createdAt()).isEqualTo(Instant.parse("2024-09-04T18:42:29Z"));
    assertThat(result.items.get(1).createdAt()).isNull();
  }

  @Property(tries = 200)
  void any_generated_export_reads_back_with_the_same_comment_texts(@ForAll("texts") List<String> texts) {
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("user_data.json", TikTokExport.older(texts, List.of(), "")));

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactlyElementsOf(texts);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> token = Arbitraries.of("word", "Ünïcødé", "😀", "👩‍⚕️", ",", "\"", "\\", "\n", " ", "@jo", "#fyp");
    return token.list().ofMinSize(1).ofMaxSize(10).map(parts -> String.join("", parts)).list().ofMaxSize(8);
  }
}
