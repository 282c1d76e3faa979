package org.footprint.store;

import static org.footprint.store.StoreFixtures.AT;
import static org.footprint.store.StoreFixtures.finding;
import static org.footprint.store.StoreFixtures.tweet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.footprint.report.ItemFinding;
import org.footprint.review.ReviewDecision;

/**
 * The child process {@link KillTest} kills: commits a scan and some decisions, then starts a large scan or a large
 * batch of decisions and says so on standard output, to be killed in the middle of it.
 */
public final class KilledWriter {
  static final int FINDINGS = 200;
  static final int DECIDED = 100;
  static final String WRITING = "writing";

  private KilledWriter() {}

  /** {@code KilledWriter H2_FILE scan|decisions}. */
  public static void main(String[] args) {
    try (ScanStore store = ScanStore.open(StoreSettings.h2File(Path.of(args[0])))) {
      List<ItemFinding> findings = new ArrayList<>();
      for (int i = 0; i < FINDINGS; i++) {
        findings.add(finding(tweet(Integer.toString(i), "idiot number " + i)));
      }
      StoreFixtures.scan(store, findings);
      store.decide(findings.subList(0, DECIDED).stream()
          .map(f -> new DecisionRequest(FindingKey.of(f.finding()), ReviewDecision.KEEP, "committed", "child")).toList(), AT);
      System.out.println("committed");
      if (args[1].equals("scan")) {
        try (ScanRecording recording = store.record(AT, List.of("huge.zip"), "sssc", "test")) {
          for (long i = 0; ; i++) {
            ItemFinding huge = finding(tweet("huge-" + i, "idiot number " + i));
            recording.add(huge.item(), huge.finding());
            if (i == 5 * ScanRecording.BATCH) {
              System.out.println(WRITING);
            }
          }
        }
      }
      List<DecisionRequest> batch = new ArrayList<>();
      for (int i = 0; i < 1_000_000; i++) {
        batch.add(new DecisionRequest(FindingKey.of(findings.get(i % FINDINGS).finding()), ReviewDecision.DELETE, "never committed", "child"));
      }
      System.out.println(WRITING);
      store.decide(batch, AT);
    }
  }
}
