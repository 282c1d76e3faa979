package org.footprint.spark;

import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.footprint.ingest.corpus.CorpusProblem;
import org.footprint.model.Clause;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Remediation;

/**
 * The rows the judge makes, one per corpus row: the post (its author hashed) and its findings, or what was wrong
 * with the row. A finding has the fields of {@code $defs/finding} in the scan report's JSON Schema
 * ({@code footprint-report/src/main/resources/schema/scan.schema.json}) under the same names, its item's fields
 * apart.
 */
final class JudgedPosts {
  static final String ITEM_ID = "item_id";
  static final String AUTHOR_HASH = "author_hash";
  static final String PLATFORM = "platform";
  static final String CREATED_AT = "created_at";
  /** Null for a post that was judged; else the problem code ({@link CorpusProblem}). */
  static final String PROBLEM = "problem";
  static final String FINDINGS = "findings";

  static final StructType EVIDENCE = new StructType()
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("role", DataTypes.StringType, false);
  static final StructType CLAUSE = new StructType()
      .add("code", DataTypes.StringType, false)
      .add("clause", DataTypes.StringType, false)
      .add("summary", DataTypes.StringType, false)
      .add("verified", DataTypes.BooleanType, false);
  static final StructType REMEDIATION = new StructType()
      .add("action", DataTypes.StringType, false)
      .add("advice", DataTypes.StringType, false);
  static final StructType FINDING = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("rule_id", DataTypes.StringType, false)
      .add("category", DataTypes.StringType, false)
      .add("severity", DataTypes.StringType, false)
      .add("involvement", DataTypes.StringType, false)
      .add("confidence", DataTypes.DoubleType, false)
      .add("message", DataTypes.StringType, false)
      .add("explanation", DataTypes.StringType, false)
      .add("evidence", DataTypes.createArrayType(EVIDENCE, false), false)
      .add("clauses", DataTypes.createArrayType(CLAUSE, false), false)
      .add("remediation", DataTypes.createArrayType(REMEDIATION, false), false)
      .add("suggestion", DataTypes.StringType, true);
  static final StructType POST = new StructType()
      .add(ITEM_ID, DataTypes.StringType, true)
      .add(AUTHOR_HASH, DataTypes.StringType, true)
      .add(PLATFORM, DataTypes.StringType, true)
      .add(CREATED_AT, DataTypes.TimestampType, true)
      .add(PROBLEM, DataTypes.StringType, true)
      .add(FINDINGS, DataTypes.createArrayType(FINDING, false), false);

  private JudgedPosts() {}

  /** A judged post's row ({@code createdAt} an {@code Instant}: the job turns on Spark's java.time API). */
  static Row judged(String itemId, String authorHash, String platform, Instant createdAt, List<Finding> findings) {
    return RowFactory.create(itemId, authorHash, platform, createdAt, null, findings.stream().map(JudgedPosts::finding).toArray(Row[]::new));
  }

  /** A row that was not judged, with its id when it has one. */
  static Row skipped(String itemId, CorpusProblem problem) {
    return RowFactory.create(itemId, null, null, null, problem.code(), new Row[0]);
  }

  private static Row finding(Finding finding) {
    return RowFactory.create(finding.id(), finding.ruleId(), finding.category().id(), finding.severity().id(),
        finding.involvement().id(), finding.confidence(), finding.message(), finding.explanation(),
        finding.evidence().stream().map(JudgedPosts::evidence).toArray(Row[]::new),
        finding.clauses().stream().map(JudgedPosts::clause).toArray(Row[]::new),
        finding.remediation().stream().map(JudgedPosts::remediation).toArray(Row[]::new), finding.suggestion());
  }

  private static Row evidence(EvidenceSpan span) {
    return RowFactory.create(span.start(), span.end(), span.text(), span.role());
  }

  private static Row clause(Clause clause) {
    return RowFactory.create(clause.code(), clause.reference(), clause.summary(), clause.verified());
  }

  private static Row remediation(Remediation remediation) {
    return RowFactory.create(remediation.id(), remediation.advice());
  }
}
