package org.footprint.ingest.container;

import java.util.Locale;

/** Checks and normalises the names a container gives its entries, before anything is read. */
final class EntryNames {
  private EntryNames() {}

  /** A name accepted as a relative '/'-separated path, or refused with a problem code. */
  record Verdict(String path, String code, String message) {
    boolean refused() {
      return code != null;
    }
  }

  static Verdict check(String rawName) {
    if (rawName.indexOf('\0') >= 0) {
      return new Verdict(null, "ingest.zip.bad-name", "the entry's name contains a NUL character");
    }
    // Zips made on Windows may use '\' as the separator: treat it as one, so "..\..\x" is caught too.
    String name = rawName.replace('\\', '/');
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      return new Verdict(null, "ingest.zip.absolute-path", "the entry's name is an absolute path, which a real export never uses");
    }
    StringBuilder path = new StringBuilder();
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return new Verdict(null, "ingest.zip.path-traversal", "the entry's name climbs out of the archive with '..'");
      }
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (path.length() > 0) {
        path.append('/');
      }
      path.append(segment);
    }
    return new Verdict(path.toString(), null, null);
  }

  /** macOS and OS junk that is never part of an export. */
  static boolean isJunk(String path) {
    return path.startsWith("__MACOSX/") || path.equals("__MACOSX") || path.contains("/__MACOSX/")
        || path.equals(".DS_Store") || path.endsWith("/.DS_Store") || path.endsWith("Thumbs.db") || fileName(path).startsWith("._");
  }

  static boolean isZipName(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
