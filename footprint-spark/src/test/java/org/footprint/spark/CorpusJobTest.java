package org.footprint.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.footprint.analysis.Analyzer;
import org.footprint.model.Audience;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.policy.ItemAge;
import org.footprint.synth.CorpusFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusJobTest {
  private static final Instant SCANNED_AT = Instant.parse("2025-06-30T00:00:00Z");
  private static final String KEY = "0123456789abcdef0123456789abcdef";

  @TempDir static Path dir;
  private List<CorpusFile.Row> corpus;
  private Path keyFile;
  private Path jsonl;
  private Path output;
  private SparkTests.JobRun jsonlRun;

  @BeforeAll
  void judge_a_generated_corpus() throws IOException {
    corpus = CorpusFile.rows(5, 240, 12).toList();
    jsonl = dir.resolve("corpus.jsonl");
    CorpusFile.write(jsonl, CorpusFile.Format.JSONL, corpus.stream());
    keyFile = Files.writeString(dir.resolve("author.key"), KEY + "\n");
    output = dir.resolve("out");
    jsonlRun = SparkTests.run(jsonl.toString(), "--output", output.toString(), "--author-key-file", keyFile.toString(),
        "--platform-column", "platform", "--reply-to-column", "reply_to", "--scanned-at", SCANNED_AT.toString(), "--partitions", "3");
  }

  @Test
  void findings_equal_the_single_machine_analysis_row_for_row() {
    assertThat(jsonlRun.exitCode()).as(jsonlRun.err()).isZero();
    List<FindingRow> expected = reference(corpus, KEY);
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(readFindings(output)).containsExactlyElementsOf(expected);
  }

  @Test
  void summary_counts_add_up() {
    CorpusJob.CorpusRun run = jsonlRun.run();
    assertThat(run.rows()).isEqualTo(corpus.size());
    assertThat(run.posts()).isEqualTo(corpus.size());
    assertThat(run.skipped()).isEmpty();
    assertThat(run.findings()).isEqualTo(reference(corpus, KEY).size());
    List<Row> byMonth = csv(output.resolve("summary/by-month"));
    assertThat(byMonth.stream().mapToLong(r -> Long.parseLong(r.getAs("findings"))).sum()).isEqualTo(run.findings());
    for (Row month : byMonth) {
      long flagged = Long.parseLong(month.getAs("flagged_posts"));
      assertThat(flagged).isBetween(1L, Long.parseLong(month.getAs("posts")));
      assertThat(Double.parseDouble(month.getAs("flagged_rate"))).isEqualTo((double) flagged / Long.parseLong(month.getAs("posts")));
    }
    List<Row> byAuthor = csv(output.resolve("summary/by-author"));
    assertThat(byAuthor).hasSize((int) corpus.stream().map(CorpusFile.Row::author).distinct().count());
    assertThat(byAuthor.stream().mapToLong(r -> Long.parseLong(r.getAs("posts"))).sum()).isEqualTo(run.posts());
    assertThat(byAuthor.stream().mapToLong(r -> Long.parseLong(r.getAs("findings"))).sum()).isEqualTo(run.findings());
    for (Row author : byAuthor) {
      long bySeverity = Stream.of("info", "low", "medium", "high", "critical").mapToLong(s -> Long.parseLong(author.getAs(s))).sum();
      assertThat(bySeverity).isEqualTo(Long.parseLong(author.getAs("findings")));
    }
    List<Row> byRule = csv(output.resolve("summary/by-rule"));
    assertThat(byRule.stream().mapToLong(r -> Long.parseLong(r.getAs("findings"))).sum()).isEqualTo(run.findings());
    Map<String, Long> expectedByRule = reference(corpus, KEY).stream().collect(Collectors.groupingBy(FindingRow::ruleId, Collectors.counting()));
    assertThat(byRule.stream().collect(Collectors.toMap(r -> (String) r.getAs("rule_id"), r -> Long.parseLong(r.getAs("findings"))))).isEqualTo(expectedByRule);
    Row totals = SparkTests.spark().read().json(output.resolve("summary/totals").toString()).first();
    assertThat(totals.<Long>getAs("rows")).isEqualTo(corpus.size());
    assertThat(totals.<Long>getAs("findings")).isEqualTo(run.findings());
    assertThat(totals.<Long>getAs("flagged_posts")).isEqualTo(run.flaggedPosts());
    assertThat(totals.<String>getAs("scanned_at")).isEqualTo(SCANNED_AT.toString());
    assertThat(jsonlRun.err()).contains("judged 240 of 240 rows: " + run.findings() + " findings in " + run.flaggedPosts() + " posts; ");
  }

  @Test
  void no_raw_author_id_nor_the_key_in_any_output_file() throws IOException {
    List<String> authors = corpus.stream().map(CorpusFile.Row::author).distinct().toList();
    try (Stream<Path> files = Files.walk(output)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as(file.toString()).doesNotContain("author-0").doesNotContain(KEY);
      }
    }
    Dataset<Row> findings = SparkTests.spark().read().parquet(output.resolve("findings").toString());
    assertThat(findings.select("author_hash").distinct().collectAsList()).extracting(r -> r.getString(0))
        .allMatch(hash -> hash.matches("[0-9a-f]{64}")).doesNotContainAnyElementsOf(authors);
    assertThat(csv(output.resolve("summary/by-author"))).extracting(r -> (String) r.getAs("author_hash"))
        .containsExactlyInAnyOrderElementsOf(authors.stream().map(a -> hmac(KEY, a)).toList());
  }

  @Test
  void another_key_gives_other_hashes_and_the_same_findings() throws IOException {
    String otherKey = "fedcba9876543210fedcba9876543210";
    Path out = dir.resolve("other-key");
    SparkTests.JobRun run = SparkTests.run(Map.of(AuthorHash.KEY_VARIABLE, otherKey), jsonl.toString(), "--output", out.toString(),
        "--platform-column", "platform", "--reply-to-column", "reply_to", "--scanned-at", SCANNED_AT.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<FindingRow> other = readFindings(out);
    assertThat(other).containsExactlyElementsOf(reference(corpus, otherKey));
    List<FindingRow> first = readFindings(output);
    assertThat(other).extracting(FindingRow::authorHash).doesNotContainAnyElementsOf(first.stream().map(FindingRow::authorHash).toList());
    assertThat(other.stream().map(FindingRow::withoutAuthor).toList()).isEqualTo(first.stream().map(FindingRow::withoutAuthor).toList());
  }

  @Test
  void refuses_to_run_without_an_author_key() {
    Path out = dir.resolve("no-key");
    SparkTests.JobRun run = SparkTests.run(jsonl.toString(), "--output", out.toString());
    assertThat(run.exitCode()).isEqualTo(CorpusJob.ERROR);
    assertThat(run.err()).contains("no key was given: pass --author-key-file FILE or set FOOTPRINT_AUTHOR_KEY");
    assertThat(out).doesNotExist();
  }

  @Test
  void refuses_a_short_author_key() throws IOException {
    Path shortKey = Files.writeString(dir.resolve("short.key"), "secret\n");
    SparkTests.JobRun run = SparkTests.run(jsonl.toString(), "--output", dir.resolve("short").toString(), "--author-key-file", shortKey.toString());
    assertThat(run.exitCode()).isEqualTo(CorpusJob.ERROR);
    assertThat(run.err()).contains("the author key must be at least 16 bytes");
  }

  @Test
  void csv_corpus_gives_the_same_findings() throws IOException {
    Path csv = dir.resolve("corpus.csv");
    CorpusFile.write(csv, CorpusFile.Format.CSV, corpus.stream());
    Path out = dir.resolve("from-csv");
    SparkTests.JobRun run = SparkTests.run(csv.toString(), "--output", out.toString(), "--author-key-file", keyFile.toString(),
        "--platform-column", "platform", "--reply-to-column", "reply_to", "--scanned-at", SCANNED_AT.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(readFindings(out)).containsExactlyElementsOf(reference(corpus, KEY));
  }

  @Test
  void parquet_corpus_with_its_own_column_names_and_a_timestamp_column_gives_the_same_findings() {
    Path parquet = dir.resolve("renamed.parquet");
    SparkTests.spark().read().json(jsonl.toString())
        .select(col("id").as("post_id"), col("author").as("user"), to_timestamp(col("created_at")).as("posted"), col("text").as("body"),
            col("platform").as("network"), col("reply_to").as("in_reply_to"))
        .write().parquet(parquet.toString());
    assertThat(SparkTests.spark().read().parquet(parquet.toString()).schema().apply("posted").dataType()).isEqualTo(DataTypes.TimestampType);
    Path out = dir.resolve("from-parquet");
    SparkTests.JobRun run = SparkTests.run(parquet.toString(), "--output", out.toString(), "--author-key-file", keyFile.toString(),
        "--id-column", "post_id", "--author-column", "user", "--created-at-column", "posted", "--text-column", "body",
        "--platform-column", "network", "--reply-to-column", "in_reply_to", "--scanned-at", SCANNED_AT.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(readFindings(out)).containsExactlyElementsOf(reference(corpus, KEY));
  }

  @Test
  void an_output_folder_that_exists_is_refused_before_anything_is_judged() throws IOException {
    Path existing = Files.createDirectories(dir.resolve("existing"));
    SparkTests.JobRun run = SparkTests.run(jsonl.toString(), "--output", existing.toString(), "--author-key-file", keyFile.toString());
    assertThat(run.exitCode()).isEqualTo(CorpusJob.ERROR);
    assertThat(run.err()).contains("--output " + existing + ": already exists (a run never overwrites one: name a new folder)");
    assertThat(run.run()).isNull();
    try (Stream<Path> left = Files.list(existing)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void a_column_the_corpus_lacks_is_a_usage_error_that_names_it() throws IOException {
    Path csv = dir.resolve("lacking.csv");
    CorpusFile.write(csv, CorpusFile.Format.CSV, corpus.stream().limit(5));
    SparkTests.JobRun run = SparkTests.run(csv.toString(), "--output", dir.resolve("lacking").toString(), "--author-key-file", keyFile.toString(),
        "--text-column", "body");
    assertThat(run.exitCode()).isEqualTo(CorpusJob.ERROR);
    assertThat(run.err()).contains("no column 'body' (the corpus has id, author, created_at, text, platform, reply_to)");
  }

  @Test
  void malformed_rows_are_counted_and_skipped_and_the_rest_judged() throws IOException {
    List<CorpusFile.Row> good = corpus.subList(0, 40);
    Path mixed = dir.resolve("mixed.jsonl");
    CorpusFile.write(mixed, CorpusFile.Format.JSONL, good.stream());
    Files.writeString(mixed, String.join("\n",
        "{\"id\":\"no-text\",\"author\":\"author-00001\",\"created_at\":\"2024-01-01T10:00:00Z\"}",
        "{\"id\":\"blank-text\",\"author\":\"author-00001\",\"text\":\"   \"}",
        "{\"id\":\"bad-date\",\"author\":\"author-00002\",\"created_at\":\"last Tuesday\",\"text\":\"you are an idiot\"}",
        "{\"id\":\"no-author\",\"text\":\"you are an idiot\"}",
        "{\"author\":\"author-00003\",\"text\":\"you are an idiot\"}",
        "this line is not JSON {",
        "{\"id\":\"undated\",\"author\":\"author-00004\",\"text\":\"@jo you are a pathetic excuse for a manager\"}") + "\n",
        StandardOpenOption.APPEND);
    Path out = dir.resolve("mixed");
    SparkTests.JobRun run = SparkTests.run(mixed.toString(), "--output", out.toString(), "--author-key-file", keyFile.toString(),
        "--platform-column", "platform", "--reply-to-column", "reply_to", "--scanned-at", SCANNED_AT.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.run().rows()).isEqualTo(47);
    assertThat(run.run().posts()).isEqualTo(41);
    assertThat(run.run().skipped()).containsExactly(Map.entry("corpus.bad-date", 1L), Map.entry("corpus.missing-author", 1L),
        Map.entry("corpus.missing-id", 1L), Map.entry("corpus.missing-text", 2L), Map.entry("corpus.unreadable-row", 1L));
    assertThat(run.err()).contains("skipped 6 rows (see summary/skipped): 1 with a created-at that is not an ISO-8601 date or date-time (corpus.bad-date)",
        "2 with no text (corpus.missing-text)");
    List<Row> skipped = csv(out.resolve("summary/skipped"));
    assertThat(skipped).extracting(r -> r.getAs("problem") + "=" + r.getAs("rows") + ":" + r.getAs("example_id"))
        .containsExactly("corpus.bad-date=1:bad-date", "corpus.missing-author=1:no-author", "corpus.missing-id=1:null",
            "corpus.missing-text=2:blank-text", "corpus.unreadable-row=1:null");
    List<FindingRow> findings = readFindings(out);
    assertThat(findings).extracting(FindingRow::itemId).contains("undated").doesNotContain("bad-date", "no-author", "no-text");
    assertThat(csv(out.resolve("summary/by-month"))).extracting(r -> (String) r.getAs("month")).contains(CorpusSummary.UNDATED);
    List<FindingRow> expected = new ArrayList<>(reference(good, KEY));
    assertThat(findings).containsAll(expected);
  }

  /** The single-machine analysis: footprint-core's analyser on each row as a public post, its findings aged. */
  private static List<FindingRow> reference(List<CorpusFile.Row> rows, String key) {
    Analyzer analyzer = Analyzer.builtIn();
    List<FindingRow> expected = new ArrayList<>();
    for (CorpusFile.Row row : rows) {
      Item item = Item.builder(row.platform(), row.id()).id(row.id()).kind(ItemKind.POST).authoredBySelf(true).audience(Audience.PUBLIC)
          .createdAt(row.createdAt()).text(row.text()).replyTo(row.replyTo()).build();
      for (Finding finding : ItemAge.builtIn().apply(item, analyzer.assess(item).risks(), SCANNED_AT)) {
        expected.add(FindingRow.of(finding, item, hmac(key, row.author())));
      }
    }
    expected.sort(FindingRow.ORDER);
    return expected;
  }

  private static List<FindingRow> readFindings(Path out) {
    return SparkTests.spark().read().parquet(out.resolve("findings").toString()).collectAsList().stream()
        .map(FindingRow::of).sorted(FindingRow.ORDER).toList();
  }

  private static List<Row> csv(Path folder) {
    return SparkTests.spark().read().option("header", true).option("escape", "\"").csv(folder.toString()).collectAsList();
  }

  private static String hmac(String key, String author) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(author.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** A finding as the Parquet output holds it, comparable field by field. */
  record FindingRow(String id, String itemId, String ruleId, String category, String severity, String involvement, double confidence, String message,
      String explanation, List<String> evidence, List<String> clauses, List<String> remediation, String suggestion, String platform, Instant createdAt,
      String authorHash) {
    static final Comparator<FindingRow> ORDER = Comparator.comparing(FindingRow::itemId).thenComparing(FindingRow::ruleId);

    static FindingRow of(Finding f, Item item, String authorHash) {
      return new FindingRow(f.itemId() + "#" + f.ruleId(), f.itemId(), f.ruleId(), f.category().id(), f.severity().id(), f.involvement().id(), f.confidence(),
          f.message(), f.explanation(), f.evidence().stream().map(s -> s.start() + ".." + s.end() + " " + s.role() + " " + s.text()).toList(),
          f.clauses().stream().map(c -> c.code() + ":" + c.reference() + " " + c.summary() + " verified=" + c.verified()).toList(),
          f.remediation().stream().map(r -> r.id() + " " + r.advice()).toList(), f.suggestion(), item.platform(), item.createdAt(), authorHash);
    }

    static FindingRow of(Row r) {
      return new FindingRow(r.getAs("id"), r.getAs("item_id"), r.getAs("rule_id"), r.getAs("category"), r.getAs("severity"), r.getAs("involvement"),
          r.<Double>getAs("confidence"), r.getAs("message"), r.getAs("explanation"),
          r.<Row>getList(r.fieldIndex("evidence")).stream().map(s -> s.getAs("start") + ".." + s.getAs("end") + " " + s.getAs("role") + " " + s.getAs("text")).toList(),
          r.<Row>getList(r.fieldIndex("clauses")).stream()
              .map(c -> c.getAs("code") + ":" + c.getAs("clause") + " " + c.getAs("summary") + " verified=" + c.getAs("verified")).toList(),
          r.<Row>getList(r.fieldIndex("remediation")).stream().map(a -> a.getAs("action") + " " + a.getAs("advice")).toList(), r.getAs("suggestion"),
          r.getAs("platform"), r.getAs("created_at"), r.getAs("author_hash"));
    }

    FindingRow withoutAuthor() {
      return new FindingRow(id, itemId, ruleId, category, severity, involvement, confidence, message, explanation, evidence, clauses, remediation,
          suggestion, platform, createdAt, null);
    }
  }
}
