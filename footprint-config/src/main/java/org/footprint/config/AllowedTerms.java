package org.footprint.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.footprint.analysis.Analyzer;
import org.footprint.analysis.normalise.NormalisedText;
import org.footprint.analysis.normalise.Normaliser;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;

/**
 * The terms a user says are fine (a town called Scunthorpe, their own employer's name): a finding whose every
 * evidence span is one of them, compared as the analyser normalises text, is dropped. A finding with any other
 * evidence is kept whole: an allowed term never hides what was found next to it.
 */
public final class AllowedTerms implements Analyzer.FindingStage {
  private final Normaliser normaliser;
  private final Set<String> terms;

  public AllowedTerms(Normaliser normaliser, Collection<String> terms) {
    this.normaliser = normaliser;
    this.terms = terms.stream().map(this::normalised).filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  public int size() {
    return terms.size();
  }

  /** False when every evidence span of the finding is an allowed term. */
  public boolean keeps(Finding finding) {
    if (terms.isEmpty() || finding.evidence().isEmpty()) {
      return true;
    }
    for (EvidenceSpan span : finding.evidence()) {
      if (!terms.contains(normalised(span.text()))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Finding> apply(Item item, NormalisedText text, List<Finding> findings) {
    if (terms.isEmpty() || findings.isEmpty()) {
      return findings;
    }
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      if (keeps(finding)) {
        kept.add(finding);
      }
    }
    return kept.size() == findings.size() ? findings : kept;
  }

  private String normalised(String term) {
    return normaliser.normalise(term).text().strip();
  }
}
