package org.footprint.spark;

import java.time.Instant;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.footprint.analysis.Analyzer;
import org.footprint.analysis.ScanJudgement;
import org.footprint.ingest.corpus.CorpusPost;
import org.footprint.ingest.corpus.CorpusProblem;

/**
 * Judges one partition of the corpus's rows ({@link CorpusFormat#read}) with this JVM's shared analyser, exactly as a
 * scan on one machine judges an item ({@link ScanJudgement}): each row becomes a {@link CorpusPost} and yields one
 * {@link JudgedPosts#POST} row, its author replaced by the keyed hash, or the row's problem when it was skipped.
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
    String id = row.getAs(CorpusColumns.ID);
    CorpusPost post = row.getAs(CorpusColumns.UNREADABLE) != null ? CorpusPost.skipped(CorpusProblem.UNREADABLE)
        : CorpusPost.of(id, row.getAs(CorpusColumns.AUTHOR), row.getAs(CorpusColumns.CREATED_AT), row.getAs(CorpusColumns.TEXT),
            row.getAs(CorpusColumns.PLATFORM), row.getAs(CorpusColumns.REPLY_TO), defaultPlatform);
    if (post.problem() != null) {
      return JudgedPosts.skipped(id == null || id.isBlank() ? null : id, post.problem());
    }
    return JudgedPosts.judged(post.item().id(), authors.of(post.author()), post.item().platform(), post.item().createdAt(),
        ScanJudgement.risks(analyzer, post.item(), scannedAt));
  }
}
