package org.footprint.analysis.detect;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.footprint.analysis.context.TextAnalysis;

/**
 * Which rules a text may trigger, found from the lexicons it hit: each lexicon lists, as bits, the rules anchored on
 * it, so a text that hit eight lexicons ORs eight bit sets instead of testing every rule's anchor in turn. Rules
 * anchored on signals or identifiers are candidates for every text (their own {@link RuleEvaluator#mayFire} decides).
 * Immutable and thread-safe.
 */
public final class RuleIndex {
  private static final BitSet NO_RULES = new BitSet();

  private final List<RuleEvaluator> evaluators;
  private final BitSet[] anchoredOn;
  private final BitSet alwaysTried = new BitSet();

  public RuleIndex(List<RuleEvaluator> evaluators, int lexiconCount) {
    this.evaluators = List.copyOf(evaluators);
    this.anchoredOn = new BitSet[lexiconCount];
    Arrays.fill(anchoredOn, NO_RULES);
    for (int r = 0; r < evaluators.size(); r++) {
      RuleEvaluator evaluator = evaluators.get(r);
      if (evaluator.anchorNeedsDerivedSources()) {
        alwaysTried.set(r);
      }
      BitSet lexicons = evaluator.anchorLexicons();
      for (int l = lexicons.nextSetBit(0); l >= 0; l = lexicons.nextSetBit(l + 1)) {
        if (anchoredOn[l] == NO_RULES) {
          anchoredOn[l] = new BitSet();
        }
        anchoredOn[l].set(r);
      }
    }
  }

  /** The rules whose anchor may occur in {@code analysis}, as {@link #evaluator} positions, in the rules' order. */
  public BitSet candidates(TextAnalysis analysis) {
    BitSet candidates = (BitSet) alwaysTried.clone();
    for (int lexicon = analysis.nextLexiconHit(0); lexicon >= 0; lexicon = analysis.nextLexiconHit(lexicon + 1)) {
      candidates.or(anchoredOn[lexicon]);
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
