package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.footprint.config.UserDirs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {
  private static final List<String> WATCHED = List.of("Kerys Dunmore", "Larchfield Court", "Tobias");

  @TempDir Path root;
  private UserDirs dirs;

  @BeforeEach
  void folders() throws IOException {
    dirs = new UserDirs(Files.createDirectories(root.resolve("work")), Files.createDirectories(root.resolve("home")),
        Map.of("XDG_CONFIG_HOME", root.resolve("xdg").toString()));
  }

  private CliRun run(String... args) {
    return CliRun.in(dirs, null, args);
  }

  private Path namesFile() throws IOException {
    return Files.writeString(dirs.workingDir().resolve("names.txt"), "# people and places from work\nKerys Dunmore\n\nLarchfield Court\n");
  }

  @Test
  void adds_from_a_file_and_the_arguments_counts_and_removes_without_ever_printing_a_name() throws IOException {
    namesFile();
    List<CliRun> runs = new ArrayList<>();
    runs.add(run("watch", "add", "--from", "names.txt"));
    assertThat(runs.get(0).exitCode()).as(runs.get(0).err()).isZero();
    assertThat(runs.get(0).out()).startsWith("Added 2 entries (2 in all).").contains(dirs.watchListFile().toString());
    runs.add(run("watch", "add", "Tobias", "kerys dunmore"));
    assertThat(runs.get(1).out()).startsWith("Added 1 entry (3 in all); 1 already on it.");
    runs.add(run("watch", "list-count"));
    assertThat(runs.get(2).out()).startsWith("3 entries on your private watch-list");
    runs.add(run("watch", "remove", "TOBIAS", "Nobody"));
    assertThat(runs.get(3).out()).startsWith("Removed 1 entry (2 left); 1 not on it.");
    runs.add(run("watch", "list-count"));
    assertThat(runs.get(4).out()).startsWith("2 entries");
    for (CliRun each : runs) {
      for (String name : WATCHED) {
        assertThat(each.out() + each.err()).doesNotContainIgnoringCase(name);
      }
    }
  }

  @Test
  void reads_names_from_standard_input_and_refuses_an_empty_call() {
    CliRun added = CliRun.in(dirs, "Kerys Dunmore\nTobias\n", "watch", "add", "--from", "-");
    assertThat(added.out()).startsWith("Added 2 entries");
    CliRun empty = run("watch", "add");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("give at least one NAME, or --from FILE");
    assertThat(run("watch", "list-count").out()).startsWith("2 entries");
  }

  @Test
  void check_finds_a_watched_name_and_says_the_list_is_on() {
    run("watch", "add", "Kerys Dunmore");
    CliRun check = run("check", "Such a lovely afternoon at the park with K3rys   DUNMORE's little brother");
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("Settings: private watch-list: 1 entry.").contains("[confidentiality.watched-name]").contains("HIGH confidentiality")
        .contains("»K3rys   DUNMORE«");
    assertThat(run("check", "Such a lovely afternoon at the park with Kerysville's little brother").exitCode()).isZero();
  }

  @Test
  void scan_reports_watched_names_in_a_drafts_file_and_the_config_folder_holds_no_plain_name() throws IOException {
    namesFile();
    run("watch", "add", "--from", "names.txt");
    run("watch", "add", "Tobias");
    Path drafts = Files.writeString(root.resolve("drafts.md"), String.join("\n\n", "Home visit done, larchfield-court is freezing",
        "Tobias's mum rang again", "Lovely walk by the river", "Tobiasz from the football club says hi") + "\n");
    Path out = root.resolve("scan-out");
    CliRun scan = run("scan", drafts.toString(), "--out", out.toString());
    assertThat(scan.exitCode()).as(scan.err()).isEqualTo(1);
    assertThat(scan.out()).contains("Settings: private watch-list: 3 entries.");
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    List<String> watched = new ArrayList<>();
    report.path("findings").forEach(f -> {
      if (f.path("rule").asText().equals("confidentiality.watched-name")) {
        watched.add(f.path("item").path("source_id").asText() + " " + f.path("evidence").get(0).path("text").asText());
      }
    });
    assertThat(watched).containsExactlyInAnyOrder("drafts.md#1 larchfield-court", "drafts.md#2 Tobias");

    // What Footprint wrote to the config folder (the watch-list, nothing else) holds no watched name, in any case or encoding.
    try (Stream<Path> files = Files.walk(dirs.configDir())) {
      List<Path> written = files.filter(Files::isRegularFile).toList();
      assertThat(written).containsExactly(dirs.watchListFile());
      for (Path file : written) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String needle : needles()) {
          assertThat(bytes).as(file + " holds a watched name").doesNotContain(needle);
        }
      }
    }
  }

  /** Every watched name and each of its words of four letters or more, in three cases, as the bytes of UTF-8 and UTF-16. */
  private static List<String> needles() {
    List<String> needles = new ArrayList<>();
    for (String name : WATCHED) {
      List<String> forms = new ArrayList<>(List.of(name));
      for (String word : name.split(" ")) {
        if (word.length() >= 4) {
          forms.add(word);
        }
      }
      for (String form : forms) {
        for (String cased : List.of(form, form.toLowerCase(Locale.ROOT), form.toUpperCase(Locale.ROOT))) {
          for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            needles.add(new String(cased.getBytes(charset), StandardCharsets.ISO_8859_1));
          }
        }
      }
    }
    return needles;
  }
}
