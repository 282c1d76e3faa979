package org.footprint.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.footprint.history.CrossItemRule;
import org.footprint.history.HistoryRules;
import org.footprint.model.Category;
import org.footprint.model.Remediation;
import org.footprint.rules.Rule;
import org.footprint.rules.RuleCatalogue;
import org.footprint.rules.RuleKind;
import org.footprint.watch.WatchRule;

/**
 * Generates {@code docs/RULES.md} from the rule files, with the same headings for every rule, so the
 * documentation cannot drift from the data (a test compares the two).
 */
final class RulesPage {
  private RulesPage() {}

  static String markdown(RuleCatalogue catalogue, HistoryRules history, WatchRule watch) {
    StringBuilder out = new StringBuilder();
    out.append("# Footprint rules\n\n");
    out.append("Generated from `footprint-core/src/main/resources/rules`, `footprint-history/src/main/resources/history/cross-item.yaml` (the cross-item rules,\n"
        + "which judge a whole history) and `footprint-config/src/main/resources/watch/watched-name.yaml` (the private watch-list's rule)\n"
        + "by `./footprint rules --format markdown > docs/RULES.md`. Do not edit by hand.\n\n");
    for (Category category : Category.values()) {
      out.append("## ").append(category.id()).append("\n\n");
      if (!category.isRisk()) {
        out.append("Strengths are not risks: always info, listed apart from the findings, never counted with them, never behind `--fail-on`, "
            + "and not looked for in a post that has a risk of low or above. An example that flags is a strength.\n\n");
      }
      for (Rule rule : catalogue.rules()) {
        if (rule.category() != category) {
          continue;
        }
        out.append("### ").append(rule.id()).append("\n\n");
        out.append("Severity before the pack: **").append(rule.severity().id()).append("**; confidence ").append(rule.confidence())
            .append("; kind `").append(rule.kind().id()).append("`.\n\n");
        out.append("#### What it flags\n\n").append(rule.summary()).append(".\n\n");
        if (rule.kind() == RuleKind.LEARNED && !rule.match().anchor().sources().isEmpty()) {
          out.append("Only in a post that holds a word of ").append(String.join(", ", rule.match().anchor().sources().stream().map(s -> "`" + s + "`").toList()))
              .append(": the model alone never reports a post without one.\n\n");
        }
        out.append("#### Why it matters\n\n").append(rule.why()).append(rule.clauses().isEmpty() ? "" : " Extra clauses: " + String.join(", ", rule.clauses()) + ".").append("\n\n");
        out.append("#### Examples\n\n");
        rule.examples().flag().forEach(e -> out.append("- flags: ").append(e.replace("[[", "**").replace("]]", "**")).append('\n'));
        rule.examples().pass().forEach(e -> out.append("- passes: ").append(e).append('\n'));
        out.append("\n#### When it misfires\n\n");
        if (rule.examples().knownMiss().isEmpty() && rule.examples().knownFalseAlarm().isEmpty()) {
          out.append("No known misfires recorded. Context that cancels it: ")
              .append(rule.unless().isEmpty() ? "none" : rule.unless().stream().map(c -> c.id()).sorted().collect(Collectors.joining(", "))).append(".\n\n");
        } else {
          rule.examples().knownMiss().forEach(e -> out.append("- misses: ").append(e).append('\n'));
          rule.examples().knownFalseAlarm().forEach(e -> out.append("- false alarm: ").append(e).append('\n'));
          out.append('\n');
        }
        howToFix(out, rule.remediation(), rule.suggestion());
      }
      for (CrossItemRule rule : history.rules()) {
        if (rule.category() == category) {
          crossItem(out, rule);
        }
      }
      if (watch.category() == category) {
        watchList(out, watch);
      }
    }
    return out.toString();
  }

  private static void watchList(StringBuilder out, WatchRule rule) {
    out.append("### ").append(rule.id()).append("\n\n");
    out.append("Severity before the pack: **").append(rule.severity().id()).append("**; confidence ").append(rule.confidence())
        .append("; kind `watch-list` (the user's private watch-list: `footprint watch add`).\n\n");
    out.append("#### What it flags\n\n").append(rule.summary()).append(".\n\n");
    out.append("#### Why it matters\n\n").append(rule.why()).append("\n\n");
    out.append("#### Examples\n\n").append("With a watch-list of ").append(String.join(", ", rule.examplesWatched())).append(":\n\n");
    rule.flag().forEach(e -> out.append("- flags: ").append(e.replace("[[", "**").replace("]]", "**").replace("\n", " / ")).append('\n'));
    rule.pass().forEach(e -> out.append("- passes: ").append(e).append('\n'));
    out.append("\n#### When it misfires\n\n")
        .append("It finds the words of an entry as written, in any case, accents, leetspeak, homoglyphs or stretched letters; not a nickname, an initial or a misspelling the user did not add.\n\n");
    howToFix(out, rule.remediation(), rule.suggestion());
  }

  private static void crossItem(StringBuilder out, CrossItemRule rule) {
    out.append("### ").append(rule.id()).append("\n\n");
    out.append("Severity before the pack: **").append(rule.severity().id()).append("**")
        .append(rule.raisedSeverity() == null ? "" : " (raised to **" + rule.raisedSeverity().id() + "** by repetition or a dangerous combination)")
        .append("; confidence ").append(rule.confidence()).append("; kind `cross-item` (judges the whole history).\n\n");
    out.append("#### What it flags\n\n").append(rule.summary()).append(".\n\n");
    out.append("#### Why it matters\n\n").append(rule.why()).append(rule.clauses().isEmpty() ? "" : " Extra clauses: " + String.join(", ", rule.clauses()) + ".").append("\n\n");
    out.append("#### Examples\n\n");
    rule.flags().forEach(e -> out.append("- flags: ").append(e).append('\n'));
    rule.passes().forEach(e -> out.append("- passes: ").append(e).append('\n'));
    out.append("\n#### When it misfires\n\n")
        .append("It sees only what the exports hold: photos without their location, and posts deleted before the export, are not counted.\n\n");
    howToFix(out, rule.remediation(), rule.suggestion());
  }

  private static void howToFix(StringBuilder out, List<Remediation> remediation, String suggestion) {
    out.append("#### How to fix\n\n").append(remediation.stream().map(Remediation::advice).collect(Collectors.joining("; "))).append('.');
    if (suggestion != null) {
      out.append(" ").append(suggestion);
    }
    out.append("\n\n");
  }
}
