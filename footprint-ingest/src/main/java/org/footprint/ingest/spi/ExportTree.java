package org.footprint.ingest.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The files of one export, whatever holds them: a zip, a folder where the zip was unpacked, or a single
 * file. Entry names were checked before the tree was made (no traversal, no absolute paths, no links), and
 * {@link #open} enforces the size limits while the caller reads, so readers never see more than allowed.
 */
public interface ExportTree {
  /** What the user gave us, for messages: the path of the zip, folder or file (and the entry for a nested zip). */
  String displayName();

  /** Every readable file, in a stable order. */
  List<ExportEntry> entries();

  /** A fresh stream over the entry's bytes; the caller closes it. */
  InputStream open(ExportEntry entry) throws IOException;

  /** The first entry whose path is {@code suffix} or ends with {@code /suffix}. */
  default Optional<ExportEntry> find(String suffix) {
    for (ExportEntry entry : entries()) {
      if (entry.endsWith(suffix)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** Every entry whose file name matches the regular expression (e.g. {@code tweets(-part\d+)?\.js}). */
  default List<ExportEntry> matching(String fileNameRegex) {
    return entries().stream().filter(e -> e.fileName().matches(fileNameRegex)).toList();
  }
}
