package org.footprint.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.footprint.model.Severity;

/**
 * The aggregate tables of a run, from its judged posts and their findings: counts and rates per category × severity
 * by month, per (hashed) author, per rule, and the rows skipped by problem. A rate is a share of posts: the posts with
 * at least one such finding over the posts judged in that month (or by that author).
 */
final class CorpusSummary {
  /** The month of a post ({@code 2024-03}, UTC), or this for a post without a date. */
  static final String UNDATED = "undated";

  private CorpusSummary() {}

  static Column month() {
    return coalesce(date_format(col(JudgedPosts.CREATED_AT), "yyyy-MM"), lit(UNDATED)).as("month");
  }

  /** month, category, severity, findings, flagged_posts, posts (of the month), flagged_rate. */
  static Dataset<Row> byMonth(Dataset<Row> posts, Dataset<Row> findings) {
    Dataset<Row> postsByMonth = posts.groupBy(month()).agg(count(lit(1)).as("posts"));
    return findings.groupBy(month(), col("category"), col("severity"))
        .agg(count(lit(1)).as("findings"), countDistinct(col(JudgedPosts.ITEM_ID)).as("flagged_posts"))
        .join(postsByMonth, "month")
        .withColumn("flagged_rate", col("flagged_posts").divide(col("posts")))
        .orderBy("month", "category", "severity");
  }

  /** author_hash, posts, flagged_posts, flagged_rate, findings, then the findings at each severity (info … critical). */
  static Dataset<Row> byAuthor(Dataset<Row> posts, Dataset<Row> findings) {
    List<Column> counts = new ArrayList<>(List.of(count(lit(1)).as("findings")));
    for (Severity severity : Severity.values()) {
      counts.add(sum(when(col("severity").equalTo(severity.id()), 1).otherwise(0)).as(severity.id()));
    }
    Dataset<Row> found = findings.groupBy(JudgedPosts.AUTHOR_HASH).agg(countDistinct(col(JudgedPosts.ITEM_ID)).as("flagged_posts"), counts.toArray(Column[]::new));
    return posts.groupBy(JudgedPosts.AUTHOR_HASH).agg(count(lit(1)).as("posts"))
        .join(found, JudgedPosts.AUTHOR_HASH, "left")
        .na().fill(0)
        .withColumn("flagged_rate", col("flagged_posts").divide(col("posts")))
        .orderBy(col("findings").desc(), col(JudgedPosts.AUTHOR_HASH));
  }

  /** rule_id, category, findings, flagged_posts, authors (distinct hashed authors). */
  static Dataset<Row> byRule(Dataset<Row> findings) {
    return findings.groupBy("rule_id", "category")
        .agg(count(lit(1)).as("findings"), countDistinct(col(JudgedPosts.ITEM_ID)).as("flagged_posts"), countDistinct(col(JudgedPosts.AUTHOR_HASH)).as("authors"))
        .orderBy(col("findings").desc(), col("rule_id"));
  }

  /** problem, rows, example_id (the smallest id among them, when they have ids). */
  static Dataset<Row> skipped(Dataset<Row> judged) {
    return judged.where(col(JudgedPosts.PROBLEM).isNotNull()).groupBy(JudgedPosts.PROBLEM)
        .agg(count(lit(1)).as("rows"), min(col(JudgedPosts.ITEM_ID)).as("example_id"))
        .orderBy(JudgedPosts.PROBLEM);
  }

  /** The run's totals in one row: rows, posts (judged), skipped, flagged_posts, findings. */
  static Dataset<Row> totals(Dataset<Row> judged) {
    Column judgedPost = col(JudgedPosts.PROBLEM).isNull();
    Column found = size(col(JudgedPosts.FINDINGS));
    return judged.agg(count(lit(1)).as("rows"), sum(when(judgedPost, 1).otherwise(0)).as("posts"), sum(when(judgedPost, 0).otherwise(1)).as("skipped"),
        sum(when(found.gt(0), 1).otherwise(0)).as("flagged_posts"), sum(found).as("findings"));
  }

  /** The skipped rows by problem code, in code order, from {@link #skipped}'s collected rows. */
  static Map<String, Long> skippedByCode(List<Row> skipped) {
    Map<String, Long> byCode = new LinkedHashMap<>();
    for (Row row : skipped) {
      byCode.put(row.getString(0), row.getLong(1));
    }
    return byCode;
  }
}
