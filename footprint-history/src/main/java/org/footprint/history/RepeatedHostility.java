package org.footprint.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * Part 1 of issue 4, in part: the user's hostile posts aimed at the same account again and again. An item counts when
 * the user wrote it, a per-item rule of one of the counted categories flagged it, and it replies to, mentions or
 * quotes a few accounts at most (a post naming ten people is not aimed at one); a hostile quote-post ("dunking")
 * counts for the account it quotes. The collector keeps the accounts
 * and the evidence; after the scan every account with enough posts gets one finding listing them all.
 */
final class RepeatedHostility {
  private final HistoryRules rules;
  private final HistoryRules.RepeatedHostility rule;
  private final BoundedSample<AimedPost> items;

  RepeatedHostility(HistoryRules rules) {
    this.rules = rules;
    this.rule = rules.repeatedHostility();
    this.items = new BoundedSample<>(rules.limits().hostileItems());
  }

  /** True when the user wrote the item, it is aimed at someone, and it was flagged in a counted category. */
  boolean counts(Item item, List<Finding> findings) {
    return AimedPost.ownHostile(item, findings, rule.categories());
  }

  synchronized void offer(Item item, ItemRef ref, List<Finding> findings) {
    AimedPost post = AimedPost.of(item, ref, findings, rule.categories());
    if (post != null) {
      items.add(item.id(), post);
    }
  }

  synchronized int keptItems() {
    return items.size();
  }

  synchronized List<HistoryCollector.Flagged> findings(CrossItemFindings make) {
    List<HistoryCollector.Flagged> flagged = new ArrayList<>();
    for (Map.Entry<String, List<AimedPost>> target : AimedPost.byTarget(items.values()).entrySet()) {
      List<AimedPost> posts = target.getValue();
      if (posts.size() < rule.minPosts()) {
        continue;
      }
      Set<LocalDate> days = new HashSet<>();
      List<EvidenceSpan> evidence = new ArrayList<>();
      for (AimedPost post : posts) {
        if (post.item().createdAt() != null) {
          days.add(post.item().createdAt().atZone(rules.zone()).toLocalDate());
        }
        evidence.addAll(post.evidence());
      }
      boolean raised = posts.size() >= rule.raiseAt();
      String raisedBecause = raised ? "With " + posts.size() + " posts (" + rule.raiseAt() + " or more) Footprint rates it "
          + rule.rule().raisedSeverity().id() + " rather than " + rule.rule().severity().id() + "." : null;
      String message = CrossItemFindings.placeholders(rule.rule().message(), "count", Integer.toString(posts.size()), "days",
          Integer.toString(days.size()), "target", target.getKey());
      long quotes = posts.stream().filter(post -> post.item().kind() == ItemKind.QUOTE).count();
      String detail = (quotes == 0 ? "" : quotes + " of them quote the account's own post to mock it in front of your followers (\"dunking\"). ")
          + "Every post is listed with the evidence, oldest first.";
      ItemRef latest = posts.get(posts.size() - 1).item();
      Finding finding = make.finding(rule.rule(), raised ? rule.rule().raisedSeverity() : rule.rule().severity(), raisedBecause, latest.id(),
          evidence, message, detail);
      flagged.add(new HistoryCollector.Flagged(latest.toItem(), List.of(finding)));
    }
    return flagged;
  }
}
