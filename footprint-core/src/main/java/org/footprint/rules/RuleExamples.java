package org.footprint.rules;

import java.util.List;

/**
 * Examples that document a rule and run as tests. In {@code flag} examples {@code [[…]]} marks every
 * evidence span the rule must report; {@code pass} examples must not trigger the rule; known misses and
 * known false alarms are accepted errors, reported but not failed.
 */
public record RuleExamples(List<String> flag, List<String> pass, List<String> knownMiss, List<String> knownFalseAlarm) {
  public RuleExamples {
    flag = List.copyOf(flag);
    pass = List.copyOf(pass);
    knownMiss = List.copyOf(knownMiss);
    knownFalseAlarm = List.copyOf(knownFalseAlarm);
  }
}
