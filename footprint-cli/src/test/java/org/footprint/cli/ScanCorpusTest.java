package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.footprint.report.ItemFinding;
import org.footprint.report.ScanFindingJson;
import org.footprint.synth.CorpusFile;
import org.footprint.synth.archive.ArchiveGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code footprint scan --format jsonl}: a corpus streamed a finding a line; an export's report.jsonl printed. */
class ScanCorpusTest {
  @TempDir Path temp;

  @Test
  void aJsonLinesCorpusIsJudgedAFindingALineWithASummaryOnStandardError() throws IOException {
    Path corpus = temp.resolve("corpus.jsonl");
    CorpusFile.write(corpus, CorpusFile.Format.JSONL, CorpusFile.rows(8, 400, 30));
    Files.writeString(corpus, "{\"id\": \"late\", \"author\": \"b\"}\nnot json\n", java.nio.file.StandardOpenOption.APPEND);
    Path output = temp.resolve("findings.jsonl");

    CliRun run = CliRun.of("scan", corpus.toString(), "--format", "jsonl", "--output", output.toString(), "--fail-on", "low");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(FootprintCommand.FINDINGS);
    List<ItemFinding> findings = Files.readAllLines(output, StandardCharsets.UTF_8).stream().map(ScanFindingJson::read).toList();
    assertThat(findings).hasSizeGreaterThan(20).allSatisfy(found -> {
      assertThat(found.item().id()).startsWith("synthetic:");
      assertThat(found.finding().evidence()).isNotEmpty();
    });
    assertThat(run.err()).contains("402 lines, 400 judged, 2 skipped (corpus.missing-text 1, corpus.unreadable-row 1); " + String.format("%,d", findings.size())
        + " findings").contains("400 posts judged");
    assertThat(run.out()).isEmpty();
    assertThat(temp).isDirectoryNotContaining("glob:**.partial");
  }

  @Test
  void aCorpusWithNoPostToJudgeIsAnError() throws IOException {
    Path corpus = Files.writeString(temp.resolve("drafts.jsonl"), "{\"text\": \"a draft without id or author\"}\n");

    CliRun run = CliRun.of("scan", corpus.toString(), "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(FootprintCommand.ERROR);
    assertThat(run.err()).contains("corpus.missing-id 1").contains("each needs a JSON object with \"id\", \"author\" and \"text\"");
  }

  @Test
  void anExportWithFormatJsonlPrintsItsReportAFindingALine() throws IOException {
    Path archive = ArchiveGenerator.twitter(4, ArchiveGenerator.persona(4), 150, temp.resolve("twitter.zip")).path();
    Path out = temp.resolve("out");

    CliRun run = CliRun.of("scan", archive.toString(), "--format", "jsonl", "--out", out.toString(), "--no-store");

    assertThat(run.exitCode()).as(run.err()).isNotEqualTo(FootprintCommand.ERROR);
    assertThat(run.out()).isNotBlank().isEqualTo(Files.readString(out.resolve("report.jsonl"), StandardCharsets.UTF_8));
  }
}
