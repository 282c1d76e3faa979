package org.footprint.ingest.text;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Drops NUL characters (left by broken tools and truncated writes), warning once. */
final class NulStrippingReader extends FilterReader {
  private final TextWarnings warnings;
  private boolean warned;

  NulStrippingReader(Reader in, TextWarnings warnings) {
    super(in);
    this.warnings = warnings;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n;
    do {
      n = read(one, 0, 1);
    } while (n == 0);
    return n < 0 ? -1 : one[0];
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
  public long skip(long n) throws IOException {
    char[] scratch = new char[(int) Math.min(8192, Math.max(1, n))];
    long skipped = 0;
    while (skipped < n) {
      int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
