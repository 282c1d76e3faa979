package org.footprint.ingest.twitter;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import org.footprint.ingest.json.JsonRecords;
import org.footprint.ingest.json.JsonRecords.BadData;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ReadContext;

/**
 * X's data files are JavaScript: {@code window.YTD.tweets.part0 = [ … ]} (and {@code window.__THAR_CONFIG = {…}}
 * in the manifest). The prefix is skipped while streaming, up to and including the first '=', and the rest goes
 * to the JSON parser; the file is never evaluated and never read whole. A file that is already bare JSON (someone
 * stripped the prefix) is read as it is.
 */
final class YtdFile {
  /** Problem code: a data file with neither the {@code window.YTD… =} prefix nor bare JSON. */
  static final String NO_PREFIX = "ingest.twitter.no-prefix";
  private static final int LONGEST_PREFIX = 256;

  private YtdFile() {}

  /** The entry's text from just after the assignment's '='. */
  static JsonRecords.Source source(ReadContext context, ExportEntry entry) {
    return () -> skipPrefix(context.text(entry));
  }

  static Reader skipPrefix(Reader text) throws IOException {
    PushbackReader reader = new PushbackReader(text, 1);
    for (int read = 0; read < LONGEST_PREFIX; read++) {
      int c = reader.read();
      if (c == '=') {
        return reader;
      }
      if (c == '[' || c == '{') {
        reader.unread(c);
        return reader;
      }
      if (c < 0) {
        reader.close();
        if (read == 0) {
          throw new BadData(JsonRecords.TRUNCATED, "the file is empty; it may have been cut short while downloading or unpacking");
        }
        break;
      }
    }
    reader.close();
    throw new BadData(NO_PREFIX, "this is not one of X's data files: it does not start with 'window.YTD.… ='");
  }
}
