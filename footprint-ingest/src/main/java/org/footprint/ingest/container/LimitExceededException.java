package org.footprint.ingest.container;

import java.io.IOException;

/** An entry broke an {@link org.footprint.ingest.IngestLimits} limit while it was read; the problem is already reported. */
public final class LimitExceededException extends IOException {
  private final String code;

  public LimitExceededException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The problem code that was reported, e.g. {@code ingest.zip.bomb}. */
  public String code() {
    return code;
  }
}
