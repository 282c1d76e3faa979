package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
  private static final String HOSTILE = "@dave_t you are a useless idiot and everyone knows it";

  @Test
  void exits_one_and_explains_a_finding_at_or_above_fail_on() {
    CliRun run = CliRun.of("check", HOSTILE);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("hostility").contains("»idiot«").contains("Why:").contains("Code:").contains("Fix:");
  }

  @Test
  void exits_zero_for_a_benign_post() {
    CliRun run = CliRun.of("check", "Lovely team day at the allotment, thanks everyone");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No findings");
  }

  @Test
  void exits_zero_when_findings_are_below_fail_on() {
    assertThat(CliRun.of("check", "--fail-on", "critical", HOSTILE).exitCode()).isZero();
  }

  @Test
  void reads_the_text_from_standard_input() {
    CliRun run = CliRun.withInput(HOSTILE, "check");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("hostility");
  }

  @Test
  void prints_the_scan_json_shape_with_evidence_offsets() throws Exception {
    CliRun run = CliRun.of("check", "--format", "json", HOSTILE);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("schema_version").asText()).isEqualTo("1.1");
    assertThat(json.path("pack").path("id").asText()).isEqualTo("sssc");
    JsonNode finding = json.path("findings").get(0);
    assertThat(finding.path("category").asText()).isEqualTo("hostility");
    assertThat(finding.path("rule_id").asText()).startsWith("hostility.");
    JsonNode evidence = finding.path("evidence").get(0);
    assertThat(HOSTILE.substring(evidence.path("start").asInt(), evidence.path("end").asInt())).isEqualTo(evidence.path("text").asText());
    assertThat(finding.path("clauses")).isNotEmpty();
    assertThat(finding.path("remediation").get(0).path("action").asText()).isNotBlank();
  }

  private static final String CLINIC = "The baby weigh clinic at the family centre runs every Friday morning, no appointment needed";

  @Test
  void lists_a_strength_apart_and_never_fails_on_it_even_at_fail_on_info() {
    CliRun run = CliRun.of("check", "--fail-on", "info", CLINIC);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("No findings").contains("What is good in this text").contains("strength").contains("[strength.public-information]")
        .contains("Keep it");
  }

  @Test
  void the_json_keeps_strengths_in_their_own_array_and_out_of_the_summary() throws Exception {
    JsonNode json = new ObjectMapper().readTree(CliRun.of("check", "--format", "json", CLINIC).out());
    assertThat(json.path("findings")).isEmpty();
    assertThat(json.path("summary").path("findings").asInt()).isZero();
    assertThat(json.path("summary").path("by_category").has("strength")).isFalse();
    assertThat(json.path("strengths").get(0).path("rule_id").asText()).isEqualTo("strength.public-information");
    assertThat(json.path("strengths").get(0).path("severity").asText()).isEqualTo("info");
  }

  @Test
  void an_unknown_pack_is_a_one_line_error_with_exit_two() {
    CliRun run = CliRun.of("check", "--pack", "nope", "hello");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("footprint: unknown pack 'nope'").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void an_unknown_option_is_a_usage_error_with_exit_two() {
    CliRun run = CliRun.of("check", "--shout", "hello");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--shout'");
  }

  @Test
  void a_bad_severity_is_a_usage_error_with_exit_two() {
    CliRun run = CliRun.of("check", "--fail-on", "severe", "hello");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown severity 'severe'");
  }
}
