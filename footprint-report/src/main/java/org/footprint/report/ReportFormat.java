package org.footprint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The report files {@code footprint scan --report} can write, each named {@code report.<extension>} in the output folder. */
public enum ReportFormat {
  HTML("html", HtmlReport::write),
  JSON("json", (scan, out) -> {
    JsonReport.writeScan(scan, out);
    out.write('\n');
  }),
  CSV("csv", CsvReport::write),
  JSONL("jsonl", JsonLinesReport::write);

  /** Writes one report of a scan to an open writer, which it flushes and leaves open. */
  @FunctionalInterface
  private interface ReportWriter {
    void write(ExportScan scan, Writer out) throws IOException;
  }

  private final String id;
  private final ReportWriter writer;

  ReportFormat(String id, ReportWriter writer) {
    this.id = id;
    this.writer = writer;
  }

  /** The name on the command line and the file's extension. */
  public String id() {
    return id;
  }

  public String fileName() {
    return "report." + id;
  }

  public void write(ExportScan scan, Writer out) throws IOException {
    writer.write(scan, out);
  }

  public static ReportFormat parse(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat format : values()) {
      if (format.id.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown report '" + text + "' (expected html, json, csv or jsonl)");
  }
}
