package org.footprint.ingest.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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

  /** One fixture file, in memory under the path {@code as} (to read a single file, or place it as an export would). */
  public static MemoryExportTree file(String folder, String file, String as) {
    try {
      return new MemoryExportTree().with(as, Files.readAllBytes(folder(folder).resolve(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
