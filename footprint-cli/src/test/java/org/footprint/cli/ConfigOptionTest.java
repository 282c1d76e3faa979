package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.footprint.config.UserDirs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** footprint.yaml as check and scan use it: where it is looked for, what wins over what, and what it changes. */
class ConfigOptionTest {
  private static final String HOSTILE = "@dave_t you are a useless idiot and everyone knows it";

  @TempDir Path root;
  private UserDirs dirs;

  @BeforeEach
  void folders() throws IOException {
    dirs = new UserDirs(Files.createDirectories(root.resolve("work")), Files.createDirectories(root.resolve("home")), Map.of());
  }

  private void write(Path file, String yaml) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
  }

  private String packOf(String... args) throws IOException {
    String[] all = new String[args.length + 4];
    all[0] = "check";
    all[1] = "--format";
    all[2] = "json";
    System.arraycopy(args, 0, all, 3, args.length);
    all[all.length - 1] = "hello";
    CliRun run = CliRun.in(dirs, null, all);
    assertThat(run.err()).isEmpty();
    return new ObjectMapper().readTree(run.out()).path("pack").path("id").asText();
  }

  @Test
  void the_pack_comes_from_the_option_then_the_chosen_file_then_the_working_folder_then_the_config_dir() throws IOException {
    assertThat(packOf()).isEqualTo("sssc");
    write(dirs.configDir().resolve("footprint.yaml"), "pack: nmc\n");
    assertThat(packOf()).isEqualTo("nmc");
    write(dirs.workingDir().resolve("footprint.yaml"), "pack: police\n");
    assertThat(packOf()).isEqualTo("police");
    write(dirs.workingDir().resolve("other.yaml"), "pack: gmc\n");
    assertThat(packOf("--config", "other.yaml")).isEqualTo("gmc");
    assertThat(packOf("--config", "other.yaml", "--pack", "hcpc")).isEqualTo("hcpc");
  }

  @Test
  void fail_on_from_the_file_sets_the_exit_code_unless_the_option_says_otherwise() throws IOException {
    assertThat(CliRun.in(dirs, null, "check", HOSTILE).exitCode()).isEqualTo(1);
    write(dirs.workingDir().resolve("footprint.yaml"), "fail_on: critical\n");
    assertThat(CliRun.in(dirs, null, "check", HOSTILE).exitCode()).isZero();
    assertThat(CliRun.in(dirs, null, "check", "--fail-on", "medium", HOSTILE).exitCode()).isEqualTo(1);
  }

  @Test
  void disabled_rules_and_allowed_terms_change_the_findings_of_check_and_say_so() throws IOException {
    assertThat(CliRun.in(dirs, null, "check", HOSTILE).out()).contains("[hostility.insult-at-target]");
    write(dirs.workingDir().resolve("footprint.yaml"), "disabled_rules: [hostility.insult-at-target]\nallow_terms: [Scunthorpe]\n");
    CliRun run = CliRun.in(dirs, null, "check", HOSTILE);
    assertThat(run.out()).startsWith("Settings: 1 rule disabled by footprint.yaml; 1 term allowed by footprint.yaml.")
        .doesNotContain("[hostility.insult-at-target]");
  }

  @Test
  void scan_applies_the_file_and_its_summary_says_so() throws IOException {
    Path drafts = Files.writeString(root.resolve("drafts.md"), "what a sh1t day, honestly\n\nall good here\n");
    Path out = root.resolve("out");
    CliRun before = CliRun.in(dirs, null, "scan", drafts.toString(), "--out", out.toString());
    assertThat(before.out()).contains("[profanity.strong-swearing]");
    write(dirs.workingDir().resolve("footprint.yaml"), "disabled_rules: [hostility.insult-at-target, hostility.pile-on]\nallow_terms: [shit]\n");
    CliRun after = CliRun.in(dirs, null, "scan", drafts.toString(), "--out", out.toString());
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.out()).contains("Settings: 2 rules disabled by footprint.yaml; 1 term allowed by footprint.yaml.")
        .doesNotContain("[profanity.strong-swearing]");
  }

  @Test
  void a_bad_file_stops_check_and_scan_with_one_line_naming_file_line_and_key() throws IOException {
    write(dirs.workingDir().resolve("footprint.yaml"), "pack: nmc\ndisabled_rules: [hostility.insult-at-targte]\n");
    for (String command : new String[] {"check", "scan"}) {
      CliRun run = CliRun.in(dirs, null, command, command.equals("check") ? "hello" : root.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().strip()).isEqualTo("footprint: " + dirs.workingDir().resolve("footprint.yaml")
          + ":2: disabled_rules: unknown rule 'hostility.insult-at-targte' (did you mean hostility.insult-at-target?)");
    }
  }
}
