package org.footprint.model;

import java.util.Locale;

/** What the user can do about a finding. */
public enum Remediation {
  DELETE("Delete the post"),
  EDIT("Edit the post"),
  RESTRICT_AUDIENCE("Restrict who can see it"),
  REMOVE_LOCATION("Remove the location or strip photo metadata"),
  UNTAG("Untag yourself"),
  HIDE_FROM_PROFILE("Hide it from your timeline or profile"),
  ASK_POSTER_TO_REMOVE("Ask the person who posted it to remove it"),
  UNDO_ENDORSEMENT("Undo the like, repost or boost"),
  KEEP_A_RECORD("Do not carry the contact on privately: keep a record and tell your manager"),
  REPORT("Report it to the platform or your employer"),
  BULK_DELETE("Clear out old posts in bulk (the scan report lists their links under old_items)"),
  /** For a strength: nothing to fix. */
  KEEP("Keep it: posts like this show the value of your professional presence");

  private final String advice;

  Remediation(String advice) {
    this.advice = advice;
  }

  /** A short imperative sentence for people. */
  public String advice() {
    return advice;
  }

  /** The kebab-case id used in rule files and outputs, e.g. {@code restrict-audience}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Remediation parse(String text) {
    for (Remediation remediation : values()) {
      if (remediation.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return remediation;
      }
    }
    throw new IllegalArgumentException("unknown remediation '" + text + "'");
  }
}
