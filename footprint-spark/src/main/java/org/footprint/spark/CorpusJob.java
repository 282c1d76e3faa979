package org.footprint.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.footprint.ingest.corpus.CorpusProblem;
import org.footprint.policy.PolicyPacks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: judges every post of a researcher's corpus with Footprint's rules, exactly as a scan on one machine
 * judges an item, and writes the findings (Parquet) and the aggregate summary (CSV and JSON) to an output folder.
 * Author ids never reach an output: each is replaced by its HMAC-SHA256 under a key the researcher supplies.
 *
 * <p>{@code spark-submit --class org.footprint.spark.CorpusJob footprint-spark-job.jar CORPUS --output DIR --author-key-file KEY}
 * (README, "Corpus scale on Spark"). Exit codes: 0 done, 1 no row could be judged, 2 a usage error or the job failed.
 */
@Command(name = "footprint-spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Judges a corpus of posts (JSON Lines, CSV or Parquet) on Spark and writes findings and a summary.")
public final class CorpusJob implements Callable<Integer> {
  static final int NOTHING_JUDGED = 1;
  static final int ERROR = 2;

  @Parameters(index = "0", paramLabel = "CORPUS", description = "The corpus: a file or folder (any path Spark reads: file:, hdfs:, s3a:, …).")
  String input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Output folder, which must not exist yet: findings/ (Parquet) and summary/ (by-month, by-author, by-rule, skipped as CSV; totals as JSON).")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, csv or parquet. Default: from the corpus's name (.jsonl/.ndjson/.json, .csv, .parquet).")
  String format;

  @Option(names = "--author-key-file", paramLabel = "FILE",
      description = "The key of the authors' hashes (at least 16 bytes). Default: the environment variable " + AuthorHash.KEY_VARIABLE + ". Required.")
  Path authorKeyFile;

  @Option(names = "--pack", paramLabel = "ID", description = "The professional code to judge against (default: Footprint's default pack).")
  String pack;

  @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id", description = "Column of the post's id (default: ${DEFAULT-VALUE}).")
  String idColumn;

  @Option(names = "--author-column", paramLabel = "NAME", defaultValue = "author", description = "Column of the author's id (default: ${DEFAULT-VALUE}).")
  String authorColumn;

  @Option(names = "--created-at-column", paramLabel = "NAME", defaultValue = "created_at",
      description = "Column of the post's time, ISO-8601 (a date-time without a zone is UTC) or a Parquet timestamp (default: ${DEFAULT-VALUE}).")
  String createdAtColumn;

  @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text", description = "Column of the post's text (default: ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(names = "--platform-column", paramLabel = "NAME", description = "Column of the post's platform (optional).")
  String platformColumn;

  @Option(names = "--reply-to-column", paramLabel = "NAME", description = "Column of the account or post replied to (optional).")
  String replyToColumn;

  @Option(names = "--platform", paramLabel = "ID", defaultValue = "corpus",
      description = "The platform of posts without one (default: ${DEFAULT-VALUE}).")
  String defaultPlatform;

  @Option(names = "--scanned-at", paramLabel = "INSTANT", description = "The time posts' ages are counted against, ISO-8601 (default: now).")
  String scannedAt;

  @Option(names = "--partitions", paramLabel = "N", description = "Spread the corpus over N partitions before judging (default: as read).")
  int partitions;

  @Option(names = "--multiline", description = "A JSON or CSV row may span lines (a quoted text with a line break): the file is then read by one task.")
  boolean multiLine;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Function<String, String> environment;
  private final Supplier<SparkSession> sessions;
  private final boolean ownsSession;
  private final Clock clock;
  /** What the last run judged, for the caller that ran it. */
  CorpusRun run;

  /** As spark-submit runs it: the session it configured, stopped at the end. */
  public CorpusJob() {
    this(System::getenv, () -> SparkSession.builder().appName("footprint-corpus").getOrCreate(), true, Clock.systemUTC());
  }

  CorpusJob(Function<String, String> environment, Supplier<SparkSession> sessions, boolean ownsSession, Clock clock) {
    this.environment = environment;
    this.sessions = sessions;
    this.ownsSession = ownsSession;
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(commandLine(new CorpusJob()).execute(args));
  }

  /** The job's command line, answering a failed run with its message and exit code 2. */
  static CommandLine commandLine(CorpusJob job) {
    CommandLine line = new CommandLine(job);
    line.setExecutionExceptionHandler((e, failed, parsed) -> {
      failed.getErr().println("footprint-spark: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      failed.getErr().flush();
      return ERROR;
    });
    return line;
  }

  /** What one run judged. */
  record CorpusRun(long rows, long posts, long flaggedPosts, long findings, Map<String, Long> skipped) {}

  @Override
  public Integer call() throws IOException {
    byte[] key;
    try {
      key = AuthorHash.key(authorKeyFile, environment.apply(AuthorHash.KEY_VARIABLE));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    String packId = packId();
    Instant at = scannedAt();
    CorpusFormat corpusFormat = corpusFormat();
    CorpusColumns columns = new CorpusColumns(idColumn, authorColumn, createdAtColumn, textColumn, platformColumn, replyToColumn);
    SparkSession spark = sessions.get();
    long started = System.nanoTime();
    try {
      run = judge(spark, corpusFormat, columns, new PostJudge(packId, at, defaultPlatform, key), packId, at);
    } finally {
      if (ownsSession) {
        spark.stop();
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(report(run, Duration.ofNanos(System.nanoTime() - started)));
    err.flush();
    return run.posts() == 0 ? NOTHING_JUDGED : 0;
  }

  private CorpusRun judge(SparkSession spark, CorpusFormat corpusFormat, CorpusColumns columns, PostJudge judge, String packId, Instant at) {
    // Months are UTC months; timestamps are Instants in rows and plain microseconds in Parquet.
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    Dataset<Row> corpus;
    try {
      refuseExisting(spark, output);
      corpus = corpusFormat.read(spark, input, columns, multiLine);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (partitions > 0) {
      corpus = corpus.repartition(partitions);
    }
    // Judged once: every output below reads the cached posts.
    Dataset<Row> judged = corpus.mapPartitions(judge, Encoders.row(JudgedPosts.POST)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> posts = judged.where(col(JudgedPosts.PROBLEM).isNull());
      Dataset<Row> findings = findings(posts);
      // The two small tables are computed once: collected, and written from what was collected.
      Dataset<Row> totalsTable = CorpusSummary.totals(judged);
      List<Row> totalsRows = totalsTable.collectAsList();
      Row totals = totalsRows.get(0);
      Dataset<Row> skippedTable = CorpusSummary.skipped(judged);
      List<Row> skipped = skippedTable.collectAsList();
      findings.write().mode(SaveMode.ErrorIfExists).parquet(output + "/findings");
      writeCsv(CorpusSummary.byMonth(posts, findings), "by-month");
      writeCsv(CorpusSummary.byAuthor(posts, findings), "by-author");
      writeCsv(CorpusSummary.byRule(findings), "by-rule");
      writeCsv(spark.createDataFrame(skipped, skippedTable.schema()), "skipped");
      spark.createDataFrame(totalsRows, totalsTable.schema())
          .withColumn("pack", lit(packId)).withColumn("scanned_at", lit(at.toString())).withColumn("input", lit(input))
          .withColumn("format", lit(corpusFormat.name().toLowerCase(Locale.ROOT))).withColumn("spark_version", lit(spark.version()))
          .coalesce(1).write().mode(SaveMode.ErrorIfExists).json(output + "/summary/totals");
      return new CorpusRun(totals.getLong(0), totals.getLong(1), totals.getLong(3), totals.getLong(4), CorpusSummary.skippedByCode(skipped));
    } finally {
      judged.unpersist();
    }
  }

  /** Before any work: a run that would only fail when its first output is written (after judging everything) stops now. */
  private static void refuseExisting(SparkSession spark, String output) {
    org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(output);
    try {
      if (folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(folder)) {
        throw new IllegalArgumentException("--output " + output + ": already exists (a run never overwrites one: name a new folder)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("--output " + output + ": cannot be checked: " + e.getMessage(), e);
    }
  }

  /** One row per finding: the finding's fields (the scan schema's), then its post's. */
  static Dataset<Row> findings(Dataset<Row> posts) {
    List<Column> columns = new ArrayList<>();
    for (String field : JudgedPosts.FINDING.fieldNames()) {
      columns.add(col("finding." + field).as(field));
      if (field.equals("id")) {
        columns.add(col(JudgedPosts.ITEM_ID));
      }
    }
    columns.add(col(JudgedPosts.PLATFORM));
    columns.add(col(JudgedPosts.CREATED_AT));
    columns.add(col(JudgedPosts.AUTHOR_HASH));
    return posts.select(col(JudgedPosts.ITEM_ID), col(JudgedPosts.PLATFORM), col(JudgedPosts.CREATED_AT), col(JudgedPosts.AUTHOR_HASH),
            explode(col(JudgedPosts.FINDINGS)).as("finding"))
        .select(columns.toArray(Column[]::new));
  }

  private void writeCsv(Dataset<Row> table, String name) {
    // Summaries are small: one file each, with a header.
    table.coalesce(1).write().mode(SaveMode.ErrorIfExists).option("header", true).option("escape", "\"").csv(output + "/summary/" + name);
  }

  /** The run in a few lines, for the researcher's terminal: no author, no text. */
  static String report(CorpusRun run, Duration elapsed) {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    StringBuilder text = new StringBuilder("footprint-spark: judged ").append(run.posts()).append(" of ").append(run.rows()).append(" rows: ")
        .append(run.findings()).append(" findings in ").append(run.flaggedPosts()).append(" posts; ")
        .append(String.format(Locale.ROOT, "%.1f s, %,.0f rows/s (reading, judging and writing every output)", seconds, run.rows() / seconds));
    if (!run.skipped().isEmpty()) {
      text.append("\nfootprint-spark: skipped ").append(run.skipped().values().stream().mapToLong(Long::longValue).sum()).append(" rows (see summary/skipped): ")
          .append(run.skipped().entrySet().stream().map(e -> e.getValue() + " with " + CorpusProblem.ofCode(e.getKey()).what() + " (" + e.getKey() + ")")
              .collect(Collectors.joining(", ")));
    }
    if (run.posts() == 0 && run.rows() > 0) {
      text.append("\nfootprint-spark: no row could be judged: check the --*-column options against the corpus's column names");
    }
    return text.toString();
  }

  private String packId() {
    PolicyPacks packs = PolicyPacks.loadBuiltIn();
    try {
      return pack == null ? packs.defaultPack().id() : packs.get(pack).id();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pack: " + e.getMessage());
    }
  }

  private Instant scannedAt() {
    try {
      return scannedAt == null ? clock.instant() : Instant.parse(scannedAt);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--scanned-at: '" + scannedAt + "' is not an ISO-8601 instant (2025-01-31T00:00:00Z)");
    }
  }

  private CorpusFormat corpusFormat() {
    try {
      return format == null ? CorpusFormat.of(input) : CorpusFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), format == null ? e.getMessage() : "--format: expected jsonl, csv or parquet, not '" + format + "'");
    }
  }
}
