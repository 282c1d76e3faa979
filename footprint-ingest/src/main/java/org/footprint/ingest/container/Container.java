package org.footprint.ingest.container;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.footprint.ingest.spi.ExportTree;

/**
 * An opened input: the {@link ExportTree} a reader sees, plus the zips found inside it, which are opened as
 * exports of their own (someone zipped their X zip together with their Facebook zip). Closing it deletes any
 * temporary copy it made.
 */
public interface Container extends ExportTree, Closeable {
  /** Entries that are zips, not listed in {@link #entries()}. */
  List<org.footprint.ingest.spi.ExportEntry> nestedZips();

  /** 1 for a zip the user named, 2 for a zip inside it, …; 0 for a folder or plain file. */
  int depth();

  ContainerScope scope();

  @Override
  void close() throws IOException;
}
