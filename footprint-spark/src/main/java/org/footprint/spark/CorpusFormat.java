package org.footprint.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * The file formats a corpus may come in, each read into the same rows: the columns of {@link CorpusColumns} under
 * their own names, every value a string (an ISO-8601 string for a Parquet timestamp), so that one judge reads them all.
 */
enum CorpusFormat {
  /** JSON Lines: one object per line; fields are found by name, a line that is not JSON is kept as unreadable. */
  JSONL,
  /** CSV with a header line, RFC 4180 quoting; columns are found by the header's names. */
  CSV,
  /** Parquet: columns found by name; timestamps are read as UTC instants. */
  PARQUET;

  /** The format a path's name says: {@code .jsonl}, {@code .ndjson} or {@code .json}; {@code .csv}; {@code .parquet}. */
  static CorpusFormat of(String path) {
    String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".parquet")) {
      return PARQUET;
    }
    throw new IllegalArgumentException(path + ": cannot tell the corpus format from its name: say --format jsonl, csv or parquet");
  }

  /**
   * The corpus's rows with the canonical columns.
   *
   * @param multiLine whether a JSON or CSV row may run over several lines (a quoted CSV text with a line break in it):
   *     such a file is read by one task, so it is off by default
   * @throws IllegalArgumentException when a CSV or Parquet corpus lacks a column named in {@code columns}
   */
  Dataset<Row> read(SparkSession spark, String path, CorpusColumns columns, boolean multiLine) {
    List<String> named = new ArrayList<>(Arrays.asList(columns.id(), columns.author(), columns.createdAt(), columns.text()));
    for (String optional : new String[] {columns.platform(), columns.replyTo()}) {
      if (optional != null) {
        named.add(optional);
      }
    }
    Dataset<Row> rows = switch (this) {
      case JSONL -> {
        // A schema of strings: no pass over the data to infer one, and any JSON value (a numeric id) read as its text.
        StructType schema = new StructType();
        for (String name : named.stream().distinct().toList()) {
          schema = schema.add(name, DataTypes.StringType);
        }
        yield spark.read().schema(schema.add(CorpusColumns.UNREADABLE, DataTypes.StringType))
            .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CorpusColumns.UNREADABLE).option("multiLine", multiLine).json(path);
      }
      case CSV -> spark.read().option("header", true).option("escape", "\"").option("multiLine", multiLine).csv(path);
      case PARQUET -> spark.read().parquet(path);
    };
    List<String> present = Arrays.asList(rows.columns());
    for (String name : named) {
      if (!present.contains(name)) {
        throw new IllegalArgumentException(path + ": no column '" + name + "' (the corpus has " + String.join(", ", present) + ")");
      }
    }
    return rows.select(text(rows, columns.id(), CorpusColumns.ID), text(rows, columns.author(), CorpusColumns.AUTHOR),
        text(rows, columns.createdAt(), CorpusColumns.CREATED_AT), text(rows, columns.text(), CorpusColumns.TEXT),
        text(rows, columns.platform(), CorpusColumns.PLATFORM), text(rows, columns.replyTo(), CorpusColumns.REPLY_TO),
        this == JSONL ? col(CorpusColumns.UNREADABLE) : lit(null).cast(DataTypes.StringType).as(CorpusColumns.UNREADABLE));
  }

  /** The column as a string under its canonical name: a timestamp as an ISO-8601 UTC instant (the session's zone is UTC). */
  private static Column text(Dataset<Row> rows, String name, String as) {
    if (name == null) {
      return lit(null).cast(DataTypes.StringType).as(as);
    }
    Column column = rows.col(name);
    boolean timestamp = rows.schema().apply(name).dataType() instanceof TimestampType || rows.schema().apply(name).dataType() instanceof TimestampNTZType;
    return (timestamp ? date_format(column, "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'") : column.cast(DataTypes.StringType)).as(as);
  }
}
