package org.footprint.store;

import java.time.Instant;
import java.util.List;
import org.footprint.model.Category;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.report.ItemFinding;

/** Items and findings made up for store tests: the store only keeps what it is given, so no analysis is needed. */
final class StoreFixtures {
  static final Instant AT = Instant.parse("2026-11-01T09:00:00Z");
  static final String RULE = "hostility.insult-at-target";

  private StoreFixtures() {}

  static Item tweet(String id, String text) {
    return Item.builder("twitter", id).text(text).createdAt(Instant.parse("2024-03-01T10:00:00Z")).build();
  }

  /** A finding of {@code rule} at {@code severity} whose evidence is the item's first word. */
  static ItemFinding finding(Item item, String rule, Severity severity) {
    String word = item.text().split(" ")[0];
    return new ItemFinding(item, new Finding(item.id(), Involvement.AUTHORED, Category.HOSTILITY, severity, 0.7,
        List.of(new EvidenceSpan(0, word.length(), word, "insult")), rule, "'" + word + "' insults someone.", "Why it matters.",
        List.of(), List.of(), null));
  }

  static ItemFinding finding(Item item) {
    return finding(item, RULE, Severity.MEDIUM);
  }

  /** Saves one complete scan of these findings; returns its id. */
  static long scan(ScanStore store, List<ItemFinding> findings) {
    try (ScanRecording recording = store.record(AT, List.of("/exports/twitter.zip"), "sssc", "test")) {
      findings.forEach(found -> recording.add(found.item(), found.finding()));
      return recording.commit(findings.size() + 10L);
    }
  }
}
