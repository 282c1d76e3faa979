package org.footprint.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;

/**
 * Part 1 of issue 4, in part: a hostile post aimed at someone identifiable as a colleague or fellow professional.
 * The user's own history identifies them: another post of the user's, not hostile itself, names the account with a
 * work cue ("great shift with @amira_k", "my mentor @amira_k"). A hostile post is never its own evidence that the
 * target is a colleague ("@kev_p you are a pathetic excuse for a manager" names a role to insult it). The collector
 * keeps the user's hostile aimed posts and the work posts (with the cue's span), bounded; only posts that name
 * someone are matched against the cues.
 */
final class ColleagueTarget {
  private final HistoryRules.ColleagueTarget rule;
  private final BoundedSample<AimedPost> hostile;
  private final BoundedSample<AimedPost> workPosts;

  ColleagueTarget(HistoryRules rules) {
    this.rule = rules.colleagueTarget();
    this.hostile = new BoundedSample<>(rules.limits().hostileItems());
    this.workPosts = new BoundedSample<>(rules.limits().workPosts());
  }

  /** True when the user wrote the item, it is aimed at someone, and it was flagged in a counted category. */
  boolean counts(Item item, List<Finding> findings) {
    return AimedPost.ownHostile(item, findings, rule.categories());
  }

  /**
   * The work cue of a post the user wrote that names someone and was not flagged in a counted category (its span,
   * naming the item), or null.
   */
  EvidenceSpan workCue(Item item, List<Finding> findings) {
    if (!item.authoredBySelf() || item.replyTo() == null && item.mentions().isEmpty()) {
      return null;
    }
    for (Finding finding : findings) {
      if (rule.categories().contains(finding.category())) {
        return null;
      }
    }
    Matcher cue = rule.workCues().matcher(item.text());
    return cue.find() ? new EvidenceSpan(cue.start(), cue.end(), cue.group(), "work context", item.id()) : null;
  }

  synchronized void offerHostile(Item item, ItemRef ref, List<Finding> findings) {
    AimedPost post = AimedPost.of(item, ref, findings, rule.categories());
    if (post != null) {
      hostile.add(item.id(), post);
    }
  }

  synchronized void offerWork(Item item, ItemRef ref, EvidenceSpan cue) {
    Set<String> named = Targets.of(item);
    if (!named.isEmpty()) {
      workPosts.add(item.id(), new AimedPost(ref, Targets.postedAt(item), named, List.of(cue)));
    }
  }

  synchronized int keptItems() {
    return hostile.size() + workPosts.size();
  }

  synchronized List<HistoryCollector.Flagged> findings(CrossItemFindings make) {
    Map<String, List<AimedPost>> workByTarget = AimedPost.byTarget(workPosts.values());
    List<HistoryCollector.Flagged> flagged = new ArrayList<>();
    for (Map.Entry<String, List<AimedPost>> target : AimedPost.byTarget(hostile.values()).entrySet()) {
      List<AimedPost> work = workByTarget.get(target.getKey());
      if (work != null) {
        flagged.add(finding(make, target.getKey(), target.getValue(), work));
      }
    }
    return flagged;
  }

  private HistoryCollector.Flagged finding(CrossItemFindings make, String target, List<AimedPost> attacks, List<AimedPost> work) {
    String message = CrossItemFindings.placeholders(rule.rule().message(), "target", target, "count", Integer.toString(attacks.size()),
        "others", Integer.toString(work.size()));
    String detail = "You were hostile to @" + target + ", whom your own posts show is a colleague or fellow professional: you "
        + String.join(", ", work.stream().map(post -> make.said(post, "posted")).toList()) + "; and you "
        + String.join(", ", attacks.stream().map(post -> make.said(post, CrossItemFindings.ownVerb(post.item()))).toList())
        + ". Every post is listed with the evidence, oldest first.";
    List<EvidenceSpan> evidence = new ArrayList<>();
    attacks.forEach(post -> evidence.addAll(post.evidence()));
    work.forEach(post -> evidence.addAll(post.evidence()));
    ItemRef latest = attacks.get(attacks.size() - 1).item();
    Finding finding = make.finding(rule.rule(), rule.rule().severity(), null, latest.id(), evidence, message, detail);
    return new HistoryCollector.Flagged(latest.toItem(), List.of(finding));
  }
}
