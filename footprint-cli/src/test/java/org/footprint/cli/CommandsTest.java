package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
  @TempDir Path temp;

  @Test
  void eval_prints_exactly_one_json_object_with_the_contract_keys() throws Exception {
    Path file = temp.resolve("set.tsv");
    Files.writeString(file, "id\tlabels\ttext\n"
        + "a\thostility\t@kim you are a pathetic idiot\n"
        + "b\tnone\tBrilliant supervision session today\n"
        + "c\thostility\tshe said I was an idiot\n");
    CliRun run = CliRun.of("eval", file.toString(), "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("rows").asInt()).isEqualTo(3);
    assertThat(json.path("categories").path("hostility").path("tp").asInt()).isEqualTo(1);
    assertThat(json.path("categories").path("hostility").path("fn").asInt()).isEqualTo(1);
    assertThat(json.has("macro_f1")).isTrue();
    assertThat(json.has("micro_f1")).isTrue();
    assertThat(json.path("any").has("f1")).isTrue();
    assertThat(json.path("benign_flagged_medium").asInt()).isZero();
    assertThat(json.path("posts_per_second").asDouble()).isPositive();
  }

  @Test
  void eval_names_a_missing_file() {
    CliRun run = CliRun.of("eval", temp.resolve("absent.tsv").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("absent.tsv").contains("not found");
  }

  @Test
  void demo_scans_a_generated_year_and_writes_a_json_report() throws Exception {
    Path out = temp.resolve("demo");
    CliRun run = CliRun.of("demo", "--out", out.toString(), "--posts", "120");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Scanned 120 posts").contains("Most serious findings").contains("Report written to");
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.path("items")).hasSize(120);
    assertThat(report.path("findings").size()).isPositive();
    assertThat(report.path("summary").path("findings").asInt()).isEqualTo(report.path("findings").size());
  }

  @Test
  void packs_lists_every_code_and_marks_the_default() {
    CliRun run = CliRun.of("packs");
    assertThat(run.out()).contains("sssc").contains("(default)").contains("nmc").contains("police").contains("gtcs").contains("dfe-teachers");
  }

  @Test
  void rules_lists_ids_and_reasons() {
    CliRun run = CliRun.of("rules", "--category", "hostility");
    assertThat(run.out()).contains("hostility.insult-at-target").contains("why:");
  }

  @Test
  void version_is_printed() {
    CliRun run = CliRun.of("--version");
    assertThat(run.out()).startsWith("footprint ").doesNotContain("unknown");
  }

  @Test
  void the_generated_rules_page_is_up_to_date() throws Exception {
    Path page = Path.of("..", "docs", "RULES.md");
    String expected = CliRun.of("rules", "--format", "markdown").out();
    assertThat(page).as("docs/RULES.md is stale: run ./footprint rules --format markdown > docs/RULES.md").exists();
    assertThat(Files.readString(page)).isEqualTo(expected);
  }
}
