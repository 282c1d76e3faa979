package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.footprint.synth.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan store through the command line: scans saved, history, diff, review and its decisions. */
class StoreCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String INSULT = "@kim you are a pathetic idiot";
  private static final String DRUNK = "Absolutely steaming at the wedding, still drunk for my shift";
  private static final String BENIGN = "Brilliant supervision session today";
  private static final String INSULT_RULE = "hostility.insult-at-target";
  private static final String DRUNK_RULE = "substances.impaired-at-work";

  @TempDir Path temp;

  private String db() {
    return temp.resolve("store").toString();
  }

  /** A drafts export in JSON Lines, one post per entry, with the ids the user's posts keep from export to export. */
  private Path export(String name, Map<String, String> posts) throws IOException {
    String lines = posts.entrySet().stream().map(p -> MAPPER.createObjectNode().put("id", p.getKey()).put("text", p.getValue()).toString())
        .collect(Collectors.joining("\n", "", "\n"));
    return Files.writeString(temp.resolve(name), lines);
  }

  private CliRun scan(Path export, String... more) {
    List<String> args = new ArrayList<>(List.of("scan", export.toString(), "--out", temp.resolve("out").toString(), "--db", db()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private Set<String> reportedFindingIds() throws IOException {
    JsonNode report = MAPPER.readTree(temp.resolve("out/report.json").toFile());
    return StreamSupport.stream(report.path("findings").spliterator(), false).map(f -> f.path("id").asText()).collect(Collectors.toSet());
  }

  @Test
  void decisions_hide_findings_on_the_next_scan_until_the_post_is_edited() throws IOException {
    Path export = export("posts.jsonl", Map.of("1", INSULT, "2", DRUNK, "3", BENIGN));
    assertThat(scan(export).exitCode()).isEqualTo(1);

    CliRun review = CliRun.of("review", "--db", db());
    assertThat(review.out()).contains("2 open findings, 0 already reviewed")
        .contains("decide: footprint review set 'draft:1#" + INSULT_RULE + "' --decision keep|delete|edited|false-positive|untagged --db " + db())
        .contains("evidence: \"you\" (target), \"idiot\" (insult)");
    CliRun set = CliRun.of("review", "set", "draft:1#" + INSULT_RULE, "--decision", "keep", "--note", "quoting a colleague", "--db", db());
    assertThat(set.exitCode()).as(set.err()).isZero();
    assertThat(set.out()).isEqualTo("Recorded 1 decision: keep on draft:1#" + INSULT_RULE + ".\n");

    CliRun again = scan(export);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.out()).contains("1 findings you already reviewed are hidden: keep 1; `--show-reviewed` to list them.")
        .doesNotContain("idiot").contains("steaming");
    // The report still holds every finding, the reviewed one with its review, and gives the decision back to an import.
    assertThat(reportedFindingIds()).containsExactlyInAnyOrder("draft:1#" + INSULT_RULE, "draft:2#" + DRUNK_RULE);
    JsonNode reviewed = MAPPER.readTree(temp.resolve("out/report.json").toFile()).path("findings").findParents("review").stream()
        .filter(f -> f.path("id").asText().equals("draft:1#" + INSULT_RULE)).findFirst().orElseThrow().path("review");
    assertThat(reviewed.path("decision").asText()).isEqualTo("keep");
    assertThat(reviewed.path("note").asText()).isEqualTo("quoting a colleague");
    assertThat(CliRun.of("review", "import", temp.resolve("out/report.json").toString(), "--db", db()).out())
        .isEqualTo("Recorded 1 decision from " + temp.resolve("out/report.json") + ".\n");
    assertThat(scan(export, "--show-reviewed").out()).contains("1 findings you already reviewed are listed too: keep 1.").contains("idiot");

    // Every finding settled: nothing left at or above --fail-on.
    CliRun.of("review", "set", "draft:2#" + DRUNK_RULE, "--decision", "false-positive", "--db", db());
    assertThat(scan(export).exitCode()).isZero();
    assertThat(CliRun.of("review", "--db", db()).out()).contains("0 open findings, 2 already reviewed");

    // An edited post is judged again.
    Path edited = export("posts-edited.jsonl", Map.of("1", INSULT + " and a liar", "2", DRUNK, "3", BENIGN));
    CliRun rescan = scan(edited);
    assertThat(rescan.exitCode()).isEqualTo(1);
    assertThat(rescan.out()).contains("1 findings you already reviewed are hidden: false-positive 1;").contains("idiot");
  }

  @Test
  void diff_tells_new_resolved_and_unchanged_findings_of_a_later_export() throws IOException {
    // A generated history, then the next export of it: some posts removed, some edited, some added.
    List<String> generated = new CorpusGenerator(11).posts(300).map(p -> p.item().text()).toList();
    Map<String, String> before = new LinkedHashMap<>();
    for (int i = 0; i < generated.size(); i++) {
      before.put("p" + i, generated.get(i));
    }
    before.put("removed", INSULT);
    before.put("softened", DRUNK);
    before.put("sharpened", BENIGN);
    before.put("kept", INSULT);
    Map<String, String> after = new LinkedHashMap<>(before);
    for (int i = 0; i < 40; i++) {
      after.remove("p" + i);
    }
    for (int i = 40; i < 80; i++) {
      after.put("p" + i, BENIGN + " " + i);
    }
    after.remove("removed");
    after.put("softened", "A quiet evening at the wedding");
    after.put("sharpened", INSULT);
    new CorpusGenerator(12).posts(40).forEach(p -> after.put("added" + after.size(), p.item().text()));
    after.put("added", DRUNK);

    scan(export("before.jsonl", before));
    Set<String> earlier = reportedFindingIds();
    scan(export("after.jsonl", after));
    Set<String> later = reportedFindingIds();
    CliRun history = CliRun.of("history", "--db", db());
    assertThat(history.out().lines().skip(1).map(line -> line.trim().split(" ")[0])).containsExactly("2", "1");

    CliRun diff = CliRun.of("diff", "1", "2", "--format", "json", "--db", db());
    assertThat(diff.exitCode()).as(diff.err()).isZero();
    JsonNode json = MAPPER.readTree(diff.out());
    Set<String> added = ids(json.path("new"));
    Set<String> resolved = ids(json.path("resolved"));
    Set<String> unchanged = ids(json.path("unchanged"));
    assertThat(added).isEqualTo(minus(later, earlier)).contains("draft:sharpened#" + INSULT_RULE, "draft:added#" + DRUNK_RULE);
    assertThat(resolved).isEqualTo(minus(earlier, later)).contains("draft:removed#" + INSULT_RULE, "draft:softened#" + DRUNK_RULE);
    assertThat(unchanged).isEqualTo(intersection(earlier, later)).contains("draft:kept#" + INSULT_RULE);
    assertThat(json.path("counts").path("new").asInt()).isEqualTo(added.size());
    // The generated posts changed too: each removed or defused one is resolved, each added one with a finding new.
    assertThat(resolved.stream().filter(id -> id.matches("draft:p\\d+#.*"))).isNotEmpty();
    assertThat(added.stream().filter(id -> id.matches("draft:added\\d+#.*"))).isNotEmpty();

    CliRun text = CliRun.of("diff", "1", "2", "--db", db());
    assertThat(text.out()).startsWith("Scan 1 (").contains(String.format("%d new, %d resolved, %d unchanged findings.", added.size(), resolved.size(), unchanged.size()))
        .contains("New (" + added.size() + "):").contains("  medium   draft:sharpened#" + INSULT_RULE);
  }

  @Test
  void an_import_with_a_bad_row_applies_nothing_and_names_the_file_and_line() throws IOException {
    scan(export("posts.jsonl", Map.of("1", INSULT, "2", DRUNK)));
    Path bad = Files.writeString(temp.resolve("decisions.csv"), "id,decision,note\ndraft:1#" + INSULT_RULE + ",keep,fine\ndraft:9#" + INSULT_RULE + ",keep,\n");
    CliRun failed = CliRun.of("review", "import", bad.toString(), "--db", db());
    assertThat(failed.exitCode()).isEqualTo(2);
    assertThat(failed.err()).isEqualTo("footprint: " + bad + ":3: no stored scan has the finding draft:9#" + INSULT_RULE
        + " (see `footprint review` for the open findings of the latest scan)\n");
    assertThat(CliRun.of("review", "--db", db()).out()).contains("2 open findings");

    Path good = Files.writeString(temp.resolve("decisions.json"), "[{\"id\": \"draft:1#" + INSULT_RULE + "\", \"decision\": \"delete\"},"
        + " {\"id\": \"draft:2#" + DRUNK_RULE + "\", \"decision\": \"edited\", \"note\": \"rewrote it\"}]");
    CliRun imported = CliRun.of("review", "import", good.toString(), "--db", db());
    assertThat(imported.out()).isEqualTo("Recorded 2 decisions from " + good + ".\n");
    assertThat(CliRun.of("review", "--db", db()).out()).contains("0 open findings, 2 already reviewed");
  }

  @Test
  void no_store_saves_nothing_and_store_errors_are_one_line() throws IOException {
    scan(export("posts.jsonl", Map.of("1", INSULT)), "--no-store");
    assertThat(CliRun.of("history", "--db", db()).out()).startsWith("No scans in the store jdbc:h2:file:" + db());

    CliRun unknown = CliRun.of("history", "--db", "jdbc:nosuchdb://localhost/x");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("footprint: store jdbc:nosuchdb://localhost/x: ").doesNotContain("\tat ").hasLineCount(1);
    CliRun noScan = CliRun.of("diff", "1", "2", "--db", db());
    assertThat(noScan.exitCode()).isEqualTo(2);
    assertThat(noScan.err()).startsWith("footprint: no complete scan 1 in the store");
    CliRun badId = CliRun.of("review", "set", "twitter:1", "--decision", "keep", "--db", db());
    assertThat(badId.exitCode()).isEqualTo(2);
    assertThat(badId.err()).startsWith("footprint: 'twitter:1' is not a finding id");
  }

  @Test
  void the_settings_file_can_choose_the_store_and_the_option_wins_over_it() throws IOException {
    Path chosen = temp.resolve("team-store");
    Path config = Files.writeString(temp.resolve("footprint.yaml"), "database:\n  url: jdbc:h2:file:" + chosen + "\n");
    Path export = export("posts.jsonl", Map.of("1", INSULT));
    CliRun.of("scan", export.toString(), "--out", temp.resolve("out").toString(), "--config", config.toString());
    assertThat(Files.exists(Path.of(chosen + ".mv.db"))).isTrue();
    assertThat(CliRun.of("history", "--config", config.toString()).out()).contains("posts.jsonl");
    assertThat(CliRun.of("history", "--config", config.toString(), "--db", db()).out()).startsWith("No scans in the store jdbc:h2:file:" + db());
  }

  private static Set<String> ids(JsonNode findings) {
    return StreamSupport.stream(findings.spliterator(), false).map(f -> f.path("id").asText()).collect(Collectors.toSet());
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> left = new HashSet<>(a);
    left.removeAll(b);
    return left;
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return both;
  }
}
