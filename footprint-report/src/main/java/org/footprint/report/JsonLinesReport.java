package org.footprint.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a scan's findings as JSON Lines, for pipelines: one finding a line, in report order, each in the shape of the
 * scan document's {@code findings[]} (the schema's {@code $defs/finding}), review state included. Nothing else: no
 * header line, no summary, no strengths.
 */
public final class JsonLinesReport {
  private JsonLinesReport() {}

  /** Streams the findings one line at a time, as they were rendered when found; {@code out} is flushed, not closed. */
  public static void write(ExportScan scan, Writer out) throws IOException {
    scan.findings().forEachReportedInOrder(found -> ReviewJson.writeLine(out, found, ReviewJson.stateOf(scan.reviews(), found)));
    out.flush();
  }
}
