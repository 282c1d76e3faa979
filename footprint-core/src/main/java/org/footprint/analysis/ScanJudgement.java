package org.footprint.analysis;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.policy.ItemAge;

/**
 * How a scan judges one item, the same wherever the scan runs (one machine or a Spark cluster): the analyser's
 * assessment, with each risk's age said against the scan's time ({@link ItemAge}). Strengths are never aged.
 */
public final class ScanJudgement {
  private ScanJudgement() {}

  /**
   * The item's assessment as a scan at {@code scannedAt} reports it, handing {@code held} the evidence of the named
   * {@code signals} as {@link Analyzer#assess(Item, List, Consumer)} does.
   */
  public static Assessment assess(Analyzer analyzer, Item item, Instant scannedAt, List<String> signals, Consumer<EvidenceSpan> held) {
    Assessment assessment = analyzer.assess(item, signals, held);
    return new Assessment(ItemAge.builtIn().apply(item, assessment.risks(), scannedAt), assessment.strengths());
  }

  /**
   * The item's risks as a scan at {@code scannedAt} reports them, for a corpus, which reports no strengths: the
   * strength rules are not run at all.
   */
  public static List<Finding> risks(Analyzer analyzer, Item item, Instant scannedAt) {
    return ItemAge.builtIn().apply(item, analyzer.analyze(item), scannedAt);
  }
}
