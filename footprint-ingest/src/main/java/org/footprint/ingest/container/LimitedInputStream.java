package org.footprint.ingest.container;

import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of one entry as they are read and stops at its cap and at the input's budget, whatever the
 * entry's header declared. A read error from the container (a broken deflate stream, a truncated file) is
 * reported once as {@code corruptCode}. Either way the caller gets an {@link IOException}.
 */
final class LimitedInputStream extends InputStream {
  private final InputStream in;
  private final long cap;
  private final String capCode;
  private final String capMessage;
  private final ReadBudget budget;
  private final EntryReport report;
  private final String corruptCode;
  private long count;
  private boolean failed;

  /** Reports one problem about the entry being read. */
  interface EntryReport {
    void problem(String code, String message);

    void bytesRead(long count);
  }

  LimitedInputStream(InputStream in, long cap, String capCode, String capMessage, ReadBudget budget, String corruptCode, EntryReport report) {
    this.in = in;
    this.cap = cap;
    this.capCode = capCode;
    this.capMessage = capMessage;
    this.budget = budget;
    this.corruptCode = corruptCode;
    this.report = report;
  }

  private final byte[] one = new byte[1];

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (failed) {
      throw new IOException("entry already failed");
    }
    int n;
    try {
      // Read at most one byte past the cap: enough to prove the entry is longer than allowed.
      n = in.read(buffer, offset, (int) Math.min(length, cap - count + 1));
    } catch (LimitExceededException e) {
      failed = true;
      throw e;
    } catch (IOException | RuntimeException e) {
      // commons-compress throws IllegalArgumentException and friends on some malformed data.
      failed = true;
      String message = "the entry's data is damaged: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      report.problem(corruptCode, message);
      throw new LimitExceededException(corruptCode, message);
    }
    if (n > 0) {
      count += n;
      if (count > cap) {
        throw fail(capCode, capMessage);
      }
      if (!budget.take(n)) {
        throw fail("ingest.input.too-large", "the input yields more than " + budget.maxBytes() + " bytes in all; the rest is not read");
      }
      report.bytesRead(n);
    }
    return n;
  }

  private LimitExceededException fail(String code, String message) {
    failed = true;
    report.problem(code, message);
    return new LimitExceededException(code, message);
  }

  // skip() is InputStream's: it reads through read(), so skipped bytes are counted too.

  @Override
  public int available() throws IOException {
    return failed ? 0 : in.available();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
