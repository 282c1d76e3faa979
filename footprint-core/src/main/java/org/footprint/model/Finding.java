package org.footprint.model;

import java.util.List;

/**
 * One explained judgement about one item.
 *
 * @param itemId the item it is about
 * @param involvement whether the user wrote the item, endorsed it, or others posted or sent it
 * @param category what kind of risk
 * @param severity after the policy pack's adjustment and the involvement's
 * @param confidence how sure the rule is, 0..1, as declared in the rule's data
 * @param evidence the spans of the original text that made the rule fire
 * @param ruleId the id of the rule that fired, e.g. {@code hostility.insult-at-target}
 * @param message one line saying what was found
 * @param explanation why it matters, in plain English
 * @param clauses the code provisions it relates to, from the policy pack
 * @param remediation what to do, most useful first
 * @param suggestion a suggested rewording, or null where the rule offers none
 */
public record Finding(
    String itemId,
    Involvement involvement,
    Category category,
    Severity severity,
    double confidence,
    List<EvidenceSpan> evidence,
    String ruleId,
    String message,
    String explanation,
    List<Clause> clauses,
    List<Remediation> remediation,
    String suggestion) {

  public Finding {
    evidence = List.copyOf(evidence);
    clauses = List.copyOf(clauses);
    remediation = List.copyOf(remediation);
  }

  /** The finding's stable id in every report, on Spark and in the store: the item and the rule, so review decisions survive re-scans. */
  public String id() {
    return itemId + "#" + ruleId;
  }
}
