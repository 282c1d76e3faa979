package org.footprint.ingest.whatsapp;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a text, each cut at a maximum length so that a file without line breaks cannot fill the memory;
 * the cut part is skipped. Ends of line are {@code \n}, {@code \r\n} or {@code \r}.
 */
final class BoundedLines {
  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private boolean lastWasCarriageReturn;
  private boolean cut;

  BoundedLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its end, or null at the end of the text. */
  String next() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? line.toString() : null;
        }
      }
      char c = buffer[position++];
      if (c == '\n' && lastWasCarriageReturn) {
        lastWasCarriageReturn = false;
        continue; // the \n of a \r\n
      }
      lastWasCarriageReturn = c == '\r';
      if (c == '\n' || c == '\r') {
        return line.toString();
      }
      any = true;
      if (line.length() < maxChars) {
        line.append(c);
      } else {
        cut = true;
      }
    }
  }

  /** True once a line was longer than allowed and cut. */
  boolean wasCut() {
    return cut;
  }
}
