package org.footprint.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.footprint.model.Category;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.policy.PolicyPack;

/**
 * Makes the findings of the cross-item rules in the same shape as every other: the pack adjusts the severity and
 * gives the clauses, the explanation says why and what the pack changed, and the finding is about the most recent
 * contributing item (its evidence has no item id; every other span names its item).
 */
final class CrossItemFindings {
  /** Characters of each post an explanation quotes (the evidence has the rest). */
  private static final int QUOTED_CHARACTERS = 60;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  private final PolicyPack pack;
  private final ZoneId zone;
  private final int decimals;

  CrossItemFindings(PolicyPack pack, ZoneId zone, int decimals) {
    this.pack = pack;
    this.zone = zone;
    this.decimals = decimals;
  }

  /**
   * @param ruleSeverity the rule's severity, or its raised severity when repetition or a combination raised it
   * @param raisedBecause why it was raised (a sentence), or null
   * @param evidence every span with its item id; those of {@code itemId} lose it, being the finding's own
   */
  Finding finding(CrossItemRule rule, Severity ruleSeverity, String raisedBecause, String itemId, List<EvidenceSpan> evidence, String message,
      String detail) {
    Severity severity = pack.adjust(rule.category(), ruleSeverity);
    StringBuilder explanation = new StringBuilder(rule.why()).append(' ').append(detail);
    if (raisedBecause != null) {
      explanation.append(' ').append(raisedBecause);
    }
    if (severity != ruleSeverity) {
      explanation.append(" The ").append(pack.title()).append(" pack rates this ").append(severity.id()).append(" (the rule's own level is ")
          .append(ruleSeverity.id()).append(").");
      String note = pack.notes().get(rule.category().id());
      if (note != null) {
        explanation.append(' ').append(note);
      }
    }
    List<EvidenceSpan> own = evidence.stream()
        .map(span -> itemId.equals(span.itemId()) ? new EvidenceSpan(span.start(), span.end(), span.text(), span.role()) : span).toList();
    return new Finding(itemId, Involvement.AUTHORED, rule.category(), severity, rule.confidence(), own, rule.id(), message,
        explanation.toString(), pack.clausesFor(rule.category(), rule.clauses()), rule.remediation(), rule.suggestion());
  }

  /** "Saturday 14 Sep 2024, 21:40" in the rules' time zone. */
  String when(Instant at) {
    return DAY.format(at.atZone(zone));
  }

  /** "replied '@kev_p what a clown' on Tuesday 9 Jul 2024, 20:15" (the text cut to its start). */
  String said(AimedPost post, String verb) {
    String text = post.item().text();
    String start = text.codePointCount(0, text.length()) > QUOTED_CHARACTERS ? text.substring(0, text.offsetByCodePoints(0, QUOTED_CHARACTERS)) + "…" : text;
    return verb + " '" + start + "' on " + when(post.at());
  }

  /** How the user aimed their own post at someone: "replied", "quoted", "commented" or "posted". */
  static String ownVerb(ItemRef item) {
    return switch (item.kind()) {
      case REPLY -> "replied";
      case QUOTE -> "quoted";
      case COMMENT -> "commented";
      default -> "posted";
    };
  }

  /** Coordinates rounded to the rules' decimals: never the exact spot. */
  String near(double latitude, double longitude) {
    return String.format(Locale.ROOT, "%." + decimals + "f, %." + decimals + "f", latitude, longitude);
  }

  /** The evidence of {@code item}'s findings of {@code categories}, each span naming the item. */
  static List<EvidenceSpan> evidenceOf(Item item, List<Finding> findings, Set<Category> categories) {
    List<EvidenceSpan> evidence = new ArrayList<>();
    for (Finding finding : findings) {
      if (categories.contains(finding.category())) {
        finding.evidence().forEach(span -> evidence.add(in(item.id(), span)));
      }
    }
    return evidence;
  }

  /** The span of {@code span} in the item {@code itemId}. */
  static EvidenceSpan in(String itemId, EvidenceSpan span) {
    return new EvidenceSpan(span.start(), span.end(), span.text(), span.role(), itemId);
  }

  static String placeholders(String template, String... pairs) {
    String result = template;
    for (int i = 0; i < pairs.length; i += 2) {
      result = result.replace("{" + pairs[i] + "}", pairs[i + 1]);
    }
    return result;
  }
}
