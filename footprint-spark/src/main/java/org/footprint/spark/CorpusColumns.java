package org.footprint.spark;

import java.io.Serializable;

/**
 * Which columns of the researcher's corpus hold what; {@code platform} and {@code replyTo} may be null (not in the
 * corpus).
 */
record CorpusColumns(String id, String author, String createdAt, String text, String platform, String replyTo) implements Serializable {
  // The names the reader gives them, whatever the corpus calls them.
  static final String ID = "id";
  static final String AUTHOR = "author";
  static final String CREATED_AT = "created_at";
  static final String TEXT = "text";
  static final String PLATFORM = "platform";
  static final String REPLY_TO = "reply_to";
  /** The raw line of a JSON row that could not be parsed, else null. */
  static final String UNREADABLE = "_unreadable";
}
