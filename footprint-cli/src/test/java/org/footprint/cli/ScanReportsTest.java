package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.footprint.report.CsvReport;
import org.footprint.report.ScanSchema;
import org.footprint.synth.archive.ArchiveGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --report}: the four report files of one real scan of a generated archive, each a complete view of the same findings. */
class ScanReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static Path archive;

  @BeforeAll
  static void generate() throws IOException {
    archive = ArchiveGenerator.twitter(21, ArchiveGenerator.persona(21), 300, temp.resolve("twitter.zip")).path();
  }

  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void writes_the_html_and_csv_reports_asked_for_and_nothing_else() throws IOException {
    Path out = temp.resolve("html-csv");
    List<String> before = listing(temp);

    CliRun run = CliRun.of("scan", archive.toString(), "--report", "html,csv", "--out", out.toString(), "--fail-on", "critical");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(listing(out)).containsExactly("", "report.csv", "report.html");
    if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
      // The reports hold the user's posts: readable by them only.
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("report.html")))).isEqualTo("rw-------");
    }
    List<String> after = listing(temp);
    assertThat(after.stream().filter(p -> !before.contains(p))).containsExactlyInAnyOrder("html-csv", "html-csv/report.csv", "html-csv/report.html");
    assertThat(run.out()).contains("Report written to " + out.resolve("report.html").toAbsolutePath().normalize())
        .contains("Report written to " + out.resolve("report.csv").toAbsolutePath().normalize());
  }

  @Test
  void every_report_holds_every_finding_and_the_json_and_json_lines_match_the_schema() throws IOException {
    Path out = temp.resolve("all");

    CliRun run = CliRun.of("scan", archive.toString(), "--report", "json,jsonl", "--report", "csv", "--report", "html", "--out", out.toString(),
        "--fail-on", "critical");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode document = JSON.readTree(out.resolve("report.json").toFile());
    int findings = document.path("findings").size();
    assertThat(findings).isGreaterThan(20);
    assertThat(schema(null).validate(document)).isEmpty();
    List<String> lines = Files.readAllLines(out.resolve("report.jsonl"));
    assertThat(lines).hasSize(findings);
    JsonSchema finding = schema("finding");
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = JSON.readTree(lines.get(i));
      assertThat(finding.validate(line)).as(lines.get(i)).isEmpty();
      assertThat(line).isEqualTo(document.path("findings").get(i));
    }
    try (Reader csv = Files.newBufferedReader(out.resolve("report.csv"), StandardCharsets.UTF_8)) {
      assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv).getRecords()).hasSize(findings)
          .allMatch(row -> row.toMap().keySet().containsAll(CsvReport.HEADER));
    }
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html.split("<article class=\"finding\"", -1)).hasSize(findings + 1);
    // The text summary is counted once, however many reports read the findings.
    assertThat(run.out()).contains(": " + findings + " findings.");
  }

  @Test
  void an_unknown_report_is_a_usage_error() {
    CliRun run = CliRun.of("scan", archive.toString(), "--report", "pdf", "--out", temp.resolve("pdf").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown report 'pdf'");
  }

  private static JsonSchema schema(String definition) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ScanSchema.json(definition));
  }
}
