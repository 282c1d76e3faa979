package org.footprint.watch;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.footprint.analysis.Analyzer;
import org.footprint.analysis.normalise.NormalisedText;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.policy.ItemContextPolicy;
import org.footprint.policy.PolicyPack;

/**
 * Finds the watch-list's people and places in a post: every run of 1..n words of the analyser's normalised text
 * (n the longest entry) whose first word's bucket is one an entry starts with is hashed and looked up; the longest
 * match at a word wins. One finding per post, its evidence the words as the post wrote them, explained without
 * revealing the list. Immutable and thread-safe: a snapshot of the list when it was made.
 */
public final class WatchedNames implements Analyzer.FindingStage {
  private final WatchList list;
  private final WatchRule rule;
  private final PolicyPack pack;
  private final ItemContextPolicy contexts = ItemContextPolicy.builtIn();
  private final BitSet firstWords = new BitSet();
  /** Each entry's hash (its first 128 bits: no two phrases share them) with its word count. */
  private final Set<Phrase> phrases = new HashSet<>();
  private final int longest;

  public WatchedNames(WatchList list, WatchRule rule, PolicyPack pack) {
    this.list = list;
    this.rule = rule;
    this.pack = pack;
    int words = 0;
    for (WatchList.Entry entry : list.entries()) {
      firstWords.set(entry.bucket());
      phrases.add(Phrase.of(entry.hash(), entry.words()));
      words = Math.max(words, entry.words());
    }
    this.longest = words;
  }

  public int size() {
    return phrases.size();
  }

  @Override
  public List<Finding> apply(Item item, NormalisedText text, List<Finding> findings) {
    if (phrases.isEmpty()) {
      return findings;
    }
    List<EvidenceSpan> spans = null;
    List<WatchTokens.Token> tokens = WatchTokens.of(text.text());
    for (int t = 0; t < tokens.size(); t++) {
      if (!firstWords.get(list.bucket(tokens.get(t).word()))) {
        continue;
      }
      for (int words = Math.min(longest, tokens.size() - t); words >= 1; words--) {
        String phrase = WatchTokens.phrase(tokens, t, t + words);
        if (phrases.contains(Phrase.of(list.hmac(phrase), words))) {
          if (spans == null) {
            spans = new ArrayList<>(1);
          }
          spans.add(text.evidence(tokens.get(t).start(), tokens.get(t + words - 1).end(), rule.role()));
          t += words - 1;
          break;
        }
      }
    }
    if (spans == null) {
      return findings;
    }
    List<Finding> withWatched = new ArrayList<>(findings.size() + 1);
    withWatched.addAll(findings);
    withWatched.add(finding(item, spans));
    return withWatched;
  }

  private record Phrase(long high, long low, int words) {
    static Phrase of(byte[] hash, int words) {
      ByteBuffer bytes = ByteBuffer.wrap(hash);
      return new Phrase(bytes.getLong(), bytes.getLong(), words);
    }
  }

  /** Shaped as the analyser shapes a rule's finding: the pack's level and clauses, and what the user's part in the item changes. */
  private Finding finding(Item item, List<EvidenceSpan> spans) {
    Involvement involvement = Involvement.of(item);
    ItemContextPolicy.Treatment who = contexts.involvement(involvement);
    Severity severity = who.adjust(rule.category(), pack.adjust(rule.category(), rule.severity()));
    return new Finding(item.id(), involvement, rule.category(), severity, rule.confidence(), spans, rule.id(), who.message() + rule.message(),
        rule.why(), pack.clausesFor(rule.category(), rule.clauses()), who.remediation(rule.category(), rule.remediation()),
        involvement == Involvement.AUTHORED ? rule.suggestion() : null);
  }
}
