package org.footprint.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.footprint.model.Category;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Severity;

/**
 * A stand-in analyser for tests: each made-up trigger word yields one finding, with the word as evidence.
 *
 * <ul>
 *   <li>{@code grrword}: hostility at medium
 *   <li>{@code darnword}: profanity at low
 *   <li>{@code psstword}: confidentiality at info (so not a prediction)
 *   <li>{@code voteword}: political at high
 * </ul>
 */
final class FakeJudge implements Judge {
  private record Trigger(Category category, Severity severity, String ruleId) {}

  private static final Map<String, Trigger> TRIGGERS = Map.of(
      "grrword", new Trigger(Category.HOSTILITY, Severity.MEDIUM, "fake.hostility"),
      "darnword", new Trigger(Category.PROFANITY, Severity.LOW, "fake.profanity"),
      "psstword", new Trigger(Category.CONFIDENTIALITY, Severity.INFO, "fake.confidentiality-info"),
      "voteword", new Trigger(Category.POLITICAL, Severity.HIGH, "fake.political"));

  @Override
  public List<Finding> judge(String id, String text) {
    List<Finding> findings = new ArrayList<>(2);
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && text.charAt(i) != ' ') {
        i++;
      }
      if (i > start) {
        String word = text.substring(start, i);
        Trigger trigger = TRIGGERS.get(word);
        if (trigger != null) {
          findings.add(finding(id, trigger.category(), trigger.severity(), trigger.ruleId(), start, i, word));
        }
      }
    }
    return findings;
  }

  static Finding finding(String id, Category category, Severity severity, String ruleId, int start, int end, String word) {
    return new Finding(id, Involvement.AUTHORED, category, severity, 0.9, List.of(new EvidenceSpan(start, end, word, "trigger")), ruleId,
        "found " + word, "test finding", List.of(), List.of(), null);
  }
}
