package org.footprint.ingest.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
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

class YouTubeReaderTest {
  private final YouTubeReader reader = new YouTubeReader();

  private static CollectingReadContext readFixture(YouTubeReader reader, String file) {
    var tree = SharedFixtures.file("google-takeout/google_takeout_parser/YouTube and YouTube Music/comments", file,
        "Takeout/YouTube and YouTube Music/comments/comments.csv");
    assertThat(reader.detect(tree)).isEqualTo(90);
    return CollectingReadContext.read(reader, tree);
  }

  @Test
  void reads_the_generation_before_mid_2024() {
    var result = readFixture(reader, "comments.old-format-pre-2024-06.csv");

    assertThat(result.problems).isEmpty();
    assertThat(result.items).hasSize(2);
    Item first = result.items.get(0);
    assertThat(first.text()).isEqualTo("coalowl the legend");
    assertThat(first.kind()).isEqualTo(ItemKind.COMMENT);
    assertThat(first.nativeId()).isEqualTo("UgxtiXQkY7gqHbldJ1F4AaABAg");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2023-09-19T17:42:53.434647Z"));
    assertThat(first.permalink()).isEqualTo("https://www.youtube.com/watch?v=WtOskFeLmr4&lc=UgxtiXQkY7gqHbldJ1F4AaABAg");
    assertThat(first.audience()).isEqualTo(Audience.PUBLIC);
    Item reply = result.items.get(1);
    assertThat(reply.kind()).isEqualTo(ItemKind.REPLY);
    assertThat(reply.replyTo()).isEqualTo("UgwDN8UeMxW4NDFbvY54AaABAg");
    assertThat(reply.text()).startsWith("Ah, this is the reason why Ive never seen concurrent write failures myself, python's default");
  }

  @Test
  void reads_the_generation_after_mid_2024() {
    var result = readFixture(reader, "comments.new-format-post-2024-06.csv");

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactly(
        "> I am about to get buried in the concrete\nthe most normal  Veritasium video!", "Great illustration of Bell inequality!");
    assertThat(result.items.get(1).createdAt()).isEqualTo(Instant.parse("2016-01-29T18:26:53.255Z"));
    assertThat(result.items.get(0).nativeId()).isEqualTo("UgytHqobEtqoKm_-pYB4AaABAg");
  }

  @Test
  void reads_generated_files_of_both_generations_under_a_localised_name() {
    var comments = List.of(new TakeoutComments.Comment("a", "", List.of("see ", "https://example.org", "\n", "ok \"quoted\"")),
        new TakeoutComments.Comment("b", "a", List.of("reply, with comma")));
    var tree = new MemoryExportTree()
        .with("Takeout/YouTube und YouTube Music/Kommentare/Kommentare.csv", TakeoutComments.beforeMid2024(comments))
        .with("Takeout/YouTube and YouTube Music/comments/comments.csv", TakeoutComments.afterMid2024(comments));
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactly("see https://example.org\nok \"quoted\"", "reply, with comma",
        "see https://example.org\nok \"quoted\"", "reply, with comma");
    assertThat(result.items).extracting(Item::kind).containsExactly(ItemKind.COMMENT, ItemKind.REPLY, ItemKind.COMMENT, ItemKind.REPLY);
  }

  @Test
  void a_comment_text_that_is_not_json_is_kept_and_reported_once() {
    String csv = "Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\n"
        + "x1,UC,2023-01-01T00:00:00+00:00,0,,v,plain words\n"
        + "x2,UC,2023-01-01T00:00:00+00:00,0,,v,\"{\"\"text\"\":\"\"fine\"\"}\"\n"
        + "x3,UC,2023-01-01T00:00:00+00:00,0,,v,{broken\n";
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("comments.csv", csv));

    assertThat(result.texts()).containsExactly("plain words", "fine", "{broken");
    assertThat(result.problemCodes()).containsExactly("ingest.csv.bad-value");
    assertThat(result.problems.get(0).message()).startsWith("2 comment text(s)");
  }

  @Test
  void a_takeout_comments_file_with_a_wrong_header_is_a_problem_and_a_header_only_file_is_empty() {
    var tree = new MemoryExportTree()
        .with("Takeout/YouTube and YouTube Music/comments/comments.csv", "Comment ID,Video ID\nx,y\n")
        .with("Takeout/YouTube and YouTube Music/comments/more.csv",
            "Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\n");
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.items).isEmpty();
    assertThat(result.problemCodes()).containsExactly("ingest.csv.missing-column");
    assertThat(result.problems.get(0).entry()).endsWith("comments/comments.csv");
  }

  @Test
  void reddit_and_other_csvs_are_not_youtube() {
    assertThat(reader.detect(new MemoryExportTree().with("comments.csv", "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n"))).isZero();
    assertThat(reader.detect(new MemoryExportTree().with("comments.csv", ""))).isZero();
    assertThat(reader.detect(new MemoryExportTree().with("comments.txt", "Comment ID,Comment Create Timestamp,Video ID,Comment Text\n"))).isZero();
  }

  @Property(tries = 200)
  void any_generated_file_reads_back_with_the_same_texts(@ForAll("texts") List<String> texts, @ForAll boolean newer) {
    List<TakeoutComments.Comment> comments = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      comments.add(new TakeoutComments.Comment("c" + i, "", List.of(texts.get(i))));
    }
    String csv = newer ? TakeoutComments.afterMid2024(comments) : TakeoutComments.beforeMid2024(comments);
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("comments.csv", csv));

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactlyElementsOf(texts);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> token = Arbitraries.of("word", "Ünïcødé", "😀", "👩‍⚕️", ",", "\"", "\\", "\n", " ", "},{", "[", "]");
    return token.list().ofMinSize(1).ofMaxSize(10).map(parts -> String.join("", parts)).list().ofMaxSize(8);
  }
}
