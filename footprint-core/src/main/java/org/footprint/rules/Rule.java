package org.footprint.rules;

import java.util.List;
import java.util.Set;
import org.footprint.model.Category;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;

/**
 * One rule as written in its YAML file under {@code rules/<category>/<name>.yaml}.
 *
 * @param id {@code <category>.<name>}, stable and never reused
 * @param kind one of {@link RuleKind}
 * @param severity before the policy pack's adjustment
 * @param message one line; {@code {match}}, {@code {terms}} and {@code {parts}} are filled in
 * @param why plain-English reason it matters
 * @param suggestion an optional suggested rewording or action
 * @param clauses extra clauses beyond the category's, as {@code pack:reference}
 * @param unless context conditions that cancel an anchor (see {@link Condition})
 * @param yieldsTo categories whose findings on the same item make this one redundant
 * @param resource the classpath resource the rule came from
 */
public record Rule(
    String id,
    RuleKind kind,
    Category category,
    Severity severity,
    double confidence,
    String summary,
    String message,
    String why,
    List<Remediation> remediation,
    String suggestion,
    List<String> clauses,
    RuleMatch match,
    Set<Condition> unless,
    Set<Category> yieldsTo,
    RuleExamples examples,
    List<String> replaces,
    String resource) {

  public Rule {
    remediation = List.copyOf(remediation);
    clauses = List.copyOf(clauses);
    unless = Set.copyOf(unless);
    yieldsTo = Set.copyOf(yieldsTo);
    replaces = List.copyOf(replaces);
  }
}
