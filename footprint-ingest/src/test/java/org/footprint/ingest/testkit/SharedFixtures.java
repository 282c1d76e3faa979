package org.footprint.ingest.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/fixtures} (read-only samples, never copied into the repository) above the working directory. */
public final class SharedFixtures {
  private SharedFixtures() {}

  /** The fixture folder {@code relative} (e.g. {@code linkedin/sanand0-linkedin}); skips the test when absent. */
  public static Path folder(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/fixtures").resolve(relative);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    assumeTrue(false, "shared fixtures not present: " + relative);
    throw new AssertionError("unreachable");
  }

  public static FolderExportTree tree(String relative) {
    return new FolderExportTree(folder(relative));
  }
}
