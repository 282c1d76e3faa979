package org.footprint.ingest.spi;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.Reader;
import org.footprint.model.Item;

/**
 * What a reader hands its results to. A reader streams: it calls {@link #accept} as it goes and never
 * keeps a whole file in memory. When one entry is broken it reports a {@link #problem} and carries on
 * with the next entry; it throws only when the whole export is unreadable.
 */
public interface ReadContext {
  /** One item read. */
  void accept(Item item);

  /**
   * Something in {@code entry} could not be read. {@code code} is stable and documented
   * (e.g. {@code ingest.json.truncated}); {@code message} says in plain words what is wrong.
   */
  void problem(ExportEntry entry, String code, String message);

  /** The entry as text: BOM and UTF-16 honoured, invalid UTF-8 read as latin-1 with a problem reported. */
  Reader text(ExportEntry entry) throws IOException;

  /** A Jackson factory with nesting-depth and string-length limits set; use it for every JSON read. */
  JsonFactory json();
}
