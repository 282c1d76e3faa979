package org.footprint.ingest.linkedin;

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

class LinkedInReaderTest {
  private final LinkedInReader reader = new LinkedInReader();

  @Test
  void reads_the_real_2025_export_fixture() {
    var tree = SharedFixtures.tree("linkedin/sanand0-linkedin");
    assertThat(reader.detect(tree)).isEqualTo(95);
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    List<Item> shares = result.items.stream().filter(i -> i.kind() == ItemKind.POST).toList();
    List<Item> comments = result.items.stream().filter(i -> i.kind() == ItemKind.COMMENT).toList();
    assertThat(shares).hasSize(6);
    assertThat(comments).hasSize(6);

    Item first = shares.get(0);
    assertThat(first.id()).isEqualTo("linkedin:urn:li:share:7345821826846990338");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-07-01T14:33:22Z"));
    assertThat(first.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(first.text()).startsWith("I'm off for a 10-day Vipassana meditation program.\n\n𝗪𝗛𝗔𝗧? A 10-day residential")
        .endsWith("\n\nI've scheduled LinkedIn posts, so you'll still see stuff. But I won't be replying.")
        .doesNotContain("\"\n", "\n\"");
    assertThat(shares.get(1).text()).startsWith("If someone asked me, \"What's changed this year in LLMs\", here's my list:\n\n");
    assertThat(shares.get(4).text()).contains("𝗗𝗮𝘁𝗮 𝗗𝗲𝘀𝗶𝗴𝗻 𝗯𝘆 𝗗𝗶𝗮𝗹𝗼𝗴");

    assertThat(comments.get(1).text()).isEqualTo("Rohan Sen wow! What was the prompt?");
    assertThat(comments.get(4).text()).contains("Markdown and integrate them locally.\n\nhttps://github.com/");
    assertThat(comments.get(5).text()).endsWith("ChatGPT generated 🙂");
    assertThat(comments).extracting(Item::id).doesNotHaveDuplicates();
    assertThat(comments.get(0).audience()).isEqualTo(Audience.UNKNOWN);
  }

  @Test
  void reads_generated_shares_with_visibility_and_reshares() {
    var tree = new MemoryExportTree().with("Basic_LinkedInDataExport_01-01-2025/Shares.csv", LinkedInExport.shares(List.of(
        new LinkedInExport.Share("2024-05-01 09:30:00", "1", "Proud of the team, \"again\"!\n\nSecond para", "", "PUBLIC"),
        new LinkedInExport.Share("2024-05-02 09:30:00", "2", "", "https://example.org/article", "CONNECTIONS"),
        new LinkedInExport.Share("2024-05-03 09:30:00", "3", "Members only", "", "MEMBER_NETWORK"))));
    assertThat(reader.detect(tree)).isEqualTo(95);
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactly("Proud of the team, \"again\"!\n\nSecond para", "", "Members only");
    assertThat(result.items).extracting(Item::kind).containsExactly(ItemKind.POST, ItemKind.REPOST, ItemKind.POST);
    assertThat(result.items).extracting(Item::audience).containsExactly(Audience.PUBLIC, Audience.FRIENDS, Audience.PUBLIC);
    assertThat(result.items.get(0).nativeId()).isEqualTo("urn:li:share:1");
  }

  @Test
  void reads_the_2018_generation_without_visibility() {
    var tree = new MemoryExportTree().with("Shares.csv", LinkedInExport.shares2018(List.of(
        new LinkedInExport.Share("2018-02-03 04:05:06", "99", "Old post\nover two lines", "", ""))));
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.items).singleElement().satisfies(item -> {
      assertThat(item.text()).isEqualTo("Old post\nover two lines");
      assertThat(item.audience()).isEqualTo(Audience.UNKNOWN);
      assertThat(item.nativeId()).isEqualTo("urn:li:activity:99");
      assertThat(item.createdAt()).isEqualTo(Instant.parse("2018-02-03T04:05:06Z"));
    });
  }

