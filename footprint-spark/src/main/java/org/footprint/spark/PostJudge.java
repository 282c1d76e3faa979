package org.footprint.spark;

import java.time.Instant;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.footprint.analysis.Analyzer;
import org.footprint.analysis.ScanJudgement;
import org.footprint.ingest.drafts.Dates;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * Judges one partition of the corpus's rows ({@link CorpusFormat#read}) with this JVM's shared analyser, exactly as a
 * scan on one machine judges an item ({@link ScanJudgement}): each row becomes a public post the author wrote
 * themselves, and yields one {@link JudgedPosts#POST} row, its author replaced by the keyed hash. A row without an id,
 * author or text, with a date that is not a date, or (JSON) that is not an object is skipped with its problem code.
 */
final class PostJudge implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final String packId;
  private final Instant scannedAt;
  private final String defaultPlatform;
  // Travels with the task, in memory, to the executors; never written to any output or log.
  private final byte[] authorKey;

  PostJudge(String packId, Instant scannedAt, String defaultPlatform, byte[] authorKey) {
    this.packId = packId;
    this.scannedAt = scannedAt;
    this.defaultPlatform = defaultPlatform;
    this.authorKey = authorKey.clone();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Analyzer analyzer = SharedAnalyzers.forPack(packId);
    AuthorHash authors = new AuthorHash(authorKey);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return judge(analyzer, authors, rows.next());
      }
    };
  }

  private Row judge(Analyzer analyzer, AuthorHash authors, Row row) {
    String id = blankToNull(row.getAs(CorpusColumns.ID));
    if (row.getAs(CorpusColumns.UNREADABLE) != null) {
      return JudgedPosts.skipped(id, SkippedRow.UNREADABLE);
    }
    if (id == null) {
      return JudgedPosts.skipped(null, SkippedRow.MISSING_ID);
    }
    String author = blankToNull(row.getAs(CorpusColumns.AUTHOR));
    if (author == null) {
      return JudgedPosts.skipped(id, SkippedRow.MISSING_AUTHOR);
    }
    String text = row.getAs(CorpusColumns.TEXT);
    if (text == null || text.isBlank()) {
      return JudgedPosts.skipped(id, SkippedRow.MISSING_TEXT);
    }
    String date = blankToNull(row.getAs(CorpusColumns.CREATED_AT));
    Instant createdAt = Dates.parse(date);
    if (date != null && createdAt == null) {
      return JudgedPosts.skipped(id, SkippedRow.BAD_DATE);
    }
    String platform = blankToNull(row.getAs(CorpusColumns.PLATFORM));
    Item item = Item.builder(platform == null ? defaultPlatform : platform, id).id(id).kind(ItemKind.POST).authoredBySelf(true)
        .audience(Audience.PUBLIC).createdAt(createdAt).text(text).replyTo(blankToNull(row.getAs(CorpusColumns.REPLY_TO))).build();
    return JudgedPosts.judged(id, authors.of(author), item.platform(), createdAt,
        ScanJudgement.assess(analyzer, item, scannedAt).risks());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
