package org.footprint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.footprint.analysis.Analyzer;
import org.footprint.report.ItemFinding;
import org.footprint.report.ScanFindingJson;
import org.footprint.scan.CorpusScan;
import org.footprint.synth.CorpusFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's "done when": on the same generated corpus, the Spark job's findings equal, row for row, those of the
 * single-machine path ({@code footprint scan corpus.jsonl --format jsonl}, {@link CorpusScan}) — malformed lines included.
 */
class CorpusJobMatchesScanTest {
  private static final Instant SCANNED_AT = Instant.parse("2025-06-30T00:00:00Z");

  @TempDir Path dir;

  @Test
  void theJobsFindingsEqualTheSingleMachineScansRowForRow() throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    CorpusFile.write(corpus, CorpusFile.Format.JSONL, CorpusFile.rows(23, 300, 15));
    Files.writeString(corpus, "not json at all\n{\"id\": \"no-text\", \"author\": \"a-1\"}\n{\"id\": 42, \"author\": \"a-2\", \"text\": \"you absolute idiot\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    Path key = Files.writeString(dir.resolve("author.key"), "fedcba9876543210fedcba9876543210");
    Path output = dir.resolve("out");

    SparkTests.JobRun run = SparkTests.run(corpus.toString(), "--output", output.toString(), "--author-key-file", key.toString(),
        "--platform-column", "platform", "--reply-to-column", "reply_to", "--scanned-at", SCANNED_AT.toString(), "--partitions", "3");
    StringWriter lines = new StringWriter();
    CorpusScan.Outcome scanned = new CorpusScan(Analyzer.builtIn(), SCANNED_AT, "corpus", 2).run(corpus, lines);

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CorpusJobTest.FindingRow> byScan = lines.toString().lines().map(ScanFindingJson::read).map(CorpusJobMatchesScanTest::row)
        .sorted(CorpusJobTest.FindingRow.ORDER).toList();
    List<CorpusJobTest.FindingRow> bySpark = SparkTests.spark().read().parquet(output.resolve("findings").toString()).collectAsList().stream()
        .map(CorpusJobTest.FindingRow::of).map(CorpusJobTest.FindingRow::withoutAuthor).sorted(CorpusJobTest.FindingRow.ORDER).toList();
    assertThat(byScan).hasSizeGreaterThan(20).containsExactlyElementsOf(bySpark);
    assertThat(byScan).anyMatch(finding -> finding.itemId().equals("42"));
    assertThat(scanned.judged()).isEqualTo(run.run().posts());
    assertThat(scanned.skipped().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
  }

  private static CorpusJobTest.FindingRow row(ItemFinding found) {
    return CorpusJobTest.FindingRow.of(found.finding(), found.item(), null);
  }
}
