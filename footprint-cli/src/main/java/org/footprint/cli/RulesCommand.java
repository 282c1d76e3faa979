package org.footprint.cli;

import java.io.PrintWriter;
import org.footprint.history.CrossItemRule;
import org.footprint.history.HistoryRules;
import org.footprint.model.Category;
import org.footprint.rules.Rule;
import org.footprint.rules.RuleCatalogue;
import org.footprint.watch.WatchRule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code footprint rules}: every rule with its id, what it flags and why. */
@Command(name = "rules", description = "Lists the rules with their ids, severity, what they flag and why.")
final class RulesCommand implements Runnable {
  @Option(names = "--category", paramLabel = "CATEGORY", description = "Only this category (hostility, discrimination, threat, profanity, sexual, substances, confidentiality, boundaries, political, exposure).")
  String category;

  @Option(names = "--format", description = "Output: text or markdown (the docs/RULES.md page). Default: ${DEFAULT-VALUE}.")
  RulesFormat format = RulesFormat.TEXT;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Category only = category == null ? null : Category.parse(category);
    RuleCatalogue catalogue = RuleCatalogue.builtIn();
    if (format == RulesFormat.MARKDOWN) {
      out.print(RulesPage.markdown(catalogue, HistoryRules.builtIn(), WatchRule.builtIn()));
    } else {
      for (Rule rule : catalogue.rules()) {
        if (only != null && rule.category() != only) {
          continue;
        }
        out.printf("%-42s %-8s %s%n", rule.id(), rule.severity().id(), rule.summary());
        out.printf("%-42s why: %s%n", "", rule.why());
      }
      // The cross-item rules judge the whole history: listed after the rules that judge one item.
      for (CrossItemRule rule : HistoryRules.builtIn().rules()) {
        if (only == null || rule.category() == only) {
          out.printf("%-42s %-8s %s (across items)%n", rule.id(), rule.severity().id(), rule.summary());
          out.printf("%-42s why: %s%n", "", rule.why());
        }
      }
      WatchRule watch = WatchRule.builtIn();
      if (only == null || watch.category() == only) {
        out.printf("%-42s %-8s %s%n", watch.id(), watch.severity().id(), watch.summary());
        out.printf("%-42s why: %s%n", "", watch.why());
      }
    }
    out.flush();
  }

  enum RulesFormat { TEXT, MARKDOWN }
}
