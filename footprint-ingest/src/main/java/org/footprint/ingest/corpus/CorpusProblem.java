package org.footprint.ingest.corpus;

/** Why a row of a researcher's corpus was skipped rather than judged: counted by code, never a failure of the run. */
public enum CorpusProblem {
  UNREADABLE("corpus.unreadable-row", "a line that is not a JSON object"),
  MISSING_ID("corpus.missing-id", "no id"),
  MISSING_AUTHOR("corpus.missing-author", "no author"),
  MISSING_TEXT("corpus.missing-text", "no text"),
  BAD_DATE("corpus.bad-date", "a created-at that is not an ISO-8601 date or date-time");

  private final String code;
  private final String what;

  CorpusProblem(String code, String what) {
    this.code = code;
    this.what = what;
  }

  /** The problem code, printed and counted: {@code corpus.missing-text}. */
  public String code() {
    return code;
  }

  /** What was wrong with the row, in words. */
  public String what() {
    return what;
  }

  /** @throws IllegalArgumentException for a code that is none of these */
  public static CorpusProblem ofCode(String code) {
    for (CorpusProblem problem : values()) {
      if (problem.code.equals(code)) {
        return problem;
      }
    }
    throw new IllegalArgumentException("unknown problem code '" + code + "'");
  }
}
