package org.footprint.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A researcher's corpus, generated: one row per post with the columns {@link #COLUMNS}, written as JSON Lines or CSV
 * (with a header), for the Spark job's tests and benchmarks. Posts come from {@link CorpusGenerator}; each is given
 * one of {@code authors} made-up author ids ({@code author-00042}), drawn from the same seed.
 */
public final class CorpusFile {
  /** The columns of every row, in order. */
  public static final String[] COLUMNS = {"id", "author", "created_at", "text", "platform", "reply_to"};

  /** How rows are written. */
  public enum Format {
    JSONL, CSV;

    /** The format a file's name ends with: {@code .jsonl} or {@code .csv}. */
    public static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".jsonl")) {
        return JSONL;
      }
      if (name.endsWith(".csv")) {
        return CSV;
      }
      throw new IllegalArgumentException(file + ": expected a name ending .jsonl or .csv");
    }
  }

  /** One post of the corpus; {@code createdAt} and {@code replyTo} may be null. */
  public record Row(String id, String author, Instant createdAt, String text, String platform, String replyTo) {}

  private CorpusFile() {}

  /** The first {@code count} rows from {@code seed}, lazily, in order: the same seed gives the same rows. */
  public static Stream<Row> rows(long seed, long count, int authors) {
    if (authors < 1) {
      throw new IllegalArgumentException("authors must be at least 1: " + authors);
    }
    SplittableRandom authorOf = new SplittableRandom(seed);
    return new CorpusGenerator(seed).posts(count).map(post -> new Row(post.item().id(), String.format(Locale.ROOT, "author-%05d", authorOf.nextInt(authors)),
        post.item().createdAt(), post.item().text(), post.item().platform(), post.item().replyTo()));
  }

  /** Writes {@code rows} to {@code file} in {@code format}, replacing it. */
  public static void write(Path file, Format format, Stream<Row> rows) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Iterator<Row> each = rows.iterator();
      if (format == Format.JSONL) {
        writeJsonLines(out, each);
      } else {
        writeCsv(out, each);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void writeJsonLines(Writer out, Iterator<Row> rows) throws IOException {
    JsonFactory factory = new JsonFactory();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    while (rows.hasNext()) {
      Row row = rows.next();
      try (JsonGenerator json = factory.createGenerator(out)) {
        json.writeStartObject();
        String[] values = values(row);
        for (int i = 0; i < COLUMNS.length; i++) {
          json.writeStringField(COLUMNS[i], values[i]);
        }
        json.writeEndObject();
      }
      out.write('\n');
    }
  }

  private static void writeCsv(Writer out, Iterator<Row> rows) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
    while (rows.hasNext()) {
      csv.printRecord((Object[]) values(rows.next()));
    }
    csv.flush();
  }

  private static String[] values(Row row) {
    return new String[] {row.id(), row.author(), row.createdAt() == null ? null : row.createdAt().toString(), row.text(), row.platform(), row.replyTo()};
  }
}
