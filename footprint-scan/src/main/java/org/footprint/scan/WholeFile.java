package org.footprint.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file written whole or not at all: into a temporary file beside it, then moved into place. Never a half-written report. */
public final class WholeFile {
  private WholeFile() {}

  /** Writes the file's text. */
  @FunctionalInterface
  public interface Body {
    void write(Writer writer) throws IOException;
  }

  /**
   * Writes {@code file} (UTF-8) with {@code body}; whatever goes wrong, the file is as it was and no temporary file is left.
   *
   * @throws UncheckedIOException naming the file, when it cannot be written
   */
  public static void write(Path file, Body body) {
    Path partial = null;
    try {
      partial = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + "-", ".partial");
      try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        body.write(writer);
      }
      try {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
    } finally {
      if (partial != null) {
        partial.toFile().delete();
      }
    }
  }
}
