package org.footprint.ingest.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.IngestTestSupport;
import org.footprint.ingest.IngestTestSupport.Scan;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftsReaderTest {
  @TempDir Path temp;
  Path work;

  @BeforeEach
  void work() throws IOException {
    work = Files.createDirectory(temp.resolve("work"));
  }

  private Scan scan(Path input) {
    return IngestTestSupport.scan(IngestLimits.defaults(), work, input);
  }

  @Test
  void reads_one_draft_per_paragraph_of_a_single_file() throws IOException {
    Path file = Files.writeString(temp.resolve("drafts.md"), "First draft\nstill the first.\n\n\n  \nSecond draft 🍸\r\n\r\nThird\n");

    Scan scan = scan(file);

    assertThat(scan.items()).extracting(Item::text).containsExactly("First draft\nstill the first.", "Second draft 🍸", "Third");
    assertThat(scan.items()).extracting(Item::id).containsExactly("draft:drafts.md#1", "draft:drafts.md#2", "draft:drafts.md#3");
    assertThat(scan.items()).allSatisfy(item -> {
      assertThat(item.kind()).isEqualTo(ItemKind.DRAFT);
      assertThat(item.authoredBySelf()).isTrue();
      assertThat(item.platform()).isEqualTo("draft");
    });
    assertThat(scan.summary().sources()).singleElement().satisfies(s -> assertThat(s.platform()).isEqualTo("draft"));
  }

  @Test
  void reads_one_draft_per_file_of_a_folder() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("folder"));
    Files.writeString(folder.resolve("a.txt"), "Paragraph one\n\nparagraph two of the same post");
    Files.writeString(folder.resolve("b.txt"), "Another post");

    Scan scan = scan(folder);

    assertThat(scan.texts()).containsExactly("Another post", "Paragraph one\n\nparagraph two of the same post");
  }

  @Test
  void reads_json_lines_and_reports_each_bad_line() throws IOException {
    Path file = Files.writeString(temp.resolve("posts.jsonl"), String.join("\n",
        "{\"id\":\"p1\",\"text\":\"hello there\",\"created_at\":\"2024-05-01T10:00:00Z\",\"extra\":{\"nested\":[1,2]}}",
        "{\"text\": \"truncated",
        "[1,2,3]",
        "",
        "{\"text\":\"no id, dated\",\"date\":\"2024-05-02\"}"));

    Scan scan = scan(file);

    assertThat(scan.items()).extracting(Item::id).containsExactly("draft:p1", "draft:posts.jsonl:5");
    assertThat(scan.items().get(0).createdAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(scan.items().get(1).createdAt()).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
    assertThat(scan.summary().problems()).extracting(p -> p.code() + " " + p.message().substring(0, 6))
        .containsExactly("ingest.json.malformed line 2", "ingest.json.wrong-shape line 3");
  }

  @Test
  void reports_extreme_nesting_in_a_json_line_with_the_json_limit_code() throws IOException {
    Path file = Files.writeString(temp.resolve("deep.jsonl"), "{\"text\":\"kept\"}\n{\"a\":" + "[".repeat(5000) + "\n");

    Scan scan = scan(file);

    assertThat(scan.texts()).containsExactly("kept");
    assertThat(scan.codes()).containsExactly("ingest.json.too-deep");
  }

  @Test
  void refuses_a_60_megabyte_string_and_reads_the_next_line() throws IOException {
    Path file = temp.resolve("huge.jsonl");
    try (var out = Files.newBufferedWriter(file)) {
      out.write("{\"text\":\"");
      char[] chunk = new char[1_000_000];
      java.util.Arrays.fill(chunk, 'a');
      for (int i = 0; i < 60; i++) {
        out.write(chunk);
      }
      out.write("\"}\n{\"text\":\"after the huge one\"}\n");
    }

    Scan scan = scan(file);

    assertThat(scan.texts()).containsExactly("after the huge one");
    assertThat(scan.codes()).containsExactly("ingest.json.string-too-long");
  }

  @Test
  void reads_a_csv_with_a_text_column() throws IOException {
    Path file = Files.writeString(temp.resolve("posts.csv"), "ID,Date,Text\n7,2024-01-02T03:04:05,\"quoted, with comma\nand newline\"\n8,,plain\n");

    Scan scan = scan(file);

    assertThat(scan.items()).extracting(Item::id, Item::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("draft:7", "quoted, with comma\nand newline"), org.assertj.core.groups.Tuple.tuple("draft:8", "plain"));
    assertThat(scan.items().get(0).createdAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
  }

  @Test
  void reports_a_csv_without_a_text_column() throws IOException {
    Path file = Files.writeString(temp.resolve("other.csv"), "name,body\na,b\n");

    Scan scan = scan(file);

    assertThat(scan.items()).isEmpty();
    assertThat(scan.codes()).containsExactly("ingest.csv.missing-column");
    assertThat(scan.summary().problems().get(0).message()).contains("name, body");
  }

  @Test
  void reads_a_broken_csv_up_to_the_break() throws IOException {
    Path file = Files.writeString(temp.resolve("broken.csv"), "text\nfine\n\"never closed\n");

    Scan scan = scan(file);

    assertThat(scan.texts()).containsExactly("fine");
    assertThat(scan.codes()).containsExactly("ingest.csv.malformed");
  }

  @Test
  void reads_latin1_utf16_and_nul_bytes_in_drafts() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("encodings"));
    Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 au lait".getBytes(Charset.forName("ISO-8859-1")));
    Files.write(folder.resolve("utf16.txt"), "Hello from Notepad".getBytes(StandardCharsets.UTF_16LE));
    Files.write(folder.resolve("nul.txt"), "half\0written".getBytes(StandardCharsets.UTF_8));

    Scan scan = scan(folder);

    assertThat(scan.texts()).containsExactly("Café au lait", "Hello from Notepad", "halfwritten");
    assertThat(scan.summary().problems()).extracting(p -> p.entry() + " " + p.code())
        .containsExactlyInAnyOrder("latin1.txt ingest.text.not-utf8", "nul.txt ingest.text.nul-bytes");
  }

  @Test
  void claims_only_trees_made_of_drafts_and_with_a_low_score() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("mixed"));
    Files.writeString(folder.resolve("tweets.js"), "window.YTD.tweets.part0 = []");
    Files.writeString(folder.resolve("README.txt"), "about the archive");
    Path drafts = Files.createDirectories(temp.resolve("drafts"));
    Files.writeString(drafts.resolve("a.txt"), "a draft");
    Files.writeString(drafts.resolve("b.csv"), "text\nanother\n");

    assertThat(scan(folder).codes()).containsExactly("ingest.format.unknown");
    Scan read = scan(drafts);
    assertThat(read.texts()).containsExactly("a draft", "another");
    assertThat(new DraftsReader().detect(tree("notes.md"))).isEqualTo(20);
    assertThat(new DraftsReader().detect(tree("notes.md", "posts.jsonl"))).isEqualTo(30);
    assertThat(new DraftsReader().detect(tree("notes.md", "photo.jpg"))).isZero();
  }

  private static org.footprint.ingest.spi.ExportTree tree(String... paths) {
    return new org.footprint.ingest.spi.ExportTree() {
      @Override
      public String displayName() {
        return "test";
      }

      @Override
      public java.util.List<org.footprint.ingest.spi.ExportEntry> entries() {
        return java.util.Arrays.stream(paths).map(p -> new org.footprint.ingest.spi.ExportEntry(p, 10)).toList();
      }

      @Override
      public java.io.InputStream open(org.footprint.ingest.spi.ExportEntry entry) {
        throw new UnsupportedOperationException("detection reads names only");
      }
    };
  }
}