  @Test
  void skips_note_lines_before_the_header_and_a_bom() {
    String csv = "\uFEFFNotes:\n\"Exported on request\"\n\n" + LinkedInExport.comments(List.of("Great point, thanks"));
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("Comments.csv", csv));

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactly("Great point, thanks");
  }

  @Test
  void an_empty_file_gives_nothing_and_no_detection() {
    var tree = new MemoryExportTree().with("Shares.csv", "");
    assertThat(reader.detect(tree)).isZero();
    var result = CollectingReadContext.read(reader, tree);
    assertThat(result.items).isEmpty();
    assertThat(result.problemCodes()).containsExactly("ingest.csv.missing-column");
  }

  @Test
  void a_shares_file_without_its_commentary_column_is_a_problem_and_comments_still_read() {
    var tree = new MemoryExportTree()
        .with("Shares.csv", "Date,ShareLink,SharedUrl\n2024-01-01 00:00:00,x,y\n")
        .with("Comments.csv", LinkedInExport.comments(List.of("still read")));
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problemCodes()).containsExactly("ingest.csv.missing-column");
    assertThat(result.problems.get(0).entry()).isEqualTo("Shares.csv");
    assertThat(result.texts()).containsExactly("still read");
  }

  @Test
  void broken_quoting_keeps_the_rows_before_it() {
    String csv = LinkedInExport.comments(List.of("first", "second")) + "2024-01-01 00:00:00,link,\"never closed\n";
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("Comments.csv", csv));

    assertThat(result.texts()).containsExactly("first", "second");
    assertThat(result.problemCodes()).containsExactly("ingest.csv.malformed");
  }

  @Test
  void reads_the_profile_headline_and_summary_and_articles_as_text() {
    String profile = "First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,Industry\n"
        + "Robin,Example,,,,,Social worker,\"Child protection.\nViews my own.\",Government\n";
    String article = "<html><head><title>Ignored title</title><style>p{}</style></head><body>"
        + "<h1>Ten years in practice</h1><p>Created on 2021-03-04</p><div><p>First &amp; foremost,</p><p>keep <a href=\"x\">boundaries</a>.</p></div></body></html>";
    var tree = new MemoryExportTree()
        .with("Shares.csv", LinkedInExport.shares(List.of()))
        .with("Profile.csv", profile)
        .with("Articles/Articles/2021-03-04 10:11:12.0-Ten years.html", article);
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    assertThat(result.items).extracting(Item::kind).containsExactly(ItemKind.PROFILE_FIELD, ItemKind.PROFILE_FIELD, ItemKind.POST);
    assertThat(result.texts()).containsExactly("Social worker", "Child protection.\nViews my own.",
        "Ten years in practice\n\nCreated on 2021-03-04\n\nFirst & foremost,\n\nkeep boundaries.");
    assertThat(result.items.get(2).createdAt()).isEqualTo(Instant.parse("2021-03-04T10:11:12Z"));
    assertThat(result.items.get(2).nativeId()).isEqualTo("article/2021-03-04 10:11:12.0-Ten years.html");
  }

  @Test
  void an_overlong_article_is_read_from_its_start_and_reported() {
    String article = "<p>start " + "x".repeat(2_100_000) + "</p>";
    var result = CollectingReadContext.read(reader, new MemoryExportTree()
        .with("Shares.csv", LinkedInExport.shares(List.of())).with("Articles/long.html", article));

    assertThat(result.problemCodes()).containsExactly("ingest.linkedin.article-too-long");
    assertThat(result.texts()).singleElement().satisfies(text -> assertThat(text).startsWith("start xxx").hasSizeLessThan(2_000_000));
  }

  @Test
  void a_csv_of_another_platform_is_not_linkedin() {
    var tree = new MemoryExportTree().with("comments.csv", "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n");
    assertThat(reader.detect(tree)).isZero();
  }

  @Property(tries = 200)
  void any_generated_shares_file_reads_back_with_the_same_texts(@ForAll("texts") List<String> texts) {
    List<LinkedInExport.Share> shares = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      shares.add(new LinkedInExport.Share("2024-01-01 10:00:00", String.valueOf(i), texts.get(i), "", "PUBLIC"));
    }
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("Shares.csv", LinkedInExport.shares(shares)));

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactlyElementsOf(texts);
  }

  @Property(tries = 200)
  void any_generated_comments_file_reads_back_with_the_same_texts(@ForAll("texts") List<String> texts) {
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("Comments.csv", LinkedInExport.comments(texts)));

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactlyElementsOf(texts);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> token = Arbitraries.of("word", "Ünïcødé", "😀", "👩‍⚕️", ",", "\"", "\"\"", "\n", " ", "𝗪𝗛𝗔𝗧", "'", ";");
    Arbitrary<String> text = token.list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts))
        .filter(t -> !t.isBlank() && t.strip().equals(t));
    return text.list().ofMaxSize(8);
  }
}
