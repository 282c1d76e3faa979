package org.footprint.ingest.spi;

/**
 * One file inside an export: its path relative to the export's root, always with '/' separators and no
 * leading '/', as the platform laid it out (e.g. {@code data/tweets.js}), and its uncompressed size.
 *
 * @param path relative path inside the export
 * @param size uncompressed size in bytes, or -1 when the container does not say
 */
public record ExportEntry(String path, long size) {
  /** The last path segment, e.g. {@code tweets.js}. */
  public String fileName() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** True when the path is {@code suffix} or ends with {@code /suffix}: exports are often unpacked one folder deeper. */
  public boolean endsWith(String suffix) {
    return path.equals(suffix) || path.endsWith("/" + suffix);
  }
}
