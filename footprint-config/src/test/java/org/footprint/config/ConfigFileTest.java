package org.footprint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFileTest {
  private static final ConfigFile.Known KNOWN = new ConfigFile.Known(List.of("sssc", "nmc", "police"),
      List.of("hostility.directed-insult", "hostility.strong-insult", "profanity.swearing", "confidentiality.named-service-user", "confidentiality.watched-name"));

  @TempDir Path folder;

  private FootprintConfig read(String yaml) throws IOException {
    return ConfigFile.read(Files.writeString(folder.resolve("footprint.yaml"), yaml), KNOWN);
  }

  private String error(String yaml) {
    Path file = folder.resolve("footprint.yaml");
    try {
      Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try {
      ConfigFile.read(file, KNOWN);
    } catch (ConfigException e) {
      assertThat(e.getMessage()).startsWith(file + ":").doesNotContain("\n");
      return e.getMessage().substring(file.toString().length());
    }
    throw new AssertionError("no error for " + yaml);
  }

  @Test
  void reads_every_key() throws IOException {
    FootprintConfig config = read("""
        # my settings
        pack: nmc
        fail_on: high
        disabled_rules: [profanity.swearing]
        allow_terms:
          - Scunthorpe
          - Brackenfield Trust
        report:
          formats: [html, csv]
          out: reports
        database:
          url: jdbc:postgresql://localhost/footprint
          user: footprint
          password_env: FOOTPRINT_DB_PASSWORD
        """);
    assertThat(config.pack()).isEqualTo("nmc");
    assertThat(config.failOn()).isEqualTo(Severity.HIGH);
    assertThat(config.disabledRules()).containsExactly("profanity.swearing");
    assertThat(config.allowTerms()).containsExactly("Scunthorpe", "Brackenfield Trust");
    assertThat(config.report().formats()).containsExactly("html", "csv");
    assertThat(config.report().out()).isEqualTo(Path.of("reports"));
    assertThat(config.database().url()).isEqualTo("jdbc:postgresql://localhost/footprint");
    assertThat(config.database().user()).isEqualTo("footprint");
    assertThat(config.database().password(Map.of("FOOTPRINT_DB_PASSWORD", "s3cret"))).contains("s3cret");
    assertThat(config.database().password(Map.of())).isEmpty();
    assertThat(config.sourceName()).isEqualTo("footprint.yaml");
  }

  @Test
  void an_empty_file_or_a_single_value_list_is_fine() throws IOException {
    FootprintConfig empty = read("# nothing yet\n");
    assertThat(empty.pack()).isNull();
    assertThat(empty.disabledRules()).isEmpty();
    assertThat(read("disabled_rules: profanity.swearing\n").disabledRules()).containsExactly("profanity.swearing");
  }

  @Test
  void the_option_wins_over_the_file_and_the_file_over_the_default() {
    assertThat(FootprintConfig.chosen("police", "nmc", "sssc")).isEqualTo("police");
    assertThat(FootprintConfig.chosen(null, "nmc", "sssc")).isEqualTo("nmc");
    assertThat(FootprintConfig.chosen(null, null, "sssc")).isEqualTo("sssc");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fial_on: high                                 | :1: fial_on: unknown key, did you mean 'fail_on'? (known: pack, fail_on, disabled_rules, allow_terms, report, database)
      pack: nmc\\nfail_on: hihg                     | :2: fail_on: unknown severity 'hihg' (expected info, low, medium, high or critical)
      pack: gmcc                                    | :1: pack: unknown pack 'gmcc' (known: sssc, nmc, police)
      disabled_rules: [hostility.directed-insul]    | :1: disabled_rules: unknown rule 'hostility.directed-insul' (did you mean hostility.directed-insult?)
      disabled_rules: [named-service-user]          | :1: disabled_rules: unknown rule 'named-service-user' (did you mean confidentiality.named-service-user?)
      disabled_rules: [nothing.like.it.at.all.xyz]  | :1: disabled_rules: unknown rule 'nothing.like.it.at.all.xyz' (see 'footprint rules')
      report:\\n  formats: [html, pdf]              | :2: report.formats: unknown format 'pdf' (known: html, json, csv, jsonl)
      report:\\n  colour: red                       | :2: report.colour: unknown key (known: formats, out)
      database:\\n  url: x\\n  password: hunter2    | :3: database.password: never put a password in the file: name the environment variable that holds it in password_env
      database:\\n  password_env: hunter 2!         | :2: database.password_env: must be the NAME of an environment variable (letters, digits, _), not a password
      pack: [nmc, sssc]                             | :1: pack: expected a single value
      allow_terms: {a: b}                           | :1: allow_terms: expected a list of values
      allow_terms: ['']                             | :1: allow_terms: an empty term allows nothing: remove it
      report: html                                  | :1: report: expected a mapping of formats, out
      pack: nmc\\npack: sssc                        | :2: pack: given twice
      - just a list                                 | :1: expected a mapping of settings (pack, fail_on, disabled_rules, allow_terms, report, database)
      """)
  void a_bad_file_is_one_line_naming_the_file_line_and_key(String yaml, String expected) {
    assertThat(error(yaml.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void invalid_yaml_names_the_line() {
    assertThat(error("pack: nmc\nfail_on: [high\n")).startsWith(":2: not valid YAML: ");
  }
}
