package org.footprint.ingest.twitter;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.footprint.ingest.json.JsonRecords;
import org.footprint.ingest.json.JsonRecords.BadData;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;

/**
 * X's data files are JavaScript: {@code window.YTD.tweets.part0 = [ … ]} (and {@code window.__THAR_CONFIG = {…}}
 * in the manifest), always in UTF-8. The prefix is skipped byte by byte while streaming, up to and including the
 * first '=', and the rest of the bytes go to the JSON parser; the file is never evaluated and never read whole. A file that is already bare JSON (someone
 * stripped the prefix) is read as it is.
 */
final class YtdFile {
  /** Problem code: a data file with neither the {@code window.YTD… =} prefix nor bare JSON. */
  static final String NO_PREFIX = "ingest.twitter.no-prefix";
  private static final int LONGEST_PREFIX = 256;

  private YtdFile() {}

  /** A parser over the entry's bytes from just after the assignment's '='. */
  static JsonRecords.Source source(ExportTree tree, ExportEntry entry) {
    return json -> json.createParser(skipPrefix(tree.open(entry)));
  }

  static InputStream skipPrefix(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(LONGEST_PREFIX + 1);
    for (int read = 0; read < LONGEST_PREFIX; read++) {
      int b = in.read();
      if (b == '=') {
        return in;
      }
      if (b == '[' || b == '{') {
        in.reset();
        in.skip(read);
        return in;
      }
      if (b < 0) {
        in.close();
        if (read == 0) {
          throw new BadData(JsonRecords.TRUNCATED, "the file is empty; it may have been cut short while downloading or unpacking");
        }
        break;
      }
    }
    in.close();
    throw new BadData(NO_PREFIX, "this is not one of X's data files: it does not start with 'window.YTD.… ='");
  }
}
