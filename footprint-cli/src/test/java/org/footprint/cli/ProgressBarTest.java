package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.footprint.ingest.Ingest;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.IngestProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarTest {
  @TempDir Path temp;

  @Test
  void shows_items_megabytes_and_an_estimate() throws Exception {
    Path drafts = Files.writeString(temp.resolve("d.jsonl"), "{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
    IngestProgress progress = new IngestProgress();
    new Ingest(IngestLimits.defaults(), Files.createDirectory(temp.resolve("work"))).scan(List.of(drafts), item -> {}, progress);

    String line = ProgressBar.line(progress, 3.0);

    assertThat(line).startsWith("[" + "#".repeat(24) + "] 100%").contains("2 items").contains("0.0/0.0 MB").contains("ETA 0:00");
  }

  @Test
  void has_no_estimate_before_anything_is_read() {
    assertThat(ProgressBar.line(new IngestProgress(), 0.5)).startsWith("[" + ".".repeat(24) + "]   0%").contains("ETA --:--");
  }
}
