package org.footprint.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.footprint.model.Item;
import org.footprint.policy.ItemAge;

/**
 * A scan's findings by time, counted in one pass: findings by the year of their item (UTC; {@value #UNDATED} last),
 * and, per platform, the flagged items old enough for {@link ItemAge} at the scan's time, with the links of those the
 * export gives one for, to clear them out in bulk. Keeps the counts and, per old flagged item, its id and link.
 */
public final class FindingsByTime {
  /** The key of findings whose item has no date. */
  public static final String UNDATED = "undated";

  /** One platform's old flagged items: how many, and the links of those that have one, in report order. */
  public record OldItems(long items, List<String> permalinks) {}

  private final Instant scannedAt;
  private final Map<Integer, Long> byYear = new TreeMap<>();
  private long undated;
  private final Map<String, Set<String>> oldItemIds = new TreeMap<>();
  private final Map<String, List<String>> oldPermalinks = new TreeMap<>();

  public FindingsByTime(Instant scannedAt) {
    this.scannedAt = scannedAt;
  }

  public void add(ItemFinding found) {
    Item item = found.item();
    if (item.createdAt() == null) {
      undated++;
      return;
    }
    byYear.merge(item.createdAt().atZone(ZoneOffset.UTC).getYear(), 1L, Long::sum);
    if (ItemAge.builtIn().isOld(item, scannedAt)
        && oldItemIds.computeIfAbsent(item.platform(), p -> new HashSet<>()).add(item.id()) && item.permalink() != null) {
      oldPermalinks.computeIfAbsent(item.platform(), p -> new ArrayList<>()).add(item.permalink());
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

  /** Old flagged items by platform, platforms in alphabetical order; only platforms that have any. */
  public Map<String, OldItems> oldItems() {
    Map<String, OldItems> old = new LinkedHashMap<>();
    oldItemIds.forEach((platform, ids) -> old.put(platform, new OldItems(ids.size(), oldPermalinks.getOrDefault(platform, List.of()))));
    return old;
  }
}
