package org.footprint.ingest.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ReadContext;

/**
 * The one place a read failure becomes a stable problem code, for every reader (and for
 * {@link org.footprint.ingest.json.JsonRecords}):
 * <ul>
 *   <li>{@value #TRUNCATED}: the file ends in the middle of a JSON value;</li>
 *   <li>{@value #TOO_DEEP}, {@value #STRING_TOO_LONG}, {@value #NUMBER_TOO_LONG}: the JSON breaks the parser's
 *       limits (the same codes as {@link org.footprint.ingest.text.JsonLimits} records);</li>
 *   <li>{@value #MALFORMED}: not JSON at all, or broken JSON syntax;</li>
 *   <li>{@value #UNREADABLE}: the bytes of the entry could not be read (or a container limit stopped it).</li>
 * </ul>
 * Valid JSON of the wrong shape is {@code ingest.json.wrong-shape}, reported by the readers themselves.
 */
public final class ReadProblems {
  public static final String TRUNCATED = "ingest.json.truncated";
  public static final String MALFORMED = "ingest.json.malformed";
  public static final String TOO_DEEP = "ingest.json.too-deep";
  public static final String STRING_TOO_LONG = "ingest.json.string-too-long";
  public static final String NUMBER_TOO_LONG = "ingest.json.number-too-long";
  public static final String UNREADABLE = "ingest.entry.unreadable";

  private ReadProblems() {}

  /** Reports {@code e}, classifying JSON failures by their kind. */
  public static void report(ReadContext context, ExportEntry entry, IOException e) {
    if (e instanceof JsonEOFException eof) {
      context.problem(entry, TRUNCATED, "the file ends in the middle of its data" + where(eof)
          + "; it may have been cut short while downloading or unpacking");
    } else if (e instanceof StreamConstraintsException limit) {
      // Jackson's own messages ("Document nesting depth", "Number value length") and JsonLimits' ("nests deeper",
      // "a JSON number") both name what was too big.
      String what = String.valueOf(limit.getOriginalMessage());
      if (what.startsWith("Number") || what.contains("JSON number")) {
        context.problem(entry, NUMBER_TOO_LONG, "a number in the data is longer than it is safe to read" + where(limit));
      } else if (what.contains("nesting") || what.contains("nests")) {
        context.problem(entry, TOO_DEEP, "the data nests deeper than any export does" + where(limit));
      } else {
        context.problem(entry, STRING_TOO_LONG, "a string in the data is longer than it is safe to read" + where(limit));
      }
    } else if (e instanceof JsonProcessingException syntax) {
      context.problem(entry, MALFORMED, "the file is not valid JSON" + where(syntax));
    } else {
      context.problem(entry, UNREADABLE, "the file could not be read: " + e.getMessage());
    }
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
