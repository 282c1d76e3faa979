package org.footprint.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.footprint.analysis.Analyzer;
import org.footprint.ingest.corpus.CorpusPost;
import org.footprint.ingest.corpus.CorpusProblem;
import org.footprint.model.Finding;
import org.footprint.model.Severity;
import org.footprint.policy.ItemAge;
import org.footprint.report.ItemFinding;
import org.footprint.report.ScanFindingJson;
import org.footprint.synth.CorpusFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON Lines corpus judged on several threads: every post as the Spark job judges it, in the corpus's order. */
class CorpusScanTest {
  private static final Instant SCANNED_AT = Instant.parse("2025-06-30T00:00:00Z");
  private static Analyzer analyzer;

  @TempDir Path dir;

  @BeforeAll
  static void loadTheRules() {
    analyzer = Analyzer.builtIn();
  }

  @Test
  void everyPostIsJudgedAsOneItemInTheCorpussOrderWhateverTheThreads() throws IOException {
    List<CorpusFile.Row> rows = CorpusFile.rows(3, 3 * CorpusScan.BATCH + 17, 20).toList();
    Path corpus = dir.resolve("corpus.jsonl");
    CorpusFile.write(corpus, CorpusFile.Format.JSONL, rows.stream());
    List<String> expected = new ArrayList<>();
    for (CorpusFile.Row row : rows) {
      CorpusPost post = CorpusPost.of(row.id(), row.author(), row.createdAt() == null ? null : row.createdAt().toString(), row.text(), row.platform(),
          row.replyTo(), "corpus");
      for (Finding finding : ItemAge.builtIn().apply(post.item(), analyzer.assess(post.item()).risks(), SCANNED_AT)) {
        expected.add(ScanFindingJson.render(post.item(), finding));
      }
    }

    for (int threads : new int[] {1, 3}) {
      StringWriter out = new StringWriter();
      CorpusScan.Outcome outcome = new CorpusScan(analyzer, SCANNED_AT, "corpus", threads).run(corpus, out);

      assertThat(out.toString().lines().toList()).as("%d threads", threads).hasSizeGreaterThan(50).containsExactlyElementsOf(expected);
      assertThat(outcome.lines()).isEqualTo(rows.size());
      assertThat(outcome.judged()).isEqualTo(rows.size());
      assertThat(outcome.skipped()).isEmpty();
      assertThat(outcome.findings()).isEqualTo(expected.size());
    }
  }

  @Test
  void aLineThatIsNoPostIsCountedUnderItsProblemAndTheRestIsJudged() throws IOException {
    Path corpus = dir.resolve("mixed.jsonl");
    byte[] invalidUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', '9', '"', ',', '"', 'a', 'u', 't', 'h', 'o', 'r', '"', ':', '"', 'z', '"', ',', '"', 't', 'e', 'x', 't',
        '"', ':', '"', (byte) 0xC3, (byte) 0x28, ' ', 'y', 'o', 'u', ' ', 'i', 'd', 'i', 'o', 't', '"', '}', '\n'};
    Files.writeString(corpus, String.join("\n",
        "\uFEFF{\"id\": \"1\", \"author\": \"a\", \"text\": \"You are a useless idiot and everyone knows it\"}",
        "",
        "this line is no JSON",
        "{\"id\": \"2\", \"author\": \"a\"}",
        "{\"author\": \"a\", \"text\": \"no id here\"}",
        "{\"id\": \"3\", \"text\": \"no author here\"}",
        "{\"id\": \"4\", \"author\": \"a\", \"text\": \"a dated post\", \"created_at\": \"last Tuesday\"}",
        "[\"a\", \"list\"]",
        "{\"id\": \"5\", \"author\": \"a\", \"text\": \"cut short\"",
        "{\"id\": 6, \"author\": 7, \"text\": \"a numeric id is its text\", \"extra\": {\"nested\": [1, 2]}}",
        ""), StandardCharsets.UTF_8);
    Files.write(corpus, invalidUtf8, StandardOpenOption.APPEND);
    StringWriter out = new StringWriter();

    CorpusScan.Outcome outcome = new CorpusScan(analyzer, SCANNED_AT, "corpus", 2).run(corpus, out);

    assertThat(outcome.lines()).isEqualTo(10);
    assertThat(outcome.judged()).isEqualTo(3);
    assertThat(outcome.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(CorpusProblem.UNREADABLE, 3L, CorpusProblem.MISSING_TEXT, 1L,
        CorpusProblem.MISSING_ID, 1L, CorpusProblem.MISSING_AUTHOR, 1L, CorpusProblem.BAD_DATE, 1L));
    List<ItemFinding> findings = out.toString().lines().map(ScanFindingJson::read).toList();
    assertThat(findings).extracting(found -> found.item().id()).contains("1", "9").doesNotContain("2", "3", "4", "5");
    // The bad bytes became a replacement character; the words around them were still judged.
    assertThat(findings).filteredOn(found -> found.item().id().equals("9")).first().satisfies(found -> assertThat(found.item().text()).startsWith("\uFFFD"));
    assertThat(outcome.highest()).isNotNull().matches(severity -> severity.atLeast(Severity.LOW));
  }

  @Test
  void aCorpusThatCannotBeReadSaysSo() {
    CorpusScan scan = new CorpusScan(analyzer, SCANNED_AT, "corpus", 1);

    assertThatThrownBy(() -> scan.run(dir.resolve("missing.jsonl"), new StringWriter()))
        .isInstanceOf(CorpusScan.UnreadableCorpusException.class).hasMessage("no such file");
  }
}
