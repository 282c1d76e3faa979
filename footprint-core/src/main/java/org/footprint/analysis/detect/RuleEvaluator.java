package org.footprint.analysis.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.footprint.analysis.context.Conditions;
import org.footprint.analysis.context.TextAnalysis;
import org.footprint.analysis.context.TextAnalysis.Source;
import org.footprint.analysis.match.Hit;
import org.footprint.analysis.match.LexiconSet;
import org.footprint.rules.Rule;
import org.footprint.rules.RulePart;

/**
 * Applies one rule to one text. The same algorithm serves every rule kind: find the anchor's hits,
 * drop those the rule's context conditions cancel, keep those with every {@code with} part in scope
 * and no {@code exclude} part in scope, and check the weighted total and the identifier's owner.
 * Immutable and thread-safe.
 */
public final class RuleEvaluator {
  private static final int OWNER_REACH = 6;

  private final Rule rule;
  private final BitSet anchorLexicons = new BitSet();
  private final boolean anchorNeedsDerivedSources;
  private final Source[] anchorSources;
  /** The sources of each {@code with} and each {@code exclude} part, in the order the rule lists the parts. */
  private final Source[][] withSources;
  private final Source[][] excludeSources;

  public RuleEvaluator(Rule rule, LexiconSet lexicons) {
    this.rule = rule;
    this.anchorSources = resolve(rule.match().anchor(), lexicons);
    this.withSources = rule.match().with().stream().map(part -> resolve(part, lexicons)).toArray(Source[][]::new);
    this.excludeSources = rule.match().exclude().stream().map(part -> resolve(part, lexicons)).toArray(Source[][]::new);
    boolean derived = false;
    for (String source : rule.match().anchor().sources()) {
      if (source.indexOf(':') >= 0) {
        derived = true;
      } else if (lexicons.indexOf(source) >= 0) {
        anchorLexicons.set(lexicons.indexOf(source));
      }
    }
    this.anchorNeedsDerivedSources = derived;
  }

  private static Source[] resolve(RulePart part, LexiconSet lexicons) {
    return part.sources().stream().map(source -> Source.resolve(source, lexicons)).toArray(Source[]::new);
  }

