package org.footprint.ingest.sniff;

import java.io.IOException;
import java.io.InputStream;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;

/** Cheap looks at the start of an entry, for {@code detect}: never more than a few kilobytes, whatever the file's size. */
public final class Sniff {
  /** Enough for a JSON file's first top-level keys (Mastodon's {@code @context} alone is about 3 KB). */
  public static final int JSON_HEAD_BYTES = 64 * 1024;

  private Sniff() {}

  /** Up to {@code maxBytes} from the start of {@code entry}; empty when it cannot be read. */
  public static byte[] head(ExportTree tree, ExportEntry entry, int maxBytes) {
    try (InputStream in = tree.open(entry)) {
      return in.readNBytes(maxBytes);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
