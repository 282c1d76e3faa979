package org.footprint.report;

import java.util.Comparator;
import org.footprint.model.Finding;
import org.footprint.model.Item;

/** A finding with the item it is about: one record of a scan's report. */
public record ItemFinding(Item item, Finding finding) {
  /**
   * Most serious first, then oldest first (undated last); ties by item and rule, so the report is the same on
   * every run. An item's own findings share its date and id, so they follow one another by severity and rule.
   */
  public static final Comparator<ItemFinding> REPORT_ORDER = Comparator
      .comparing((ItemFinding f) -> f.finding().severity()).reversed()
      .thenComparing(f -> f.item().createdAt(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(f -> f.item().id())
      .thenComparing(f -> f.finding().ruleId());
}
