package org.footprint.synth.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where a generated archive goes: a zip when the path ends in {@code .zip}, otherwise a folder (as if the user had
 * unpacked the zip). Files are written one at a time, each fully before the next.
 */
abstract class ArchiveOutput implements AutoCloseable {
  static ArchiveOutput to(Path out) throws IOException {
    if (out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      return new Zip(new ZipOutputStream(Files.newOutputStream(out)));
    }
    Files.createDirectories(out);
    return new Folder(out);
  }

  /** A stream for the file at {@code path} (relative, '/'-separated); close it before opening the next. */
  abstract OutputStream open(String path) throws IOException;

  void write(String path, byte[] bytes) throws IOException {
    try (OutputStream file = open(path)) {
      file.write(bytes);
    }
  }

  @Override
  public abstract void close() throws IOException;

  private static final class Zip extends ArchiveOutput {
    private final ZipOutputStream zip;

    Zip(ZipOutputStream zip) {
      this.zip = zip;
    }

    @Override
    OutputStream open(String path) throws IOException {
      zip.putNextEntry(new ZipEntry(path));
      return new FilterOutputStream(zip) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          zip.closeEntry();
        }
      };
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }

  private static final class Folder extends ArchiveOutput {
    private final Path root;

    Folder(Path root) {
      this.root = root;
    }

    @Override
    OutputStream open(String path) throws IOException {
      Path file = root.resolve(path).normalize();
      if (!file.startsWith(root)) {
        throw new IOException("refusing to write outside the output folder: " + path);
      }
      Files.createDirectories(file.getParent());
      return new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    @Override
    public void close() {
      // every file was closed as it was written
    }
  }
}
