package org.footprint.config;

import java.util.List;
import org.footprint.model.Finding;
import org.footprint.model.Severity;
import org.footprint.policy.PolicyPack;

/**
 * "Is this OK to post?" answered in one line, as {@code footprint check} and the server's draft check both answer it.
 *
 * @param okToPost no finding is at or above the threshold
 * @param line the answer in one sentence
 */
public record DraftVerdict(boolean okToPost, String line) {

  public static DraftVerdict of(List<Finding> findings, Severity threshold, PolicyPack pack) {
    if (findings.isEmpty()) {
      return new DraftVerdict(true, "No findings: nothing in this text goes against the " + pack.title() + " code as far as Footprint can tell.");
    }
    boolean blocking = findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    String count = findings.size() + (findings.size() == 1 ? " finding" : " findings");
    return new DraftVerdict(!blocking, (blocking ? "Think again before posting: " : "Probably fine, with notes: ") + count + " under the " + pack.title() + " code.");
  }
}
