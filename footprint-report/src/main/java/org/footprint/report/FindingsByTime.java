package org.footprint.report;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.footprint.ingest.SeenItems;
import org.footprint.policy.ItemAge;

/**
 * A scan's findings by time, counted in one pass: findings by the year of their item (UTC; {@value #UNDATED} last),
 * and, per platform, the flagged items old enough for {@link ItemAge} at the scan's time, each once, with the links
 * of those the export gives one for, to clear them out in bulk. Memory: the counts, 16 bytes per old flagged item
 * ({@link SeenItems}, by the item's id: an item's findings share it) and its link's characters, so a million-post history stays a few MB.
 */
public final class FindingsByTime {
  /** The key of findings whose item has no date. */
  public static final String UNDATED = "undated";

  /** One platform's old flagged items: how many, and their links one a line, in report order. */
  private static final class OldItems {
    long items;
    final StringBuilder links = new StringBuilder();
  }

  /** Called with each link of a platform's old flagged items. */
  @FunctionalInterface
  public interface LinkVisitor {
    void visit(String permalink) throws IOException;
  }

  private final Instant scannedAt;
  private final Map<Integer, Long> byYear = new TreeMap<>();
  private long undated;
  private final SeenItems listed = new SeenItems();
  private final Map<String, OldItems> old = new TreeMap<>();

  public FindingsByTime(Instant scannedAt) {
    this.scannedAt = scannedAt;
  }

  public void add(ReportedFinding found) {
    if (found.createdAt() == null) {
      undated++;
      return;
    }
    byYear.merge(found.createdAt().atZone(ZoneOffset.UTC).getYear(), 1L, Long::sum);
    if (ItemAge.builtIn().isOld(found.createdAt(), scannedAt) && listed.firstTime(found.itemId(), "")) {
      OldItems platform = old.computeIfAbsent(found.platform(), p -> new OldItems());
      platform.items++;
      // A link with a line break in it is no link (and would split in two here).
      if (found.permalink() != null && found.permalink().indexOf('\n') < 0) {
        platform.links.append(found.permalink()).append('\n');
      }
    }
  }

  /** Findings by year, oldest first, then {@value #UNDATED} when there are any. */
  public Map<String, Long> byYear() {
    Map<String, Long> years = new LinkedHashMap<>();
    byYear.forEach((year, count) -> years.put(String.valueOf(year), count));
    if (undated > 0) {
      years.put(UNDATED, undated);
    }
    return years;
  }

  /** How many old flagged items each platform has, platforms in alphabetical order; only platforms that have any. */
  public Map<String, Long> oldItems() {
    Map<String, Long> counts = new LinkedHashMap<>();
    old.forEach((platform, items) -> counts.put(platform, items.items));
    return counts;
  }

  /** The links of the platform's old flagged items, in report order. */
  public void forEachOldLink(String platform, LinkVisitor visitor) throws IOException {
    OldItems items = old.get(platform);
    if (items == null) {
      return;
    }
    StringBuilder links = items.links;
    for (int start = 0; start < links.length(); ) {
      int end = links.indexOf("\n", start);
      visitor.visit(links.substring(start, end));
      start = end + 1;
    }
  }
}
