package org.footprint.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.footprint.model.Category;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * A hostile post aimed at a few accounts, as the hostility analyses keep it: what the report shows of it, when it
 * was posted ({@link Targets#postedAt}, or null), whom it is aimed at, and the evidence of its hostile findings.
 */
record AimedPost(ItemRef item, Instant at, Set<String> targets, List<EvidenceSpan> evidence) {
  static final Comparator<AimedPost> OLDEST_FIRST = Comparator.comparing(AimedPost::at, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(post -> post.item().id());

  /** The post, or null when it is aimed at nobody (or at too many accounts to count for any of them). */
  static AimedPost of(Item item, ItemRef ref, List<Finding> findings, Set<Category> hostile) {
    Set<String> targets = Targets.of(item);
    return targets.isEmpty() ? null : new AimedPost(ref, Targets.postedAt(item), targets, CrossItemFindings.evidenceOf(item, findings, hostile));
  }

  /**
   * True when the user wrote {@code item}, it replies to, mentions or quotes someone, and it was flagged as authored
   * in one of the {@code hostile} categories.
   */
  static boolean ownHostile(Item item, List<Finding> findings, Set<Category> hostile) {
    if (!item.authoredBySelf() || item.replyTo() == null && item.mentions().isEmpty() && item.kind() != ItemKind.QUOTE) {
      return false;
    }
    for (Finding finding : findings) {
      if (finding.involvement() == Involvement.AUTHORED && hostile.contains(finding.category())) {
        return true;
      }
    }
    return false;
  }

  /** The posts aimed at each account (a post at two accounts is under both), accounts in order, posts oldest first. */
  static Map<String, List<AimedPost>> byTarget(List<AimedPost> posts) {
    Map<String, List<AimedPost>> byTarget = new TreeMap<>();
    for (AimedPost post : posts) {
      post.targets().forEach(target -> byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(post));
    }
    byTarget.values().forEach(list -> list.sort(OLDEST_FIRST));
    return byTarget;
  }
}
