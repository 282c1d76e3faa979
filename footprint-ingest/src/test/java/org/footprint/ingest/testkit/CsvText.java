package org.footprint.ingest.testkit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a CSV file's text (minimal quoting, '\n' between records), for test builders. */
public final class CsvText {
  private CsvText() {}

  /** The rows a builder prints below the header. */
  public interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  public static String write(List<String> header, Rows rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
      printer.printRecord(header);
      rows.print(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
