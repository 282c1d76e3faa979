package org.footprint.ingest.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ReadContext;

/**
 * Turns a read failure into one of the stable problem codes shared by the readers:
 * <ul>
 *   <li>{@code ingest.json.truncated}: the file ends in the middle of a JSON value;</li>
 *   <li>{@code ingest.json.too-large}: JSON nesting or a string beyond the reading limits;</li>
 *   <li>{@code ingest.json.malformed}: not JSON at all, or broken JSON syntax;</li>
 *   <li>{@code ingest.entry.unreadable}: the bytes of the entry could not be read (or a container limit stopped it).</li>
 * </ul>
 * Valid JSON of the wrong shape is {@code ingest.json.wrong-shape}, reported by the readers themselves.
 */
public final class ReadProblems {
  private ReadProblems() {}

  /** Reports {@code e}, classifying JSON failures by their kind. */
  public static void report(ReadContext context, ExportEntry entry, IOException e) {
    if (e instanceof JsonEOFException) {
      context.problem(entry, "ingest.json.truncated", "The file ends in the middle of the JSON; items before the cut were read.");
    } else if (e instanceof StreamConstraintsException constraints) {
      context.problem(entry, "ingest.json.too-large", "The JSON goes beyond the reading limits: " + constraints.getOriginalMessage());
    } else if (e instanceof JsonProcessingException json) {
      context.problem(entry, "ingest.json.malformed", "The file is not valid JSON: " + json.getOriginalMessage());
    } else {
      context.problem(entry, "ingest.entry.unreadable", "The file could not be read: " + e.getMessage());
    }
  }
}
