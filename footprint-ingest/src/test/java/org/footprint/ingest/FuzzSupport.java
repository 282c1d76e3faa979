package org.footprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.footprint.ingest.drafts.DraftsReader;

/** Scans one fuzzed input and checks what must hold for any input at all. */
public final class FuzzSupport {
  /** Small limits, so that no input can make one execution slow. */
  private static final IngestLimits LIMITS = IngestLimits.defaults().withMaxEntryBytes(1 << 20).withMaxTotalBytes(4 << 20).withMaxEntries(1000);

  private FuzzSupport() {}

  /**
   * Writes {@code data} as {@code fileName} in a fresh folder and scans it: nothing may be thrown and the work
   * folder must be empty afterwards. Returns the summary, whose problems the caller checks.
   */
  public static IngestSummary scanStaysContained(String fileName, byte[] data) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("footprint-fuzz");
      Path input = Files.write(folder.resolve(fileName), data);
      Path work = Files.createDirectory(folder.resolve("work"));
      IngestSummary summary = new Ingest(LIMITS, work, List.of(new DraftsReader()), 1).scan(List.of(input), item -> assertThat(item.text()).isNotNull());
      assertThat(IngestTestSupport.listing(folder)).containsExactlyInAnyOrder("", fileName, "work");
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (folder != null) {
        IngestTestSupport.deleteTree(folder);
      }
    }
  }
}
