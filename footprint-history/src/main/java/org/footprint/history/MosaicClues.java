package org.footprint.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.footprint.model.Audience;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;

/**
 * Part 4 of issue 4: clues that give the user away only when read together. A clue is what a per-item exposure rule
 * found (its evidence: a street, a house number, the school and the child's name, the routine, the holiday); the
 * collector keeps those spans per item, and after the scan one finding lists every contributing item and says what
 * a stranger could infer from them all. Only what the user posted where others could see it counts (not messages).
 */
final class MosaicClues {
  /** The clues of one item: kind of clue to the evidence spans that gave it. */
  private record ItemClues(ItemRef item, Map<String, List<EvidenceSpan>> byKind) {}

  private final HistoryRules.Mosaic rule;
  private final Map<String, String> kindOfRule = new HashMap<>();
  private final BoundedSample<ItemClues> items;

  MosaicClues(HistoryRules rules) {
    this.rule = rules.mosaic();
    for (HistoryRules.ClueKind kind : rule.kinds()) {
      kind.rules().forEach(ruleId -> kindOfRule.put(ruleId, kind.name()));
    }
    this.items = new BoundedSample<>(rules.limits().clueItems());
  }

  /** Every per-item rule a kind of clue names, for checking them against the catalogue. */
  Set<String> clueRules() {
    return kindOfRule.keySet();
  }

  /** True when one of the findings is a clue: the cheap test made before any lock is taken. */
  boolean holdsClue(Item item, List<Finding> findings) {
    if (item.audience() == Audience.DIRECT) {
      return false;
    }
    for (Finding finding : findings) {
      if (kindOfRule.containsKey(finding.ruleId()) && countable(finding.involvement())) {
        return true;
      }
    }
    return false;
  }

  /** What the user wrote, and what others posted where it is tied to them, gives them away; not what they liked or were sent. */
  private static boolean countable(Involvement involvement) {
    return involvement == Involvement.AUTHORED || involvement == Involvement.BY_OTHERS;
  }

  synchronized void offer(Item item, ItemRef ref, List<Finding> findings) {
    Map<String, List<EvidenceSpan>> byKind = new LinkedHashMap<>();
    for (Finding finding : findings) {
      String kind = kindOfRule.get(finding.ruleId());
      if (kind != null && countable(finding.involvement())) {
        List<EvidenceSpan> spans = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        finding.evidence().forEach(span -> spans.add(CrossItemFindings.in(item.id(), span)));
      }
    }
    if (!byKind.isEmpty()) {
      items.add(item.id(), new ItemClues(ref, byKind));
    }
  }

  synchronized int keptItems() {
    return items.size();
  }

  synchronized List<HistoryCollector.Flagged> findings(CrossItemFindings make) {
    List<ItemClues> clues = items.values();
    clues.sort(Comparator.comparing((ItemClues c) -> c.item().createdAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(c -> c.item().id()));
    Set<String> kinds = new LinkedHashSet<>();
    for (HistoryRules.ClueKind kind : rule.kinds()) {
      if (clues.stream().anyMatch(c -> c.byKind().containsKey(kind.name()))) {
        kinds.add(kind.name());
      }
    }
    if (clues.size() < rule.minItems() || kinds.size() < rule.minKinds()) {
      return List.of();
    }
    List<String> says = new ArrayList<>();
    List<EvidenceSpan> evidence = new ArrayList<>();
    StringBuilder detail = new StringBuilder("What each post gives away:");
    for (HistoryRules.ClueKind kind : rule.kinds()) {
      if (!kinds.contains(kind.name())) {
        continue;
      }
      says.add(kind.says());
      List<String> shown = new ArrayList<>();
      for (ItemClues item : clues) {
        for (EvidenceSpan span : item.byKind().getOrDefault(kind.name(), List.of())) {
          evidence.add(span);
          shown.add("'" + span.text() + "'");
        }
      }
      detail.append(' ').append(kind.says()).append(": ").append(String.join(", ", shown.stream().distinct().toList())).append(';');
    }
    detail.setCharAt(detail.length() - 1, '.');
    String raisedBecause = null;
    for (List<String> pair : rule.raiseWhen()) {
      if (kinds.containsAll(pair)) {
        raisedBecause = "Together they show " + says(pair) + ", which is what someone who means harm needs, so Footprint rates it "
            + rule.rule().raisedSeverity().id() + " rather than " + rule.rule().severity().id() + ".";
        break;
      }
    }
    String message = CrossItemFindings.placeholders(rule.rule().message(), "count", Integer.toString(clues.size()), "inferred", list(says));
    ItemRef latest = clues.get(clues.size() - 1).item();
    Finding finding = make.finding(rule.rule(), raisedBecause == null ? rule.rule().severity() : rule.rule().raisedSeverity(), raisedBecause,
        latest.id(), evidence, message, detail.toString());
    return List.of(new HistoryCollector.Flagged(latest.toItem(), List.of(finding)));
  }

  private String says(List<String> kindNames) {
    List<String> says = new ArrayList<>();
    for (HistoryRules.ClueKind kind : rule.kinds()) {
      if (kindNames.contains(kind.name())) {
        says.add(kind.says());
      }
    }
    return list(says);
  }

  /** "a, b and c". */
  static String list(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }
}
