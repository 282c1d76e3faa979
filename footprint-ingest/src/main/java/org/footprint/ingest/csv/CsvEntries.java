package org.footprint.ingest.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.footprint.ingest.problems.ReadProblems;
import org.footprint.ingest.sniff.Sniff;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;

/**
 * CSV files of exports: quoted fields may span lines and hold doubled quotes; a few files (LinkedIn's
 * {@code Connections.csv}) put note lines before the header, so the header is the first record holding
 * every required column. Problems reported:
 * <ul>
 *   <li>{@code ingest.csv.missing-column}: no header with the required columns within the first lines;</li>
 *   <li>{@code ingest.csv.malformed}: broken quoting; rows before the break were read;</li>
 *   <li>{@code ingest.csv.too-long}: a row beyond ten million characters (an unclosed quote, or a hostile file);
 *       rows before it were read.</li>
 * </ul>
 */
public final class CsvEntries {
  private static final int MAX_PREAMBLE_RECORDS = 10;
  private static final int HEADER_PEEK_BYTES = 8192;
  /** Longest row read; a longer one is a broken or hostile file. */
  static final int MAX_RECORD_CHARS = 10_000_000;
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build();

  private CsvEntries() {}

  /** One data row, read by column name (case-insensitive); a missing or short cell reads as "". */
  public record Row(List<String> header, CSVRecord record) {
    public String get(String column) {
      for (int i = 0; i < header.size() && i < record.size(); i++) {
        if (header.get(i).equalsIgnoreCase(column)) {
          return record.get(i);
        }
      }
      return "";
    }

    /** 1-based record number in the file, stable for derived ids. */
    public long number() {
      return record.getRecordNumber();
    }
  }

  /** Every entry whose name ends {@code .csv}, ignoring case. */
  public static List<ExportEntry> csvFiles(ExportTree tree) {
    return tree.entries().stream().filter(e -> e.fileName().toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
  }

  /**
   * The header (first line) of {@code entry}, read from its first bytes only, for cheap detection;
   * empty when the entry is not readable as CSV.
   */
  public static Optional<List<String>> header(ExportTree tree, ExportEntry entry) {
    try {
      String head = new String(Sniff.head(tree, entry, HEADER_PEEK_BYTES), StandardCharsets.UTF_8);
      if (head.startsWith("\uFEFF")) {
        head = head.substring(1);
      }
      int end = head.indexOf('\n');
      String line = (end < 0 ? head : head.substring(0, end)).strip();
      try (CSVParser parser = CSVParser.parse(new StringReader(line), FORMAT)) {
        Iterator<CSVRecord> records = parser.iterator();
        return records.hasNext() ? Optional.of(trimmed(records.next())) : Optional.empty();
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** True when {@code header} holds every one of {@code columns}, ignoring case. */
  public static boolean hasColumns(List<String> header, List<String> columns) {
    List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    return columns.stream().allMatch(c -> lower.contains(c.toLowerCase(Locale.ROOT)));
  }

  /**
   * Streams the rows of {@code entry} below its header to {@code rows}. Returns false (after reporting a problem)
   * when no header with {@code required} columns was found; a quoting error mid-file stops at that row.
   */
  public static boolean read(ReadContext context, ExportEntry entry, List<String> required, Consumer<Row> rows) {
    try (Reader reader = new RecordLimitReader(context.text(entry), MAX_RECORD_CHARS); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = null;
      for (int i = 0; i < MAX_PREAMBLE_RECORDS && header == null && records.hasNext(); i++) {
        List<String> candidate = trimmed(records.next());
        if (hasColumns(candidate, required)) {
          header = candidate;
        }
      }
      if (header == null) {
        context.problem(entry, "ingest.csv.missing-column",
            "No header with the columns " + String.join(", ", required) + " was found.");
        return false;
      }
      while (records.hasNext()) {
        rows.accept(new Row(header, records.next()));
      }
      return true;
    } catch (RecordLimitReader.RecordTooLongException e) {
      tooLong(context, entry);
    } catch (IOException e) {
      ReadProblems.report(context, entry, e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof RecordLimitReader.RecordTooLongException) {
        tooLong(context, entry);
      } else {
        malformed(context, entry);
      }
    } catch (IllegalStateException e) {
      malformed(context, entry);
    }
    return true;
  }

  private static void tooLong(ReadContext context, ExportEntry entry) {
    context.problem(entry, "ingest.csv.too-long",
        "A row is longer than " + MAX_RECORD_CHARS + " characters (an unclosed quote?); rows before it were read.");
  }

  private static void malformed(ReadContext context, ExportEntry entry) {
    context.problem(entry, "ingest.csv.malformed", "The CSV is broken (unbalanced quotes?); rows before the break were read.");
  }

  private static List<String> trimmed(CSVRecord record) {
    List<String> cells = new ArrayList<>(record.size());
    for (String cell : record) {
      cells.add(cell.strip().replace("\uFEFF", ""));
    }
    return cells;
  }
}
