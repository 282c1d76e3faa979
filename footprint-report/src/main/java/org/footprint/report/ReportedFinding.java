package org.footprint.report;

import java.time.Instant;
import java.util.Comparator;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.Severity;

/**
 * One finding of a scan as the report keeps it: the finding's JSON in the {@code scan} shape, rendered once, with
 * the few fields that sorting, counting and the by-time summary need beside it, so that none of them parses the
 * JSON. {@link #parsed} gives the finding and its item back for sinks that want them whole.
 *
 * @param createdAt the item's time, or null when unknown
 * @param permalink the item's link on its platform, or null
 * @param json the finding with its item, as {@link ScanFindingJson#render} writes it
 */
public record ReportedFinding(Severity severity, Instant createdAt, String itemId, String ruleId, String platform, Category category,
    Involvement involvement, String permalink, String json) {
  /** {@link ItemFinding#REPORT_ORDER}, on these fields. */
  public static final Comparator<ReportedFinding> REPORT_ORDER = Comparator.comparing(ReportedFinding::severity).reversed()
      .thenComparing(ReportedFinding::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(ReportedFinding::itemId)
      .thenComparing(ReportedFinding::ruleId);

  /** Renders the finding: on the thread that found it. */
  public static ReportedFinding of(Item item, Finding finding) {
    return new ReportedFinding(finding.severity(), item.createdAt(), finding.itemId(), finding.ruleId(), item.platform(), finding.category(),
        finding.involvement(), item.permalink(), ScanFindingJson.render(item, finding));
  }

  public static ReportedFinding of(ItemFinding found) {
    return of(found.item(), found.finding());
  }

  /** The finding and what the report holds of its item, read back from {@link #json}. */
  public ItemFinding parsed() {
    return ScanFindingJson.read(json);
  }
}
