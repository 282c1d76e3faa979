package org.footprint.ingest.meta;

import java.util.regex.Pattern;
import org.footprint.ingest.spi.ExportEntry;

/**
 * Where a file of a Meta export sits: its name, and the name of a folder above it, matched below any root, since
 * Meta moves whole folders between export generations and users unpack them under folders of their own.
 *
 * @param folder the folder's name, a regular expression (e.g. {@code comments_and_reactions|comments})
 * @param name the file's name, a regular expression (e.g. {@code your_posts(_\d+)?\.json})
 * @param levelsUp how far above the file that folder is: 1 for its own folder
 */
public record MetaFile(Pattern folder, Pattern name, int levelsUp) {
  public static MetaFile of(String folder, String name) {
    return new MetaFile(Pattern.compile(folder), Pattern.compile(name), 1);
  }

  /** The same, with the folder {@code levelsUp} above the file (e.g. 2 for {@code inbox/<thread>/message_1.json}). */
  public MetaFile above(int levels) {
    return new MetaFile(folder, name, levels);
  }

  public boolean matches(ExportEntry entry) {
    if (!name.matcher(entry.fileName()).matches()) {
      return false;
    }
    String[] parts = entry.path().split("/");
    int at = parts.length - 1 - levelsUp;
    return at >= 0 && folder.matcher(parts[at]).matches();
  }
}
