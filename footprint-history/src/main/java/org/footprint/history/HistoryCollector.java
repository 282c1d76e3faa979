package org.footprint.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.policy.PolicyPack;
import org.footprint.rules.RuleCatalogue;

/**
 * What only a whole history shows: gathers, while a scan judges its items one at a time, the compact features of the
 * items that can matter across items, and makes the cross-item findings once every item has been seen.
 *
 * <p>{@link #offer} MUST be cheap and is safe to call from several analysis threads at once: an item with no
 * position, no exposure clue, no hostile finding and no work cue returns before any lock is taken (nearly every
 * item; only a post of the user's that names someone is matched against the work cues). What is kept is bounded by
 * {@link HistoryRules.Limits}, whatever the size of the history: positions and times of located photos, the evidence
 * spans of clue and hostile findings and of work cues, and of each such item what the report shows with its text cut
 * to its start. {@link #findings} is called once, after the last item.
 */
public final class HistoryCollector {
  /** A cross-item finding with the item it is about (the most recent contributing item), as the report takes them. */
  public record Flagged(Item item, List<Finding> findings) {}

  private final HistoryRules rules;
  private final CrossItemFindings make;
  private final PhotoLocations photos;
  private final MosaicClues mosaic;
  private final RepeatedHostility hostility;
  private final PileOn pileOn;
  private final ColleagueTarget colleague;

  public HistoryCollector(HistoryRules rules, PolicyPack pack) {
    this.rules = rules;
    this.make = new CrossItemFindings(pack, rules.zone(), rules.coordinateDecimals());
    this.photos = new PhotoLocations(rules);
    this.mosaic = new MosaicClues(rules);
    this.hostility = new RepeatedHostility(rules);
    this.pileOn = new PileOn(rules);
    this.colleague = new ColleagueTarget(rules);
  }

  /** The built-in rules under {@code pack}. */
  public static HistoryCollector builtIn(PolicyPack pack) {
    return new HistoryCollector(HistoryRules.builtIn(), pack);
  }

  /**
   * The per-item rules the mosaic's clues name that {@code catalogue} lacks (empty when all are there): a rule renamed
   * in the catalogue must be renamed in {@code history/cross-item.yaml} too.
   */
  public Set<String> clueRulesMissingFrom(RuleCatalogue catalogue) {
    Set<String> missing = new java.util.TreeSet<>(mosaic.clueRules());
    missing.removeIf(id -> catalogue.rule(id).isPresent());
    return missing;
  }

  /** The signals the analyser should report per item ({@code Analyzer.analyze(item, signals, held)}): the weak clues. */
  public List<String> signals() {
    return mosaic.clueSignals();
  }

  /**
   * Offers one judged item with its per-item findings (possibly none; those of learned rules are passed over) and the evidence of the {@link #signals} it
   * holds (role: the signal); keeps what the cross-item rules need of it.
   */
  public void offer(Item item, List<Finding> allFindings, List<EvidenceSpan> signals) {
    List<Finding> findings = written(allFindings);
    boolean located = PhotoLocations.located(item);
    boolean clue = (!findings.isEmpty() || !signals.isEmpty()) && mosaic.holdsClue(item, findings, signals);
    boolean hostile = !findings.isEmpty() && hostility.counts(item, findings);
    boolean attack = !findings.isEmpty() && pileOn.counts(item, findings);
    boolean atColleague = !findings.isEmpty() && colleague.counts(item, findings);
    EvidenceSpan workCue = colleague.workCue(item, findings);
    if (!located && !clue && !hostile && !attack && !atColleague && workCue == null) {
      return;
    }
    ItemRef ref = ItemRef.of(item, Math.max(keptText(findings, signals), workCue == null ? 0 : workCue.end()));
    if (located) {
      photos.offer(item, ref);
    }
    if (clue) {
      mosaic.offer(item, ref, findings, signals);
    }
    if (hostile) {
      hostility.offer(item, ref, findings);
    }
    if (attack) {
      pileOn.offer(item, ref, findings);
    }
    if (atColleague) {
      colleague.offerHostile(item, ref, findings);
    }
    if (workCue != null) {
      colleague.offerWork(item, ref, workCue);
    }
  }

  /**
   * The findings of written rules: a pattern across items is never built on the word model's readings, each of them
   * a guess at low, which a pattern of several would compound.
   */
  private static List<Finding> written(List<Finding> findings) {
    for (Finding finding : findings) {
      if (RuleCatalogue.isLearned(finding.ruleId())) {
        return findings.stream().filter(f -> !RuleCatalogue.isLearned(f.ruleId())).toList();
      }
    }
    return findings;
  }

  /** Enough of the text for the report: its start, and every evidence span a cross-item finding may show. */
  private int keptText(List<Finding> findings, List<EvidenceSpan> signals) {
    int end = rules.limits().textCharacters();
    for (Finding finding : findings) {
      for (EvidenceSpan span : finding.evidence()) {
        end = Math.max(end, span.end());
      }
    }
    for (EvidenceSpan span : signals) {
      end = Math.max(end, span.end());
    }
    return end;
  }

  /** Items kept so far, over all the analyses (an item may count in more than one). */
  public int keptItems() {
    return photos.keptItems() + mosaic.keptItems() + hostility.keptItems() + pileOn.keptItems() + colleague.keptItems();
  }

  /** The cross-item findings, in a fixed order whatever order the items were offered in. */
  public List<Flagged> findings() {
    List<Flagged> flagged = new ArrayList<>(photos.findings(make));
    flagged.addAll(mosaic.findings(make));
    flagged.addAll(hostility.findings(make));
    flagged.addAll(pileOn.findings(make));
    flagged.addAll(colleague.findings(make));
    return flagged;
  }
}
