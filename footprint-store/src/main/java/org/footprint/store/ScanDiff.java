package org.footprint.store;

import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * What changed between two scans, finding by finding (item id + rule id): findings only the later scan has, those only
 * the earlier one had (the post was deleted or edited so that the rule no longer fires), and those in both.
 */
public record ScanDiff(ScanRecord before, ScanRecord after, List<StoredFinding> newFindings, List<StoredFinding> resolved,
    List<StoredFinding> unchanged) {
  public ScanDiff {
    newFindings = List.copyOf(newFindings);
    resolved = List.copyOf(resolved);
    unchanged = List.copyOf(unchanged);
  }

  /** Each list in {@link StoredFinding#MOST_SERIOUS_FIRST} order; unchanged findings as the later scan has them. */
  public static ScanDiff of(ScanRecord before, List<StoredFinding> earlier, ScanRecord after, List<StoredFinding> later) {
    Set<FindingKey> was = keys(earlier);
    Set<FindingKey> is = keys(later);
    return new ScanDiff(before, after,
        later.stream().filter(f -> !was.contains(f.key())).sorted(StoredFinding.MOST_SERIOUS_FIRST).toList(),
        earlier.stream().filter(f -> !is.contains(f.key())).sorted(StoredFinding.MOST_SERIOUS_FIRST).toList(),
        later.stream().filter(f -> was.contains(f.key())).sorted(StoredFinding.MOST_SERIOUS_FIRST).toList());
  }

  /**
   * The diff between two complete scans in {@code store}, as {@code footprint diff} and the server's {@code GET /diff}
   * show it.
   *
   * @param missing the exception to throw for an id with no complete scan in the store
   */
  public static ScanDiff between(ScanStore store, long before, long after, LongFunction<? extends RuntimeException> missing) {
    ScanRecord earlier = store.scan(before).orElseThrow(() -> missing.apply(before));
    ScanRecord later = store.scan(after).orElseThrow(() -> missing.apply(after));
    return of(earlier, store.findings(before), later, store.findings(after));
  }

  private static Set<FindingKey> keys(List<StoredFinding> findings) {
    return findings.stream().map(StoredFinding::key).collect(Collectors.toSet());
  }
}
