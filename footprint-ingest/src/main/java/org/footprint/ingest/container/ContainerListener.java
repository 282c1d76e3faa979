package org.footprint.ingest.container;

/** Where a container reports what it refused or could not read, and how many bytes were read (for progress). */
public interface ContainerListener {
  /** {@code entry} is null for a problem with the whole container. */
  void problem(String file, String entry, String code, String message);

  /** {@code count} more uncompressed bytes were read. */
  default void bytesRead(long count) {}
}
