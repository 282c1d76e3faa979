package org.footprint.ingest.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a CSV whose one record grows beyond a limit, so a hostile file cannot fill the memory: a record ends at a
 * line break outside quotes, and a doubled quote inside a field toggles the quote state twice, changing nothing.
 */
final class RecordLimitReader extends FilterReader {
  /** Thrown when a record passes the limit. */
  static final class RecordTooLongException extends IOException {
    RecordTooLongException(long limit) {
      super("a record is longer than " + limit + " characters");
    }
  }

  private final long limit;
  private long inRecord;
  private boolean quoted;

  RecordLimitReader(Reader in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      count(buffer[i]);
    }
    return n;
  }

  private void count(char c) throws RecordTooLongException {
    if (c == '"') {
      quoted = !quoted;
    } else if (c == '\n' && !quoted) {
      inRecord = 0;
      return;
    }
    if (++inRecord > limit) {
      throw new RecordTooLongException(limit);
    }
  }
}
