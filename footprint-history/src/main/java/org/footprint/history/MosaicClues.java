package org.footprint.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * Part 4 of issue 4: clues that give the user away only when read together. A strong clue is what a per-item exposure
 * rule found (its evidence: an address, the school with the child's name, the routine, the holiday); a weak clue is a
 * signal no rule flags alone (a street name, a house number, a school's name). The collector keeps those spans per
 * item, and after the scan one finding lists every contributing item and says what a stranger could infer from them
 * all. Only what the user posted where others could see it counts (not messages, likes or what they were sent).
 */
final class MosaicClues {
  /** Clue texts the explanation quotes per kind; the evidence lists them all. */
  private static final int SHOWN_PER_KIND = 8;

  /** The clues of one item, by kind: strong ones (a per-item rule's evidence) and weak ones (signals, role the signal). */
  private record ItemClues(ItemRef item, Map<String, List<EvidenceSpan>> strong, Map<String, List<EvidenceSpan>> weak,
      Map<String, List<String>> comparable) {}

  private final HistoryRules.Mosaic rule;
  private final Map<String, String> kindOfRule = new HashMap<>();
  private final Map<String, String> kindOfSignal = new HashMap<>();
  private final Set<String> supporting = new HashSet<>();
  private final List<String> clueSignals;
  private final BoundedSample<ItemClues> items;

  MosaicClues(HistoryRules rules) {
    this.rule = rules.mosaic();
    for (HistoryRules.ClueKind kind : rule.kinds()) {
      kind.rules().forEach(ruleId -> kindOfRule.put(ruleId, kind.name()));
      kind.signals().forEach(signal -> kindOfSignal.put(signal, kind.name()));
      kind.supporting().forEach(signal -> kindOfSignal.put(signal, kind.name()));
      supporting.addAll(kind.supporting());
    }
    this.clueSignals = List.copyOf(new java.util.TreeSet<>(kindOfSignal.keySet()));
    this.items = new BoundedSample<>(rules.limits().clueItems());
  }

  /** Every per-item rule a kind of clue names, for checking them against the catalogue. */
  Set<String> clueRules() {
    return kindOfRule.keySet();
  }

  /** The signals that are weak clues, for the analyser to report per item. */
  List<String> clueSignals() {
    return clueSignals;
  }

  /** True when the item holds a clue: the cheap test made before any lock is taken. */
  boolean holdsClue(Item item, List<Finding> findings, List<EvidenceSpan> signals) {
    if (item.audience() == Audience.DIRECT) {
      return false;
    }
    if (!signals.isEmpty() && countable(Involvement.of(item))) {
      return true;
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

  synchronized void offer(Item item, ItemRef ref, List<Finding> findings, List<EvidenceSpan> signals) {
    Map<String, List<EvidenceSpan>> strong = new LinkedHashMap<>();
    for (Finding finding : findings) {
      String kind = kindOfRule.get(finding.ruleId());
      if (kind != null && countable(finding.involvement())) {
        List<EvidenceSpan> spans = strong.computeIfAbsent(kind, k -> new ArrayList<>());
        finding.evidence().forEach(span -> spans.add(CrossItemFindings.in(item.id(), span)));
      }
    }
    Map<String, List<EvidenceSpan>> weak = new LinkedHashMap<>();
    if (countable(Involvement.of(item))) {
      for (EvidenceSpan signal : signals) {
        String kind = kindOfSignal.get(signal.role());
        // A signal inside a rule's evidence ("14 Rowan Crescent" as the address) is already that strong clue.
        if (kind != null && strong.values().stream().flatMap(List::stream).noneMatch(s -> s.start() < signal.end() && signal.start() < s.end())) {
          weak.computeIfAbsent(kind, k -> new ArrayList<>()).add(CrossItemFindings.in(item.id(), signal));
        }
      }
    }
    if (!strong.isEmpty() || !weak.isEmpty()) {
      items.add(item.id(), new ItemClues(ref, strong, weak, comparableClues(strong, weak)));
    }
  }

  synchronized int keptItems() {
    return items.size();
  }

  /** A kind is established by one strong clue, or by a weak one another post corroborates. */
  private static boolean established(String kind, List<ItemClues> clues, Repeats repeats) {
    for (ItemClues item : clues) {
      if (item.strong().containsKey(kind)) {
        return true;
      }
      for (EvidenceSpan span : item.weak().getOrDefault(kind, List.of())) {
        if (repeats.corroborated(kind, item, span)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Which items' clues repeat a clue's text, by kind: another item's clue of the same kind that contains it or that it
   * contains ("Rowan Crescent" and "14 Rowan Crescent") corroborates it; a street or school named once, with nothing
   * tying it to the user, tells a stranger nothing. Made once per scan from the distinct clue texts, so that checking
   * every weak clue is not a pass over every other item (2,000 items with a clue made that 0.3 s of a scan's end).
   */
  private static final class Repeats {
    /** By kind, each comparable clue text long enough to count, with the items whose clues have it. */
    private final Map<String, Map<String, List<ItemClues>>> owners = new HashMap<>();
    /** By kind and text: up to two distinct items whose clues repeat it, enough to tell whether one is not the asker. */
    private final Map<String, Map<String, List<ItemClues>>> repeatedBy = new HashMap<>();

    Repeats(List<ItemClues> clues) {
      for (ItemClues item : clues) {
        item.comparable().forEach((kind, texts) -> {
          for (String text : texts) {
            if (text.length() >= MIN_REPEATED) {
              owners.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(text, t -> new ArrayList<>()).add(item);
            }
          }
        });
      }
    }

    /** True when another item's clue of the same kind repeats this weak one's text. */
    boolean corroborated(String kind, ItemClues item, EvidenceSpan span) {
      String text = comparable(span.text());
      if (text.length() < MIN_REPEATED) {
        return false;
      }
      List<ItemClues> repeating = repeatedBy.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(text, t -> repeating(kind, t));
      for (ItemClues other : repeating) {
        if (other != item) {
          return true;
        }
      }
      return false;
    }

    private List<ItemClues> repeating(String kind, String text) {
      List<ItemClues> found = new ArrayList<>(2);
      for (Map.Entry<String, List<ItemClues>> other : owners.getOrDefault(kind, Map.of()).entrySet()) {
        if (other.getKey().contains(text) || text.contains(other.getKey())) {
          for (ItemClues owner : other.getValue()) {
            if (found.stream().noneMatch(seen -> seen == owner)) {
              found.add(owner);
              if (found.size() == 2) {
                return found;
              }
            }
          }
        }
      }
      return found;
    }
  }

  /** Characters a clue must have to count as repeating another: "Rd" in two posts ties nothing together. */
  private static final int MIN_REPEATED = 4;

  private static String comparable(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).strip();
  }

  /**
   * The texts of an item's clues that can corroborate another's, by kind, in the form they are compared in: made once
   * per item, as every weak clue is checked against every other item's clues.
   */
  private Map<String, List<String>> comparableClues(Map<String, List<EvidenceSpan>> strong, Map<String, List<EvidenceSpan>> weak) {
    Map<String, List<String>> texts = new HashMap<>();
    for (Map<String, List<EvidenceSpan>> byKind : List.of(strong, weak)) {
      byKind.forEach((kind, spans) -> {
        for (EvidenceSpan clue : spans) {
          if (!supporting.contains(clue.role())) {
            texts.computeIfAbsent(kind, k -> new ArrayList<>()).add(comparable(clue.text()));
          }
        }
      });
    }
    return texts;
  }

  /** The spans of an established kind that count: strong ones, corroborated weak ones, and supporting ones. */
  private List<EvidenceSpan> counted(String kind, ItemClues item, Repeats repeats) {
    List<EvidenceSpan> spans = new ArrayList<>(item.strong().getOrDefault(kind, List.of()));
    for (EvidenceSpan span : item.weak().getOrDefault(kind, List.of())) {
      if (supporting.contains(span.role()) || repeats.corroborated(kind, item, span)) {
        spans.add(span);
      }
    }
    return spans;
  }

  synchronized List<HistoryCollector.Flagged> findings(CrossItemFindings make) {
    List<ItemClues> all = items.values();
    all.sort(Comparator.comparing((ItemClues c) -> c.item().createdAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(c -> c.item().id()));
    Repeats repeats = new Repeats(all);
    List<HistoryRules.ClueKind> kinds = new ArrayList<>();
    for (HistoryRules.ClueKind kind : rule.kinds()) {
      if (established(kind.name(), all, repeats)) {
        kinds.add(kind);
      }
    }
    // What each item counts for, by kind; items with nothing that counts do not contribute.
    List<ItemClues> clues = new ArrayList<>();
    Map<ItemClues, Map<String, List<EvidenceSpan>>> countedSpans = new java.util.IdentityHashMap<>();
    for (ItemClues item : all) {
      Map<String, List<EvidenceSpan>> byKind = new LinkedHashMap<>();
      for (HistoryRules.ClueKind kind : kinds) {
        List<EvidenceSpan> spans = counted(kind.name(), item, repeats);
        if (!spans.isEmpty()) {
          byKind.put(kind.name(), spans);
        }
      }
      if (!byKind.isEmpty()) {
        clues.add(item);
        countedSpans.put(item, byKind);
      }
    }
    if (clues.size() < rule.minItems() || kinds.size() < rule.minKinds()) {
      return List.of();
    }
    List<String> says = new ArrayList<>();
    List<String> kindNames = new ArrayList<>();
    List<EvidenceSpan> evidence = new ArrayList<>();
    StringBuilder detail = new StringBuilder("What the posts give away:");
    for (HistoryRules.ClueKind kind : kinds) {
      says.add(kind.says());
      kindNames.add(kind.name());
      Set<String> shown = new LinkedHashSet<>();
      for (ItemClues item : clues) {
        for (EvidenceSpan span : countedSpans.get(item).getOrDefault(kind.name(), List.of())) {
          evidence.add(span);
          shown.add("'" + span.text() + "'");
        }
      }
      List<String> named = List.copyOf(shown);
      detail.append(' ').append(kind.says()).append(": ").append(String.join(", ", named.subList(0, Math.min(SHOWN_PER_KIND, named.size()))))
          .append(named.size() > SHOWN_PER_KIND ? " and " + (named.size() - SHOWN_PER_KIND) + " more" : "").append(';');
    }
    detail.setCharAt(detail.length() - 1, '.');
    String raisedBecause = null;
    for (List<String> pair : rule.raiseWhen()) {
      if (kindNames.containsAll(pair)) {
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
