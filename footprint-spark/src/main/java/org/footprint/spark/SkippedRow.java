package org.footprint.spark;

/** Why a corpus row was skipped rather than judged: counted by code in the summary, never a job failure. */
enum SkippedRow {
  UNREADABLE("corpus.unreadable-row", "a line that is not a JSON object"),
  MISSING_ID("corpus.missing-id", "no id"),
  MISSING_AUTHOR("corpus.missing-author", "no author"),
  MISSING_TEXT("corpus.missing-text", "no text"),
  BAD_DATE("corpus.bad-date", "a created-at that is not an ISO-8601 date or date-time");

  private final String code;
  private final String what;

  SkippedRow(String code, String what) {
    this.code = code;
    this.what = what;
  }

  /** The problem code, printed and counted: {@code corpus.missing-text}. */
  String code() {
    return code;
  }

  /** What was wrong with the row, in words. */
  String what() {
    return what;
  }

  static SkippedRow ofCode(String code) {
    for (SkippedRow problem : values()) {
      if (problem.code.equals(code)) {
        return problem;
      }
    }
    throw new IllegalArgumentException("unknown problem code '" + code + "'");
  }
}
