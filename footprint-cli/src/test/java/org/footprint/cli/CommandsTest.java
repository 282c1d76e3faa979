package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        + "c\thostility\tThe weather was grey all day today\n"); // labelled hostility, found nothing: a false negative
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
  void train_writes_a_model_that_eval_can_measure_with() throws Exception {
    StringBuilder rows = new StringBuilder("id\tlabels\ttext\n");
    for (int i = 0; i < 30; i++) {
      rows.append("p").append(i).append("\thostility\tthe parsnip on reception again ").append(i).append('\n');
      rows.append("t").append(i).append("\tnone\tthe turnip soup on reception again ").append(i).append('\n');
    }
    Path training = Files.writeString(temp.resolve("train.tsv"), rows);
    Path model = temp.resolve("model.tsv");
    CliRun trained = CliRun.of("train", training.toString(), "--output", model.toString());
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    assertThat(trained.out()).contains("train.tsv (60 rows)").contains("out-of-fold F1").contains("wrote ");
    assertThat(model).content().startsWith("# Footprint's word model").contains("w:parsnip\t");
    assertThat(temp.toFile().list()).containsExactlyInAnyOrder("train.tsv", "model.tsv");

    Path heldOut = Files.writeString(temp.resolve("held-out.tsv"), "id\tlabels\ttext\na\thostility\tsuch a parsnip again\nb\tnone\tturnip soup\n");
    JsonNode withModel = new ObjectMapper().readTree(CliRun.of("eval", heldOut.toString(), "--format", "json", "--model", model.toString()).out());
    assertThat(withModel.path("categories").path("hostility").path("tp").asInt()).isEqualTo(1);
    assertThat(withModel.path("categories").path("hostility").path("fp").asInt()).isZero();
    JsonNode builtIn = new ObjectMapper().readTree(CliRun.of("eval", heldOut.toString(), "--format", "json").out());
    assertThat(builtIn.path("categories").path("hostility").path("tp").asInt()).isZero();
  }

  @Test
  void train_and_eval_name_what_is_wrong_with_their_files() throws Exception {
    Path bad = Files.writeString(temp.resolve("bad.tsv"), "id\tlabels\ttext\na\tgrumpy\tsome text\n");
    CliRun badLabel = CliRun.of("train", bad.toString(), "--output", temp.resolve("m.tsv").toString());
    assertThat(badLabel.exitCode()).isEqualTo(2);
    assertThat(badLabel.err()).contains("bad.tsv line 2").contains("grumpy");
    assertThat(temp.resolve("m.tsv")).doesNotExist();
    Path notAModel = Files.writeString(temp.resolve("not-a-model.tsv"), "hello\tworld\n");
    CliRun badModel = CliRun.of("eval", bad.toString(), "--model", notAModel.toString());
    assertThat(badModel.exitCode()).isEqualTo(2);
    assertThat(badModel.err()).contains("not-a-model.tsv line 1");
  }

  @Test
  void eval_names_a_missing_file() {
    CliRun run = CliRun.of("eval", temp.resolve("absent.tsv").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("absent.tsv").contains("not found");
  }

  @Test
  void demo_writes_three_real_layout_exports_and_scans_them() throws Exception {
    Path out = temp.resolve("demo");
    CliRun run = CliRun.of("demo", "--out", out.toString(), "--posts", "120");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Wrote 120 posts").contains("twitter 60, facebook 30, instagram 30")
        .contains("19 more posts and replies and 10 likes on X, 17 geotagged photos on Instagram")
        .contains("Report written to " + out.resolve("report.json").toAbsolutePath().normalize())
        .contains("Report written to " + out.resolve("report.html").toAbsolutePath().normalize());
    assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(out.resolve("exports")).isDirectoryContaining("glob:**/twitter-archive.zip")
        .isDirectoryContaining("glob:**/facebook-export.zip").isDirectoryContaining("glob:**/instagram-export.zip");
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    List<String> platforms = new ArrayList<>();
    report.path("sources").forEach(source -> {
      platforms.add(source.path("platform").asText());
      assertThat(source.path("items").asInt()).as(source.toString()).isGreaterThan(30);
      assertThat(source.path("problems")).isEmpty();
    });
    assertThat(platforms).containsExactlyInAnyOrder("twitter", "facebook", "instagram");
    assertThat(report.path("items_scanned").asInt()).isGreaterThan(120);
    assertThat(report.path("problems")).isEmpty();
    assertThat(report.path("findings").size()).isPositive();
    List<Boolean> authored = new ArrayList<>();
    report.path("findings").forEach(f -> authored.add(f.path("item").path("authored_by_self").asBoolean()));
    assertThat(authored).contains(true);
    // The friend's post on the timeline about the user drunk at a wedding: judged, and told apart from what they wrote.
    List<String> involvements = new ArrayList<>();
    report.path("findings").forEach(f -> involvements.add(f.path("involvement").asText()));
    assertThat(involvements).contains("authored", "by-others");
    assertThat(run.out()).contains("═══ What others posted where it is linked to you").contains("Posted by others:");
    demo_shows_what_only_the_whole_history_gives_away_and_lists_every_contributing_item(run, report);
  }

  /** Part of the demo's test, which runs the demo once. */
  private static void demo_shows_what_only_the_whole_history_gives_away_and_lists_every_contributing_item(CliRun run, JsonNode report) {
    assertThat(run.out()).contains("What only your whole history shows").contains("[exposure.photo-home-cluster]")
        .contains("[exposure.photo-school-cluster]").contains("[exposure.mosaic-address]").contains("[hostility.repeated-target]")
        .contains("[hostility.pile-on]").contains("You joined a pile-on against @nurse_ellis").contains("[hostility.at-colleague]")
        .contains("You were hostile to @amira_k in 1 post(s), and 2 of your own posts show @amira_k is a colleague");
    List<JsonNode> crossItem = new ArrayList<>();
    report.path("findings").forEach(f -> {
      if (f.has("contributing_items")) {
        crossItem.add(f);
      }
    });
    assertThat(crossItem).extracting(f -> f.path("rule").asText())
        .contains("exposure.photo-home-cluster", "exposure.photo-school-cluster", "exposure.mosaic-address", "hostility.repeated-target",
            "hostility.pile-on", "hostility.at-colleague");
    // the pile-on lists the user's own reply and the others' attacks they liked
    assertThat(crossItem).filteredOn(f -> f.path("rule").asText().equals("hostility.pile-on")).singleElement()
        .satisfies(f -> assertThat(f.path("contributing_items").toString()).contains("twitter:like:"));
    for (JsonNode finding : crossItem) {
      assertThat(finding.path("contributing_items").get(0).asText()).isEqualTo(finding.path("item").path("id").asText());
      List<String> named = new ArrayList<>();
      finding.path("evidence").forEach(e -> named.add(e.path("item_id").asText(finding.path("item").path("id").asText())));
      List<String> contributing = new ArrayList<>();
      finding.path("contributing_items").forEach(id -> contributing.add(id.asText()));
      assertThat(contributing).containsExactlyInAnyOrderElementsOf(named.stream().distinct().toList());
      // Never an exact position in a shareable output: at most two decimals.
      assertThat(finding.toString()).doesNotContainPattern("\\d+\\.\\d{3,}, -?\\d+\\.\\d{3,}");
    }
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
