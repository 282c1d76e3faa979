package org.footprint.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean …": the known names nearest to a mistyped one, by edit distance. */
final class CloseMatches {
  private CloseMatches() {}

  /**
   * Up to {@code limit} of {@code known}, nearest first, within a fifth of the name's length in edits (two at least); a known name
   * ending in the mistyped one ("named-service-user" for "confidentiality.named-service-user") counts as near.
   */
  static List<String> of(String wanted, Collection<String> known, int limit) {
    record Candidate(String name, int distance) {}
    int allowed = Math.max(2, wanted.length() / 5);
    List<Candidate> near = new ArrayList<>();
    for (String name : known) {
      int distance = name.endsWith("." + wanted) ? 1 : distance(wanted, name);
      if (distance <= allowed) {
        near.add(new Candidate(name, distance));
      }
    }
    near.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
    return near.stream().limit(limit).map(Candidate::name).toList();
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
