package org.footprint.ingest.reddit;

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
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.junit.jupiter.api.Test;

// No real Reddit export is among the shared fixtures (see shared/fixtures/SOURCES.md), so only generated files.
class RedditReaderTest {
  private final RedditReader reader = new RedditReader();

  @Test
  void reads_posts_and_comments_by_header() {
    var tree = new MemoryExportTree()
        .with("export_robin_20240101/posts.csv", RedditExport.posts(List.of(
            new RedditExport.Post("abc1", "Long shift tonight", "Thanks u/night_owl for the cover"),
            new RedditExport.Post("abc2", "Link only", ""),
            new RedditExport.Post("abc3", "[deleted]", "[deleted]"))))
        .with("export_robin_20240101/comments.csv", RedditExport.comments(List.of(
            new RedditExport.Comment("c1", "t3_abc", "Top-level, with a comma"),
            new RedditExport.Comment("c2", "t1_c1", "A reply\nover two lines"),
            new RedditExport.Comment("c3", "t1_c1", "[removed]"))));
    assertThat(new RedditReader().detect(tree)).isEqualTo(90);
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactly(
        "Long shift tonight\n\nThanks u/night_owl for the cover", "Link only", "Top-level, with a comma", "A reply\nover two lines");
    assertThat(result.items).extracting(Item::kind).containsExactly(ItemKind.POST, ItemKind.POST, ItemKind.COMMENT, ItemKind.REPLY);
    assertThat(result.items).extracting(Item::nativeId).containsExactly("t3_abc1", "t3_abc2", "t1_c1", "t1_c2");
    Item post = result.items.get(0);
    assertThat(post.mentions()).containsExactly("night_owl");
    assertThat(post.createdAt()).isEqualTo(Instant.parse("2023-01-15T12:34:56Z"));
    assertThat(post.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(post.permalink()).isEqualTo("https://www.reddit.com/r/nursing/comments/abc1/x/");
    assertThat(result.items.get(3).replyTo()).isEqualTo("t1_c1");
  }

  @Test
  void reads_exports_with_extra_gilding_columns_in_any_order() {
    String csv = "id,permalink,date,ip,subreddit,gildings,gildings_silver,gildings_supergold,link,parent,body,media\n"
        + "k9,https://r/k9,2022-05-05 05:05:05 UTC,,nursing,0,1,0,https://r/x,t3_x,\"extra, columns\",\n";
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("comments.csv", csv));

    assertThat(result.problems).isEmpty();
    assertThat(result.items).singleElement().satisfies(item -> {
      assertThat(item.text()).isEqualTo("extra, columns");
      assertThat(item.createdAt()).isEqualTo(Instant.parse("2022-05-05T05:05:05Z"));
      assertThat(item.kind()).isEqualTo(ItemKind.COMMENT);
    });
  }

  @Test
  void a_row_that_never_ends_is_cut_off_and_the_rows_before_it_are_kept() {
    String csv = RedditExport.comments(List.of(new RedditExport.Comment("c1", "t3_x", "kept, \"quoted\"\nand multi-line")))
        + "c2,p,2023-02-01 08:00:00 UTC,,s,0,l,t3_x,\"" + "endless\n".repeat(1_300_000);
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("comments.csv", csv));

    assertThat(result.texts()).containsExactly("kept, \"quoted\"\nand multi-line");
    assertThat(result.problemCodes()).containsExactly("ingest.csv.too-long");
  }

  @Test
  void youtube_comments_are_not_reddit() {
    var tree = new MemoryExportTree().with("comments.csv",
        "Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\n");
    assertThat(reader.detect(tree)).isZero();
    assertThat(CollectingReadContext.read(reader, tree).problems).isEmpty();
  }

  @Test
  void a_reddit_file_with_a_broken_header_is_a_problem() {
    var tree = new MemoryExportTree()
        .with("comments.csv", "id,date\n1,2\n")
        .with("posts.csv", RedditExport.posts(List.of(new RedditExport.Post("p", "still read", ""))));
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problemCodes()).containsExactly("ingest.csv.missing-column");
    assertThat(result.problems.get(0).entry()).isEqualTo("comments.csv");
    assertThat(result.texts()).containsExactly("still read");
  }

  @Test
  void empty_and_header_only_files_give_no_items() {
    var result = CollectingReadContext.read(reader, new MemoryExportTree()
        .with("posts.csv", RedditExport.posts(List.of())).with("comments.csv", ""));
    assertThat(result.items).isEmpty();
    assertThat(result.problemCodes()).containsExactly("ingest.csv.missing-column");
  }

  @Property(tries = 200)
  void any_generated_comments_file_reads_back_with_the_same_texts(@ForAll("texts") List<String> texts) {
    List<RedditExport.Comment> comments = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      comments.add(new RedditExport.Comment("c" + i, "t3_x", texts.get(i)));
    }
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("comments.csv", RedditExport.comments(comments)));

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactlyElementsOf(texts);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> token = Arbitraries.of("word", "Ünïcødé", "😀", "👩‍⚕️", ",", "\"", "\n", " ", "**bold**", "> quote");
    return token.list().ofMinSize(1).ofMaxSize(10).map(parts -> String.join("", parts))
        .filter(t -> !t.strip().equals("[deleted]")).list().ofMaxSize(8);
  }
}
