package org.footprint.config;

import java.util.ArrayList;
import java.util.List;
import org.footprint.analysis.Analyzer;
import org.footprint.model.Finding;
import org.footprint.policy.PolicyPack;
import org.footprint.rules.RuleCatalogue;
import org.footprint.watch.WatchList;
import org.footprint.watch.WatchRule;
import org.footprint.watch.WatchedNames;

/**
 * The analysis as the user configured it: the disabled rules left out, the allowed terms dropped from the findings, and
 * the private watch-list looked for (after the allowed terms, so that a watched name is never allowed away).
 * Immutable and thread-safe once built.
 *
 * @param analyzer the analyser with the configuration applied
 * @param config what the file said
 * @param allowed the allowed terms, normalised
 * @param watchEntries how many entries the watch-list holds, 0 for none
 */
public record ConfiguredAnalysis(Analyzer analyzer, FootprintConfig config, AllowedTerms allowed, int watchEntries) {

  public static ConfiguredAnalysis of(RuleCatalogue catalogue, PolicyPack pack, FootprintConfig config, WatchList watchList) {
    AllowedTerms allowed = new AllowedTerms(catalogue.normaliser(), config.allowTerms());
    List<Analyzer.FindingStage> stages = new ArrayList<>(2);
    if (allowed.size() > 0) {
      stages.add(allowed);
    }
    boolean watching = !watchList.isEmpty() && !config.disabledRules().contains(WatchRule.builtIn().id());
    if (watching) {
      stages.add(new WatchedNames(watchList, WatchRule.builtIn(), pack));
    }
    return new ConfiguredAnalysis(new Analyzer(catalogue, pack, config.disabledRules(), stages), config, allowed, watching ? watchList.size() : 0);
  }

  /** Whether a finding made outside the analyser (about the whole history) survives the configuration. */
  public boolean keeps(Finding finding) {
    return !config.disabledRules().contains(finding.ruleId()) && allowed.keeps(finding);
  }

  /** "2 rules disabled by footprint.yaml; 1 term allowed; private watch-list: 12 entries", or "" when nothing applies. */
  public String summary() {
    List<String> parts = new ArrayList<>(3);
    int disabled = config.disabledRules().size();
    if (disabled > 0) {
      parts.add(disabled + (disabled == 1 ? " rule" : " rules") + " disabled by " + config.sourceName());
    }
    if (allowed.size() > 0) {
      parts.add(allowed.size() + (allowed.size() == 1 ? " term" : " terms") + " allowed by " + config.sourceName());
    }
    if (watchEntries > 0) {
      parts.add("private watch-list: " + watchEntries + (watchEntries == 1 ? " entry" : " entries"));
    }
    return String.join("; ", parts);
  }
}
