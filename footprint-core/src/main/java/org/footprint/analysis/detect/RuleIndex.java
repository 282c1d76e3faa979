package org.footprint.analysis.detect;

import java.util.List;
import org.footprint.analysis.context.TextAnalysis;

/**
 * Which rules a text may trigger, found from the lexicons it hit: each lexicon lists, as bits, the rules anchored on
 * it, so a text that hit eight lexicons ORs eight bit sets instead of testing every rule's anchor in turn. Rules
 * anchored on signals or identifiers are candidates for every text (their own {@link RuleEvaluator#mayFire} decides).
 * Immutable and thread-safe.
 */
public final class RuleIndex {
  private final List<RuleEvaluator> evaluators;
  private final long[][] anchoredOn;
  private final long[] alwaysTried;

  public RuleIndex(List<RuleEvaluator> evaluators, int lexiconCount) {
    this.evaluators = List.copyOf(evaluators);
    int words = (evaluators.size() + 63) / 64;
    this.anchoredOn = new long[lexiconCount][words];
    this.alwaysTried = new long[words];
    for (int r = 0; r < evaluators.size(); r++) {
      RuleEvaluator evaluator = evaluators.get(r);
      if (evaluator.anchorNeedsDerivedSources()) {
        alwaysTried[r >>> 6] |= 1L << r;
      }
      long[] mask = evaluator.anchorLexiconMask();
      for (int k = 0; k < mask.length; k++) {
        for (long bits = mask[k]; bits != 0; bits &= bits - 1) {
          anchoredOn[64 * k + Long.numberOfTrailingZeros(bits)][r >>> 6] |= 1L << r;
        }
      }
    }
  }

  /** The rules whose anchor may occur in {@code analysis}, as bits over {@link #evaluator} positions, in the rules' order. */
  public long[] candidates(TextAnalysis analysis) {
    long[] candidates = alwaysTried.clone();
    for (int lexicon = analysis.nextLexiconHit(0); lexicon >= 0; lexicon = analysis.nextLexiconHit(lexicon + 1)) {
      long[] rules = anchoredOn[lexicon];
      for (int k = 0; k < candidates.length; k++) {
        candidates[k] |= rules[k];
      }
    }
    return candidates;
  }

  public RuleEvaluator evaluator(int position) {
    return evaluators.get(position);
  }

  public List<RuleEvaluator> evaluators() {
    return evaluators;
  }
}
