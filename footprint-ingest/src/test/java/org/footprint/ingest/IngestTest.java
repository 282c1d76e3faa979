package org.footprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.footprint.ingest.IngestTestSupport.Scan;
import org.footprint.ingest.container.ZipBuilder;
import org.footprint.ingest.drafts.DraftsReader;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.model.Item;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
  @TempDir Path temp;
  Path work;

  @BeforeEach
  void work() throws IOException {
    work = Files.createDirectory(temp.resolve("work"));
  }

  private static String jsonLines(String prefix, int count) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < count; i++) {
      lines.append("{\"id\":\"").append(prefix).append(i).append("\",\"text\":\"").append(prefix).append(" post ").append(i).append("\"}\n");
    }
    return lines.toString();
  }

  @Test
  void reads_a_good_archive_fully_alongside_a_broken_one() throws IOException {
    Path good = new ZipBuilder().file("export/posts.jsonl", jsonLines("good", 500)).write(temp.resolve("good.zip"));
    byte[] broken = new ZipBuilder().file("export/posts.jsonl", jsonLines("bad", 50)).bytes();
    Path bad = Files.write(temp.resolve("broken.zip"), java.util.Arrays.copyOf(broken, broken.length - 30));
    List<String> before = IngestTestSupport.listing(temp);

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, good, bad);

    assertThat(scan.items()).hasSize(500);
    assertThat(scan.items()).extracting(Item::text).contains("good post 0", "good post 499");
    assertThat(scan.summary().sources()).extracting(SourceStats::path, SourceStats::platform, SourceStats::items)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(good.toString(), "draft", 500L), org.assertj.core.groups.Tuple.tuple(bad.toString(), null, 0L));
    assertThat(scan.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(bad.toString());
      assertThat(p.code()).isEqualTo("ingest.zip.corrupt");
    });
    assertThat(scan.summary().nothingRead()).isFalse();
    assertThat(IngestTestSupport.listing(temp)).isEqualTo(before);
  }

  @Test
  void an_item_given_by_two_inputs_is_judged_once_and_the_export_it_was_skipped_from_says_so() throws IOException {
    // Yearly archives each hold the whole history: this year's repeats last year's 300 posts.
    Path lastYear = new ZipBuilder().file("export/posts.jsonl", jsonLines("p", 300)).write(temp.resolve("2023.zip"));
    Path thisYear = new ZipBuilder().file("export/posts.jsonl", jsonLines("p", 500)).write(temp.resolve("2024.zip"));

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, lastYear, thisYear);

    assertThat(scan.items()).hasSize(500);
    assertThat(scan.items()).extracting(Item::id).doesNotHaveDuplicates();
    assertThat(scan.summary().items()).isEqualTo(500);
    assertThat(scan.summary().sources()).extracting(SourceStats::items).containsExactly(
        scan.summary().sources().get(0).items(), 500L - scan.summary().sources().get(0).items());
    List<Problem> notes = scan.summary().problems();
    assertThat(notes).isNotEmpty().allSatisfy(p -> {
      assertThat(p.code()).isEqualTo(Ingest.DUPLICATE_ITEMS);
      assertThat(p.message()).contains("already read from another input");
    });
    // Read side by side, the 300 shared posts are skipped from whichever input came second, or partly from each.
    long skipped = notes.stream().mapToLong(p -> Long.parseLong(p.message().replaceAll("^([0-9,]+) .*", "$1").replace(",", ""))).sum();
    assertThat(skipped).isEqualTo(300);
  }

  @Test
  void items_with_the_same_id_but_other_words_are_both_judged() throws IOException {
    // Two people's chats, drafts or corpora number their lines alike: an id from a path and a line is not unique.
    Path ours = new ZipBuilder().file("export/posts.jsonl", jsonLines("ours", 30)).write(temp.resolve("ours.zip"));
    Path theirs = new ZipBuilder().file("export/posts.jsonl", jsonLines("ours", 30).replace("ours post", "their post")).write(temp.resolve("theirs.zip"));

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, ours, theirs);

    assertThat(scan.items()).hasSize(60);
    assertThat(scan.codes()).isEmpty();
  }

  @Test
  void the_same_archive_given_twice_is_read_once() throws IOException {
    Path archive = new ZipBuilder().file("export/posts.jsonl", jsonLines("q", 40)).write(temp.resolve("me.zip"));

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, archive, archive);

    assertThat(scan.items()).hasSize(40);
    assertThat(scan.summary().items()).isEqualTo(40);
  }

  @Test
  void lists_the_supported_formats_for_an_unknown_input() throws IOException {
    Path unknown = Files.write(temp.resolve("photo.bin"), new byte[] {1, 2, 3, 4, 5});

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, unknown);

    assertThat(scan.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("ingest.format.unknown");
      assertThat(p.message()).contains("draft");
      assertThat(p.entry()).isNull();
    });
    assertThat(scan.summary().nothingRead()).isTrue();
  }

  @Test
  void tells_the_user_to_request_json_for_an_html_meta_export() {
    Path html = new ZipBuilder().file("facebook-me/start_here.html", "<html></html>")
        .file("facebook-me/your_activity_across_facebook/posts/your_posts_1.html", "<html><body>post</body></html>").write(temp.resolve("fb.zip"));

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, html);

    assertThat(scan.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("ingest.format.html-export");
      assertThat(p.message()).contains("JSON");
    });
  }

  @Test
  void reports_a_missing_input_and_reads_the_others() throws IOException {
    Path draft = Files.writeString(temp.resolve("draft.txt"), "a draft");

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, temp.resolve("nowhere.zip"), draft);

    assertThat(scan.texts()).containsExactly("a draft");
    assertThat(scan.codes()).containsExactly("ingest.file.not-found");
  }

  /** A reader that recognises everything and fails half way through. */
  static final class ThrowingReader implements ExportReader {
    @Override
    public String platform() {
      return "broken";
    }

    @Override
    public int detect(ExportTree tree) {
      return tree.find("boom.txt").isPresent() ? 90 : 0;
    }

    @Override
    public void read(ExportTree tree, ReadContext context) {
      ExportEntry entry = tree.find("boom.txt").orElseThrow();
      try (InputStream in = tree.open(entry)) {
        context.accept(Item.builder("broken", "1").text(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).build());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      throw new IllegalStateException("unexpected field 'x'");
    }
  }

  @Test
  void turns_a_reader_that_throws_into_a_problem_of_its_entry() throws IOException {
    Path failing = Files.createDirectories(temp.resolve("failing"));
    Files.writeString(failing.resolve("boom.txt"), "read before the failure");
    Path draft = Files.writeString(temp.resolve("draft.txt"), "still read");

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, List.of(new DraftsReader(), new ThrowingReader()), failing, draft);

    assertThat(scan.texts()).containsExactly("read before the failure", "still read");
    assertThat(scan.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("ingest.reader.failed");
      assertThat(p.entry()).isEqualTo("boom.txt");
      assertThat(p.message()).contains("unexpected field 'x'");
    });
  }

  @Test
  void reports_a_reader_whose_detection_throws_and_lets_the_others_read() throws IOException {
    ExportReader broken = new ExportReader() {
      @Override
      public String platform() {
        return "clumsy";
      }

      @Override
      public int detect(ExportTree tree) {
        throw new IllegalStateException("index out of range");
      }

      @Override
      public void read(ExportTree tree, ReadContext context) {
        throw new AssertionError("never chosen");
      }
    };
    Path draft = Files.writeString(temp.resolve("draft.txt"), "read anyway");

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, List.of(broken, new DraftsReader()), draft);

    assertThat(scan.texts()).containsExactly("read anyway");
    assertThat(scan.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("ingest.reader.failed");
      assertThat(p.message()).contains("clumsy").contains("index out of range");
    });
  }

  /** A platform reader for tests: claims trees holding {@code <platform>.json} and reads each of its lines as an item. */
  record LineReader(String platform) implements ExportReader {
    @Override
    public int detect(ExportTree tree) {
      return tree.find(platform + ".json").isPresent() ? 90 : 0;
    }

    @Override
    public void read(ExportTree tree, ReadContext context) {
      for (ExportEntry entry : tree.matching(platform + "\\.json")) {
        try (var lines = new java.io.BufferedReader(context.text(entry))) {
          lines.lines().forEach(line -> context.accept(Item.builder(platform, line).text(line).build()));
        } catch (IOException e) {
          context.problem(entry, "ingest.file.unreadable", e.getMessage());
        }
      }
    }
  }

  @Test
  void reads_exports_unpacked_side_by_side_as_exports_of_their_own() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("downloads"));
    Files.createDirectories(folder.resolve("alpha-2024/data"));
    Files.writeString(folder.resolve("alpha-2024/data/alpha.json"), "a1\na2\n");
    Files.createDirectories(folder.resolve("beta-me"));
    Files.writeString(folder.resolve("beta-me/beta.json"), "b1\n");
    Files.createSymbolicLink(folder.resolve("beta-me/link.json"), folder.resolve("beta-me/beta.json"));
    Files.createDirectories(folder.resolve("notes"));
    Files.writeString(folder.resolve("notes/idea.txt"), "a draft");

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, List.of(new LineReader("alpha"), new LineReader("beta"), new DraftsReader()), folder);

    assertThat(scan.texts()).containsExactly("a draft", "a1", "a2", "b1");
    assertThat(scan.summary().sources()).extracting(s -> s.path() + " " + s.platform() + " " + s.items() + " " + s.problems().size())
        .containsExactly(folder.resolve("alpha-2024") + " alpha 2 0", folder.resolve("beta-me") + " beta 1 1", folder.resolve("notes") + " draft 1 0");
    assertThat(scan.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(folder.toString());
      assertThat(p.entry()).isEqualTo("beta-me/link.json");
      assertThat(p.code()).isEqualTo("ingest.file.symlink");
    });
  }

  @Test
  void reads_one_export_with_several_top_level_folders_as_one() {
    Path zip = new ZipBuilder().file("data/alpha.json", "a1\n").file("assets/readme.txt", "about").file("../escape.txt", "x").write(temp.resolve("alpha.zip"));

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, List.of(new LineReader("alpha"), new LineReader("beta"), new DraftsReader()), zip);

    assertThat(scan.summary().sources()).extracting(s -> s.path() + " " + s.platform() + " " + s.items())
        .containsExactly(zip + " alpha 1");
    assertThat(scan.codes()).containsExactly("ingest.zip.path-traversal");
  }

  @Test
  void keeps_refused_entries_that_belong_to_no_export_of_a_split_zip() {
    Path zip = new ZipBuilder().file("a/alpha.json", "a1\n").file("b/beta.json", "b1\n").file("../escape.txt", "x").write(temp.resolve("both.zip"));

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, List.of(new LineReader("alpha"), new LineReader("beta")), zip);

    assertThat(scan.summary().sources()).extracting(s -> s.path() + " " + s.platform() + " " + s.problems().size())
        .containsExactly(zip + "!/a/ alpha 0", zip + "!/b/ beta 0", zip + " null 1");
    assertThat(scan.codes()).containsExactly("ingest.zip.path-traversal");
  }

  @Test
  void keeps_an_item_the_sink_fails_on_as_a_problem_and_goes_on() throws IOException {
    Path drafts = Files.writeString(temp.resolve("drafts.txt"), "fine\n\nexplode\n\nfine again");
    ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();

    IngestSummary summary = new Ingest(IngestLimits.defaults(), work, List.of(new DraftsReader()), 2).scan(List.of(drafts), item -> {
      if (item.text().equals("explode")) {
        throw new IllegalArgumentException("analyser bug");
      }
      seen.add(item.text());
    });

    assertThat(new ArrayList<>(seen)).containsExactlyInAnyOrder("fine", "fine again");
    assertThat(summary.problems()).extracting(Problem::code).containsExactly("scan.analysis-failed");
  }

  @Test
  void lists_the_first_ten_items_the_sink_fails_on_then_how_many_more() throws IOException {
    Path drafts = Files.writeString(temp.resolve("many.jsonl"), jsonLines("p", 25));

    IngestSummary summary = new Ingest(IngestLimits.defaults(), work, List.of(new DraftsReader()), 2).scan(List.of(drafts), item -> {
      throw new IllegalArgumentException("analyser bug");
    });

    assertThat(summary.problems()).hasSize(11).extracting(Problem::code).containsOnly("scan.analysis-failed");
    assertThat(summary.problems().get(10).message()).isEqualTo("15 more items could not be analysed");
  }

  @Test
  void counts_progress_while_reading() throws IOException {
    Path drafts = Files.writeString(temp.resolve("many.jsonl"), jsonLines("p", 1000));
    IngestProgress progress = new IngestProgress();

    IngestSummary summary = new Ingest(IngestLimits.defaults(), work, List.of(new DraftsReader()), 2).scan(List.of(drafts), item -> {}, progress);

    assertThat(summary.items()).isEqualTo(1000);
    assertThat(progress.items()).isEqualTo(1000);
    assertThat(progress.bytesRead()).isEqualTo(Files.size(drafts));
    assertThat(progress.bytesExpected()).isEqualTo(Files.size(drafts));
  }

  @Test
  void finds_the_drafts_reader_with_the_service_loader() {
    assertThat(Ingest.installedReaders()).extracting(ExportReader::platform).contains("draft");
  }
}
