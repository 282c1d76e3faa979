package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.footprint.model.Severity;
import org.footprint.synth.Persona;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.FacebookLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  private static final String HOSTILE = "@kim you are a pathetic idiot";
  private static final String BENIGN = "Brilliant supervision session today";

  @TempDir Path temp;

  private Path drafts(String name, String... paragraphs) throws IOException {
    return Files.writeString(temp.resolve(name), String.join("\n\n", paragraphs) + "\n");
  }

  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void writes_the_documented_json_shape_with_a_broken_input_beside_a_good_one() throws IOException {
    Path good = drafts("drafts.txt", BENIGN, HOSTILE);
    Path broken = Files.writeString(temp.resolve("export.zip"), "not really a zip");
    Path out = temp.resolve("scan-out");

    CliRun run = CliRun.of("scan", good.toString(), broken.toString(), "--format", "json", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("items_scanned").asInt()).isEqualTo(2);
    assertThat(json.path("sources")).hasSize(2);
    assertThat(json.path("sources").get(0).path("path").asText()).isEqualTo(good.toString());
    assertThat(json.path("sources").get(0).path("platform").asText()).isEqualTo("draft");
    assertThat(json.path("sources").get(0).path("items").asInt()).isEqualTo(2);
    assertThat(json.path("sources").get(1).path("platform").isNull()).isTrue();
    assertThat(json.path("sources").get(1).path("problems").get(0).path("code").asText()).isEqualTo("ingest.file.not-zip");

    JsonNode finding = json.path("findings").get(0);
    assertThat(finding.path("category").asText()).isEqualTo("hostility");
    assertThat(finding.has("id") && finding.has("severity") && finding.has("confidence") && finding.has("rule") && finding.has("explanation")).isTrue();
    JsonNode item = finding.path("item");
    assertThat(item.path("platform").asText()).isEqualTo("draft");
    assertThat(item.path("source_id").asText()).isEqualTo("drafts.txt#2");
    assertThat(item.path("kind").asText()).isEqualTo("draft");
    assertThat(item.path("authored_by_self").asBoolean()).isTrue();
    assertThat(item.has("created_at")).isTrue();
    assertThat(item.path("audience").asText()).isEqualTo("unknown");
    assertThat(item.path("text").asText()).isEqualTo(HOSTILE);
    JsonNode evidence = finding.path("evidence").get(0);
    assertThat(HOSTILE.substring(evidence.path("start").asInt(), evidence.path("end").asInt())).isEqualTo(evidence.path("text").asText());
    assertThat(finding.path("clauses").get(0).has("code")).isTrue();
    assertThat(finding.path("clauses").get(0).has("clause")).isTrue();
    assertThat(finding.path("clauses").get(0).has("summary")).isTrue();
    assertThat(finding.path("remediation").size()).isPositive();

    JsonNode problem = json.path("problems").get(0);
    assertThat(problem.path("file").asText()).isEqualTo(broken.toString());
    assertThat(problem.has("entry")).isTrue();
    assertThat(problem.path("code").asText()).isEqualTo("ingest.file.not-zip");
    assertThat(problem.path("message").asText()).isNotBlank();
    assertThat(new ObjectMapper().readTree(out.resolve("report.json").toFile())).isEqualTo(json);
    assertThat(listing(out)).containsExactly("", "report.json");
  }

  @Test
  void prints_a_summary_per_platform_then_the_findings() throws IOException {
    Path good = drafts("drafts.md", BENIGN, HOSTILE);

    CliRun run = CliRun.of("scan", good.toString(), "--out", temp.resolve("o").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Footprint scan: 2 items from 1 source").containsPattern("draft\\s+2 items\\s+1 findings\\s+0 problems")
        .contains("by category: hostility 1").contains("»").contains("drafts.md#2").contains("Report written to");
  }

  @Test
  void lists_strengths_after_the_risks_in_their_own_section_and_array_and_never_fails_on_them() throws IOException {
    String clinic = "The flu vaccination clinic at the health centre opens on Saturday, no appointment needed";
    String helplineWithClient = "Gave Mrs Kowalski from my caseload at 14 Birch Road the number of the debt advice line, open every weekday";
    Path drafts = drafts("drafts.md", clinic, helplineWithClient);

    CliRun text = CliRun.of("scan", drafts.toString(), "--out", temp.resolve("text").toString());
    assertThat(text.exitCode()).as("the client's details").isEqualTo(1);
    int risks = text.out().indexOf("═══ What you wrote");
    int good = text.out().indexOf("═══ What is good in your presence");
    assertThat(risks).isNotNegative();
    assertThat(good).isGreaterThan(risks);
    assertThat(text.out().substring(good)).contains("1 strengths").contains("drafts.md#1").contains("[strength.public-information]").doesNotContain("drafts.md#2");
    assertThat(text.out().substring(risks, good)).doesNotContain("strength.");
    assertThat(text.out()).contains("2 items from 1 source").doesNotContain("by category: strength").doesNotContain("\nstrength ");

    CliRun json = CliRun.of("scan", drafts.toString(), "--format", "json", "--out", temp.resolve("json").toString());
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.path("findings")).isNotEmpty().allSatisfy(f -> assertThat(f.path("category").asText()).isNotEqualTo("strength"));
    assertThat(report.path("strengths")).singleElement().satisfies(strength -> {
      assertThat(strength.path("category").asText()).isEqualTo("strength");
      assertThat(strength.path("severity").asText()).isEqualTo("info");
      assertThat(strength.path("item").path("source_id").asText()).isEqualTo("drafts.md#1");
    });

    CliRun onlyGood = CliRun.of("scan", drafts("good.md", clinic).toString(), "--fail-on", "info", "--out", temp.resolve("good").toString());
    assertThat(onlyGood.exitCode()).isZero();
    assertThat(onlyGood.out()).contains("0 findings").contains("═══ What is good in your presence");
  }

  @Test
  void the_demo_persona_shows_a_strengths_section() throws IOException {
    CliRun run = CliRun.of("demo", "--out", temp.resolve("demo").toString(), "--posts", "200");
    assertThat(run.out()).contains("═══ What is good in your presence").contains("[strength.");
    JsonNode report = new ObjectMapper().readTree(temp.resolve("demo").resolve("report.json").toFile());
    assertThat(report.path("strengths")).isNotEmpty();
    assertThat(report.path("strengths")).allSatisfy(s -> assertThat(s.path("involvement").asText()).isEqualTo("authored"));
  }

  @Test
  void lists_the_settings_to_check_that_generated_exports_show_with_why_and_how() throws IOException {
    Persona persona = ArchiveGenerator.persona(7);
    List<Path> exports = List.of(
        ArchiveGenerator.twitter(7, persona, 40, temp.resolve("x.zip")).path(),
        ArchiveGenerator.facebook(8, persona, 20, FacebookLayout.FACEBOOK_ACTIVITY, temp.resolve("fb.zip")).path(),
        ArchiveGenerator.instagram(9, persona, 20, temp.resolve("ig.zip")).path());
    List<String> args = new ArrayList<>(List.of("scan", "--format", "json", "--out", temp.resolve("json").toString()));
    exports.forEach(p -> args.add(p.toString()));

    JsonNode report = new ObjectMapper().readTree(CliRun.of(args.toArray(String[]::new)).out());
    List<String> ids = new ArrayList<>();
    report.path("settings_to_check").forEach(s -> ids.add(s.path("id").asText()));
    assertThat(ids).containsExactly("facebook.profile-places", "facebook.profile-work", "facebook.past-posts", "facebook.tag-review",
        "twitter.profile-location", "twitter.public-account", "twitter.reopened", "instagram.public-account");
    assertThat(report.path("settings_to_check")).allSatisfy(s -> {
      assertThat(s.path("why").asText()).isNotBlank();
      assertThat(s.path("how").asText()).isNotBlank();
      assertThat(s.path("evidence")).isNotEmpty();
    });
    assertThat(report.path("settings_to_check").get(0).path("evidence").get(0).asText()).isEqualTo("Current city: " + persona.homeTown());

    args.set(2, "text");
    String text = CliRun.of(args.toArray(String[]::new)).out();
    int settings = text.indexOf("═══ Settings to check");
    assertThat(settings).isGreaterThan(text.indexOf("═══ What you wrote"));
    assertThat(text.substring(settings)).contains("[twitter.reopened]").contains("Why: ").contains("How: ");
  }

  @Test
  void a_short_x_archive_that_was_never_protected_and_drafts_ask_for_no_reopened_setting() throws IOException {
    Path archive = ArchiveGenerator.twitter(3, ArchiveGenerator.persona(3), 5, temp.resolve("x.zip")).path();
    JsonNode report = new ObjectMapper().readTree(CliRun.of("scan", archive.toString(), drafts("d.md", BENIGN).toString(), "--format", "json",
        "--out", temp.resolve("o").toString()).out());
    List<String> ids = new ArrayList<>();
    report.path("settings_to_check").forEach(s -> ids.add(s.path("id").asText()));
    assertThat(ids).contains("twitter.public-account").doesNotContain("twitter.reopened").noneMatch(id -> id.startsWith("draft"));
  }

  @Test
  void exits_zero_when_nothing_reaches_the_threshold() throws IOException {
    CliRun run = CliRun.of("scan", drafts("fine.txt", BENIGN).toString(), "--out", temp.resolve("o").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 findings");
  }

  @Test
  void exits_two_with_one_line_when_nothing_can_be_read() throws IOException {
    Path empty = Files.createFile(temp.resolve("empty.txt"));

    CliRun run = CliRun.of("scan", empty.toString(), temp.resolve("missing.zip").toString(), "--out", temp.resolve("o").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("footprint: nothing could be read").doesNotContain("\n").doesNotContain("Exception");
    assertThat(run.out()).contains("ingest.file.empty").contains("ingest.file.not-found");
  }

  @Test
  void writes_the_json_to_the_output_file_and_nothing_outside_the_output_folder() throws IOException {
    Path good = drafts("drafts.txt", HOSTILE);
    Path zip = temp.resolve("hostile.zip");
    try (var stream = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (String name : List.of("../../../escaped.txt", "/tmp/absolute.txt", "ok.txt")) {
        stream.putNextEntry(new java.util.zip.ZipEntry(name));
        stream.write(HOSTILE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        stream.closeEntry();
      }
    }
    Path out = temp.resolve("out");
    Path result = temp.resolve("result.json");
    List<String> before = listing(temp);

    CliRun run = CliRun.of("scan", good.toString(), zip.toString(), "--format", "json", "--output", result.toString(), "--out", out.toString(), "--fail-on", "critical");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(result.toFile());
    assertThat(json.path("problems")).extracting(p -> p.path("code").asText()).containsExactly("ingest.zip.path-traversal", "ingest.zip.absolute-path");
    assertThat(json.path("items_scanned").asInt()).isEqualTo(2);
    List<String> after = listing(temp);
    assertThat(after).containsAll(before);
    assertThat(after.stream().filter(p -> !before.contains(p))).containsExactlyInAnyOrder("out", "out/report.json", "result.json");
    assertThat(Files.exists(Path.of("/tmp/absolute.txt"))).isFalse();
  }

  private static byte[] zipOf(String name, byte[] data) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry(name));
      zip.write(data);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void reads_each_zip_inside_a_zip_as_a_source_of_its_own() throws IOException {
    byte[] first = zipOf("a/posts.jsonl", ("{\"id\":\"1\",\"text\":\"" + HOSTILE + "\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] second = zipOf("b/notes.txt", BENIGN.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path outer = temp.resolve("both.zip");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(outer))) {
      for (var entry : java.util.Map.of("first.zip", first, "second.zip", second).entrySet()) {
        zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }

    CliRun run = CliRun.of("scan", outer.toString(), "--format", "json", "--out", temp.resolve("o").toString());

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(json.path("sources")).extracting(s -> s.path("path").asText() + " " + s.path("items").asInt())
        .containsExactly(outer + "!/first.zip 1", outer + "!/second.zip 1");
    assertThat(json.path("findings").get(0).path("item").path("source_id").asText()).isEqualTo("1");
  }

  @Test
  void removes_its_work_folder_when_the_scan_fails_after_the_findings_were_spilled() throws IOException {
    Path out = temp.resolve("out");

    CliRun run = CliRun.of("scan", drafts("d.txt", HOSTILE).toString(), "--format", "json", "--output", temp.resolve("missing/result.json").toString(),
        "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot be written").doesNotContain("at org.");
    assertThat(listing(out)).containsExactly("", "report.json");
  }

  @Test
  void reports_the_findings_of_a_generated_archive_most_serious_first_then_oldest_then_by_item_and_rule() throws IOException {
    Persona persona = ArchiveGenerator.persona(11);
    Path archive = ArchiveGenerator.twitter(11, persona, 1_500, temp.resolve("twitter.zip")).path();
    Path out = temp.resolve("out");

    CliRun run = CliRun.of("scan", archive.toString(), "--format", "json", "--out", out.toString());

    JsonNode findings = new ObjectMapper().readTree(run.out()).path("findings");
    assertThat(findings.size()).isGreaterThan(100);
    List<String> ids = new ArrayList<>();
    findings.forEach(f -> ids.add(f.path("id").asText()));
    assertThat(ids).doesNotHaveDuplicates();
    List<JsonNode> listed = new ArrayList<>();
    findings.forEach(listed::add);
    assertThat(listed).isSortedAccordingTo(Comparator
        .comparing((JsonNode f) -> Severity.parse(f.path("severity").asText())).reversed()
        .thenComparing(f -> f.path("item").path("created_at").isNull() ? null : Instant.parse(f.path("item").path("created_at").asText()),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(f -> f.path("item").path("id").asText())
        .thenComparing(f -> f.path("rule").asText()));
    assertThat(listed).allMatch(f -> !f.path("item").path("text").asText().isEmpty());
    assertThat(listing(out)).containsExactly("", "report.json");
  }

  @Test
  void endorsed_and_received_content_is_reported_apart_from_what_the_user_wrote() throws IOException {
    // the demo's seed: its friend's post that the user liked is a problematic one
    Persona persona = ArchiveGenerator.persona(2026);
    Path archive = ArchiveGenerator.twitter(2026, persona, 200, temp.resolve("twitter.zip")).path();

    CliRun json = CliRun.of("scan", archive.toString(), "--format", "json", "--out", temp.resolve("json").toString());
    List<JsonNode> findings = new ArrayList<>();
    new ObjectMapper().readTree(json.out()).path("findings").forEach(findings::add);
    assertThat(findings).filteredOn(f -> f.path("item").path("kind").asText().equals("like")).isNotEmpty()
        .allSatisfy(f -> {
          assertThat(f.path("involvement").asText()).isEqualTo("endorsed");
          assertThat(f.path("message").asText()).startsWith("You endorsed: ");
          assertThat(f.path("remediation").get(0).path("action").asText()).isEqualTo("undo-endorsement");
        });
    assertThat(findings).filteredOn(f -> f.path("item").path("authored_by_self").asBoolean())
        .isNotEmpty().allSatisfy(f -> assertThat(f.path("involvement").asText()).isEqualTo("authored"));

    CliRun text = CliRun.of("scan", archive.toString(), "--out", temp.resolve("text").toString());
    String out = text.out();
    assertThat(out).contains("by involvement: authored ");
    int wrote = out.indexOf("═══ What you wrote");
    int endorsed = out.indexOf("═══ What you endorsed");
    assertThat(wrote).isNotNegative();
    assertThat(endorsed).isGreaterThan(wrote);
    // the like is listed under its own heading, not among the user's posts
    assertThat(out.substring(wrote, endorsed)).doesNotContain("· like ·");
    assertThat(out.substring(endorsed)).contains("· like ·");
  }

  @Test
  void old_findings_say_how_old_they_are_and_the_summary_counts_findings_by_year() throws IOException {
    Path posts = Files.writeString(temp.resolve("posts.jsonl"), String.join("\n",
        "{\"id\": \"old\", \"text\": \"" + HOSTILE + "\", \"created_at\": \"2019-06-01T10:00:00Z\"}",
        "{\"id\": \"recent\", \"text\": \"" + HOSTILE + "\", \"created_at\": \"2026-10-01T10:00:00Z\"}",
        "{\"id\": \"undated\", \"text\": \"" + HOSTILE + "\"}") + "\n");
    Instant scannedAt = Instant.parse("2026-12-01T12:00:00Z");

    CliRun json = CliRun.scanningAt(scannedAt, "scan", posts.toString(), "--format", "json", "--out", temp.resolve("json").toString());
    CliRun text = CliRun.scanningAt(scannedAt, "scan", posts.toString(), "--out", temp.resolve("text").toString());

    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.path("scanned_at").asText()).isEqualTo("2026-12-01T12:00:00Z");
    List<JsonNode> findings = new ArrayList<>();
    report.path("findings").forEach(findings::add);
    assertThat(findings).isNotEmpty().allSatisfy(f -> {
      boolean old = f.path("item").path("source_id").asText().equals("old");
      assertThat(f.path("explanation").asText().endsWith(" This is 7 years old.")).isEqualTo(old);
      assertThat(f.path("remediation").findValuesAsText("action").contains("bulk-delete")).isEqualTo(old);
    });
    long perItem = findings.stream().filter(f -> f.path("item").path("source_id").asText().equals("old")).count();
    assertThat(report.path("by_year").toString())
        .isEqualTo("{\"2019\":" + perItem + ",\"2026\":" + perItem + ",\"undated\":" + perItem + "}");
    assertThat(report.path("old_items").path("draft").path("items").asLong()).isEqualTo(1);
    assertThat(report.path("old_items").path("draft").path("permalinks")).isEmpty();
    assertThat(text.out()).contains("by year: 2019 " + perItem + ", 2026 " + perItem + ", undated " + perItem)
        .contains("old items with findings (1 year or more): 1 (draft 1)").contains("This is 7 years old.");
  }

  @Test
  void lists_the_links_of_old_flagged_posts_per_platform_for_bulk_deletion() throws IOException {
    Path archive = ArchiveGenerator.twitter(11, ArchiveGenerator.persona(11), 400, temp.resolve("twitter.zip")).path();

    CliRun run = CliRun.scanningAt(Instant.parse("2026-12-01T00:00:00Z"), "scan", archive.toString(), "--format", "json",
        "--out", temp.resolve("o").toString());

    JsonNode report = new ObjectMapper().readTree(run.out());
    java.util.Set<String> oldFlagged = new java.util.TreeSet<>();
    report.path("findings").forEach(f -> {
      if (f.path("item").path("created_at").asText().compareTo("2025-12-01") < 0 && f.path("item").has("permalink")) {
        oldFlagged.add(f.path("item").path("permalink").asText());
      }
    });
    JsonNode twitter = report.path("old_items").path("twitter");
    assertThat(oldFlagged).isNotEmpty();
    List<String> links = new ArrayList<>();
    twitter.path("permalinks").forEach(link -> links.add(link.asText()));
    assertThat(links).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(oldFlagged);
    assertThat(twitter.path("items").asLong()).isGreaterThanOrEqualTo(links.size());
  }

  @Test
  void refuses_an_output_folder_that_is_a_file() throws IOException {
    Path file = Files.writeString(temp.resolve("taken"), "x");

    CliRun run = CliRun.of("scan", drafts("d.txt", BENIGN).toString(), "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out").contains("cannot be used as the output folder").doesNotContain("at org.");
  }

  @Test
  void refuses_a_scan_without_paths() {
    CliRun run = CliRun.of("scan");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("PATH");
  }
}