  /**
   * False when the rule cannot fire because its anchor (when made of signals or identifiers) or one of its
   * {@code with} parts certainly has no hit ({@link TextAnalysis#mayHaveHits}): then no signal or identifier it
   * needs is computed. A bit test per lexicon, a test of a few characters per signal.
   */
  public boolean mayFire(TextAnalysis analysis) {
    if (anchorNeedsDerivedSources && !anyMayHaveHits(anchorSources, analysis)) {
      return false;
    }
    for (Source[] part : withSources) {
      if (!anyMayHaveHits(part, analysis)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyMayHaveHits(Source[] sources, TextAnalysis analysis) {
    for (Source source : sources) {
      if (analysis.mayHaveHits(source)) {
        return true;
      }
    }
    return false;
  }

  public Rule rule() {
    return rule;
  }

  /** The indexes of the lexicons whose hits can trigger this rule (a copy); none when the anchor is a signal or identifier. */
  public BitSet anchorLexicons() {
    return (BitSet) anchorLexicons.clone();
  }

  /** True when the anchor includes signals or identifiers, so the rule must be tried on every text. */
  public boolean anchorNeedsDerivedSources() {
    return anchorNeedsDerivedSources;
  }

  /** The evidence when the rule fires on this text, or null. */
  public Evidence evaluate(TextAnalysis analysis) {
    RulePart anchorPart = rule.match().anchor();
    List<Hit> accepted = null;
    List<List<Hit>> parts = null;
    for (Source source : anchorSources) {
      List<Hit> anchors = analysis.hits(source);
      // indexed, not for-each: an iterator per source and text was a tenth of what the analysis allocated
      for (int h = 0; h < anchors.size(); h++) {
        Hit anchor = anchors.get(h);
        if (anchor.weight() < anchorPart.minWeight() || Conditions.anyHolds(rule.unless(), anchor, analysis)) {
          continue;
        }
        List<Hit> found = partsInScope(anchor, analysis);
        if (found == null || excluded(anchor, analysis) || !ownerMatches(anchor, analysis)) {
          continue;
        }
        if (accepted == null) {
          accepted = new ArrayList<>(2);
          parts = new ArrayList<>(2);
        }
        accepted.add(anchor);
        parts.add(found);
      }
    }
    if (accepted == null) {
      return null;
    }
    dropNestedAnchors(accepted, parts);
    return reachesTotal(accepted) ? new Evidence(accepted, parts) : null;
  }

  /** "lazy cow" wins over "lazy" and "cow": an anchor inside a longer accepted anchor is not evidence of its own. */
  private static void dropNestedAnchors(List<Hit> anchors, List<List<Hit>> parts) {
    for (int i = anchors.size() - 1; i >= 0; i--) {
      Hit inner = anchors.get(i);
      for (Hit outer : anchors) {
        if (outer != inner && inner.within(outer) && (outer.end() - outer.start()) > (inner.end() - inner.start())) {
          anchors.remove(i);
          parts.remove(i);
          break;
        }
      }
    }
  }

  /** The nearest hit of each {@code with} part in scope of the anchor, or null if a part is missing. */
  private List<Hit> partsInScope(Hit anchor, TextAnalysis analysis) {
    List<RulePart> with = rule.match().with();
    if (with.isEmpty()) {
      return List.of();
    }
    List<Hit> found = new ArrayList<>(with.size());
    for (int p = 0; p < with.size(); p++) {
      Hit nearest = nearestInScope(with.get(p), withSources[p], anchor, analysis);
      if (nearest == null) {
        return null;
      }
      found.add(nearest);
    }
    return found;
  }

  private boolean excluded(Hit anchor, TextAnalysis analysis) {
    List<RulePart> exclude = rule.match().exclude();
    for (int p = 0; p < exclude.size(); p++) {
      if (nearestInScope(exclude.get(p), excludeSources[p], anchor, analysis) != null) {
        return true;
      }
    }
    return false;
  }

  private Hit nearestInScope(RulePart part, Source[] sources, Hit anchor, TextAnalysis analysis) {
    Hit best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Source source : sources) {
      List<Hit> hits = analysis.hits(source);
      for (int h = 0; h < hits.size(); h++) {
        Hit hit = hits.get(h);
        if (hit.weight() < part.minWeight() || (hit.start() == anchor.start() && hit.end() == anchor.end()) || !inScope(hit, anchor, part, analysis)) {
          continue;
        }
        int distance = hit.start() >= anchor.end() ? hit.start() - anchor.end() : Math.max(0, anchor.start() - hit.end());
        if (distance < bestDistance) {
          best = hit;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private boolean inScope(Hit hit, Hit anchor, RulePart part, TextAnalysis analysis) {
    if (part.position() == RulePart.Position.OVERLAPPING) {
      return hit.overlaps(anchor);
    }
    if ((part.position() == RulePart.Position.BEFORE && hit.end() > anchor.start())
        || (part.position() == RulePart.Position.AFTER && hit.start() < anchor.end())) {
      return false;
    }
    if (part.window() > 0) {
      return analysis.wordDistance(hit, anchor) <= part.window();
    }
    switch (rule.match().scope()) {
      case "text":
        return true;
      case "sentence":
        return analysis.sameSentence(hit, anchor);
      default:
        return analysis.wordDistance(hit, anchor) <= rule.match().window();
    }
  }

  /** For identifiers: "my number", "text me on" make it the user's own; otherwise it is someone else's. */
  private boolean ownerMatches(Hit anchor, TextAnalysis analysis) {
    String owner = rule.match().owner();
    if (owner.equals("any")) {
      return true;
    }
    boolean self = false;
    for (Hit cue : analysis.lexiconHits("self-owner")) {
      if (cue.end() <= anchor.start() && analysis.sameSentence(cue, anchor) && analysis.wordDistance(cue, anchor) <= OWNER_REACH) {
        self = true;
        break;
      }
    }
    return owner.equals("self") == self;
  }

  private boolean reachesTotal(List<Hit> anchors) {
    double needed = rule.match().minTotal();
    if (needed <= 0) {
      return true;
    }
    Set<String> seen = new HashSet<>();
    double total = 0;
    for (Hit anchor : anchors) {
      if (seen.add(anchor.source() + "/" + anchor.entryId())) {
        total += anchor.weight();
      }
    }
    return total + 1e-9 >= needed;
  }
}
