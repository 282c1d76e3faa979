package org.footprint.ingest;

import java.util.List;

/**
 * What one export yielded: an input the user named, or a zip found inside one.
 *
 * @param path the input's path, with {@code !/entry} for a zip inside a zip
 * @param platform the reader that read it, or null when none recognised it (or it could not be opened)
 * @param items how many items were read from it
 * @param problems what went wrong in it, in the order found
 */
public record SourceStats(String path, String platform, long items, List<Problem> problems) {
  public SourceStats {
    problems = List.copyOf(problems);
  }

  /** True when a reader read it and nothing went wrong. */
  public boolean readCleanly() {
    return platform != null && problems.isEmpty();
  }
}
