package org.footprint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.footprint.analysis.Analyzer;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example in every rule file: a {@code flag} example must make the rule fire with exactly the
 * marked evidence spans, a {@code pass} example must not make it fire. Known misses and known false
 * alarms are printed, not failed.
 */
class RuleExamplesTest {
  private static final Analyzer ANALYZER = Analyzer.builtIn();

  @TestFactory
  Stream<DynamicNode> every_rule_example_behaves_as_marked() {
    return ANALYZER.catalogue().rules().stream().map(rule -> DynamicContainer.dynamicContainer(rule.id(), examples(rule)));
  }

  private static Stream<DynamicNode> examples(Rule rule) {
    List<DynamicNode> tests = new ArrayList<>();
    for (String example : rule.examples().flag()) {
      tests.add(DynamicTest.dynamicTest("flags: " + example, () -> {
        MarkedExample marked = MarkedExample.parse(example);
        Optional<Finding> finding = apply(rule, marked.text());
        assertThat(finding).as("%s should fire on: %s", rule.id(), marked.text()).isPresent();
        List<String> reported = finding.get().evidence().stream().map(e -> e.start() + ".." + e.end() + " '" + e.text() + "'").toList();
        List<String> expected = marked.spans().stream().map(s -> s[0] + ".." + s[1] + " '" + marked.text().substring(s[0], s[1]) + "'").toList();
        assertThat(reported).as("evidence of %s on: %s", rule.id(), marked.text()).containsExactlyInAnyOrderElementsOf(expected);
      }));
    }
    for (String example : rule.examples().pass()) {
      tests.add(DynamicTest.dynamicTest("passes: " + example, () -> {
        Optional<Finding> finding = apply(rule, example);
        assertThat(finding.map(f -> f.evidence().stream().map(e -> "'" + e.text() + "' (" + e.role() + ")").toList()))
            .as("%s should not fire on: %s", rule.id(), example).isEmpty();
      }));
    }
    for (String example : rule.examples().knownMiss()) {
      tests.add(DynamicTest.dynamicTest("known miss: " + example, () -> {
        boolean fires = apply(rule, MarkedExample.parse(example).text()).isPresent();
        System.out.println((fires ? "[known miss now caught] " : "[known miss] ") + rule.id() + ": " + example);
        assertThat(rule.examples().knownMiss()).contains(example);
      }));
    }
    for (String example : rule.examples().knownFalseAlarm()) {
      tests.add(DynamicTest.dynamicTest("known false alarm: " + example, () -> {
        boolean fires = apply(rule, example).isPresent();
        System.out.println((fires ? "[known false alarm] " : "[known false alarm now passes] ") + rule.id() + ": " + example);
        assertThat(rule.examples().knownFalseAlarm()).contains(example);
      }));
    }
    return tests.stream();
  }

  private static Optional<Finding> apply(Rule rule, String text) {
    return ANALYZER.applyRule(rule.id(), Item.draft("example", text));
  }
}
