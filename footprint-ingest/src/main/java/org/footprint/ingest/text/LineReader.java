package org.footprint.ingest.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r}) with a bound on their length, so that one enormous
 * line cannot exhaust memory: the rest of a line past the bound is skipped and {@link #truncated()} says so.
 */
public final class LineReader implements Closeable {
  private final Reader in;
  private final int maxLength;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private boolean truncated;
  private long lineNumber;
  private boolean pendingLineFeed;

  public LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** The next line without its terminator, or null at the end. */
  public String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    truncated = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          lineNumber++;
          return line.toString();
        }
      }
      char c = buffer[position++];
      if (pendingLineFeed) {
        pendingLineFeed = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n' || c == '\r') {
        pendingLineFeed = c == '\r';
        lineNumber++;
        return line.toString();
      }
      if (line.length() < maxLength) {
        line.append(c);
      } else {
        truncated = true;
      }
    }
  }

  /** True when the line last returned was cut at the maximum length. */
  public boolean truncated() {
    return truncated;
  }

  /** The number of the line last returned, from 1. */
  public long lineNumber() {
    return lineNumber;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
