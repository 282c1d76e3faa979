package org.footprint.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;

/**
 * Part 1 of issue 4, in part: the user joining others who attack the same account. A user's own export rarely holds
 * other people's replies, but it holds what the user endorsed (X likes keep the liked tweet's text) and what others
 * posted where it is tied to the user. So a pile-on is a hostile post the user wrote aimed at an account together
 * with hostile posts by others aimed at the same account that the export holds, within a window of days of it.
 * Posts by others alone are endorsements (the per-item findings cover them); a hostile post with only friendly
 * posts by others about the same account is not joining anyone. The collector keeps both sides, bounded.
 */
final class PileOn {
  private final HistoryRules rules;
  private final HistoryRules.PileOn rule;
  private final BoundedSample<AimedPost> own;
  private final BoundedSample<AimedPost> others;

  PileOn(HistoryRules rules) {
    this.rules = rules;
    this.rule = rules.pileOn();
    this.own = new BoundedSample<>(rules.limits().hostileItems());
    this.others = new BoundedSample<>(rules.limits().othersHostileItems());
  }

  /** True when the user wrote, endorsed or has on their timeline a dated item flagged in a counted category. */
  boolean counts(Item item, List<Finding> findings) {
    if (Involvement.of(item) == Involvement.RECEIVED) {
      return false;
    }
    for (Finding finding : findings) {
      if (rule.categories().contains(finding.category())) {
        return Targets.postedAt(item) != null;
      }
    }
    return false;
  }

  synchronized void offer(Item item, ItemRef ref, List<Finding> findings) {
    AimedPost post = AimedPost.of(item, ref, findings, rule.categories());
    if (post != null) {
      (item.authoredBySelf() ? own : others).add(item.id(), post);
    }
  }

  synchronized int keptItems() {
    return own.size() + others.size();
  }

  synchronized List<HistoryCollector.Flagged> findings(CrossItemFindings make) {
    Map<String, List<AimedPost>> ownByTarget = AimedPost.byTarget(own.values());
    Map<String, List<AimedPost>> othersByTarget = AimedPost.byTarget(others.values());
    Duration window = Duration.ofDays(rule.windowDays());
    List<HistoryCollector.Flagged> flagged = new ArrayList<>();
    for (Map.Entry<String, List<AimedPost>> target : ownByTarget.entrySet()) {
      List<AimedPost> attacks = othersByTarget.getOrDefault(target.getKey(), List.of());
      List<AimedPost> joining = new ArrayList<>();
      Set<AimedPost> joined = new TreeSet<>(AimedPost.OLDEST_FIRST);
      for (AimedPost post : target.getValue()) {
        List<AimedPost> near = attacks.stream().filter(attack -> Duration.between(attack.at(), post.at()).abs().compareTo(window) <= 0).toList();
        if (!near.isEmpty()) {
          joining.add(post);
          joined.addAll(near);
        }
      }
      if (joining.isEmpty() || joined.size() < rule.minOthers()) {
        continue;
      }
      flagged.add(finding(make, target.getKey(), joining, new ArrayList<>(joined)));
    }
    return flagged;
  }

  private HistoryCollector.Flagged finding(CrossItemFindings make, String target, List<AimedPost> joining, List<AimedPost> joined) {
    boolean raised = joined.size() >= rule.raiseAtOthers() || joining.size() >= rule.raiseAtOwn();
    String raisedBecause = raised ? "With " + joined.size() + " posts by others and " + joining.size() + " of your own (raised at "
        + rule.raiseAtOthers() + " by others or " + rule.raiseAtOwn() + " of your own) Footprint rates it " + rule.rule().raisedSeverity().id()
        + " rather than " + rule.rule().severity().id() + "." : null;
    String message = CrossItemFindings.placeholders(rule.rule().message(), "target", target, "count", Integer.toString(joining.size()),
        "others", Integer.toString(joined.size()), "days", Integer.toString(rule.windowDays()));
    StringBuilder detail = new StringBuilder("You joined others attacking @").append(target).append(": you ");
    detail.append(String.join(", ", joining.stream().map(post -> make.said(post, CrossItemFindings.ownVerb(post.item()))).toList()));
    detail.append("; and you ").append(String.join(", ", joined.stream().map(post -> make.said(post, othersVerb(post.item()))).toList()));
    detail.append(". Every post is listed with the evidence, oldest first.");
    List<EvidenceSpan> evidence = new ArrayList<>();
    joining.forEach(post -> evidence.addAll(post.evidence()));
    joined.forEach(post -> evidence.addAll(post.evidence()));
    ItemRef latest = joining.get(joining.size() - 1).item();
    Finding finding = make.finding(rule.rule(), raised ? rule.rule().raisedSeverity() : rule.rule().severity(), raisedBecause, latest.id(),
        evidence, message, detail.toString());
    return new HistoryCollector.Flagged(latest.toItem(), List.of(finding));
  }

  private static String othersVerb(ItemRef item) {
    return switch (item.kind()) {
      case LIKE -> "liked";
      case REPOST -> "reposted";
      default -> "have on your timeline";
    };
  }
}
