package org.footprint.history;

import java.util.List;
import org.footprint.model.Category;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;

/**
 * What every cross-item rule of {@code history/cross-item.yaml} declares, whatever its analysis: the same fields a
 * per-item rule file has, so its findings are explained, graded and tied to clauses like every other finding.
 *
 * @param id e.g. {@code exposure.photo-home-cluster}; the category is its first part
 * @param severity before the policy pack
 * @param raisedSeverity what repetition or a dangerous combination raises it to, or null when it never rises
 * @param message one line with placeholders ({count}, {days}, {radius}, {near}, {target}, {inferred})
 * @param clauses extra clauses as {@code pack:reference}, each resolved in its pack when the file is read
 * @param flags histories the rule flags, described in words
 * @param passes histories it must not flag (the near-misses)
 */
public record CrossItemRule(String id, Category category, Severity severity, Severity raisedSeverity, double confidence,
    String summary, String message, String why, List<Remediation> remediation, String suggestion, List<String> clauses,
    List<String> flags, List<String> passes) {
  public CrossItemRule {
    remediation = List.copyOf(remediation);
    clauses = List.copyOf(clauses);
    flags = List.copyOf(flags);
    passes = List.copyOf(passes);
  }
}
