package org.footprint.ingest.text;

import java.io.IOException;
import java.io.Reader;

/** Drops NUL characters (left by broken tools and truncated writes), warning once. */
final class NulStrippingReader extends Reader {
  private final Reader in;
  private final TextWarnings warnings;
  private boolean warned;

  NulStrippingReader(Reader in, TextWarnings warnings) {
    this.in = in;
    this.warnings = warnings;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    while (true) {
      int n = in.read(buffer, offset, length);
      if (n <= 0) {
        return n;
      }
      int kept = offset;
      for (int i = offset; i < offset + n; i++) {
        if (buffer[i] != '\0') {
          buffer[kept++] = buffer[i];
        }
      }
      if (kept - offset < n && !warned) {
        warned = true;
        warnings.warn("ingest.text.nul-bytes", "the file contains NUL bytes, which were removed");
      }
      if (kept > offset) {
        return kept - offset;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

}
