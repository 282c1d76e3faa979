package org.footprint.ingest.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.footprint.ingest.spi.ExportEntry;

/** Opens what the user named, and the zips inside it, as {@link Container}s: by content, not by name. */
public final class Containers {
  private Containers() {}

  /**
   * A folder, a zip (recognised by its first bytes, whatever its name) or a single file.
   *
   * @throws ContainerException with {@code ingest.file.not-found}, {@code ingest.file.empty}, {@code ingest.file.not-zip},
   *     {@code ingest.zip.corrupt}, {@code ingest.zip.too-many-entries} or {@code ingest.file.unreadable}
   */
  public static Container open(Path input, ContainerScope scope) throws ContainerException {
    BasicFileAttributes attrs;
    Path real;
    try {
      // A link the user named is followed (it is their choice); links inside are not.
      real = input.toRealPath();
      attrs = Files.readAttributes(real, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new ContainerException("ingest.file.not-found", "no such file or folder");
    }
    if (attrs.isDirectory()) {
      return FileSystemTree.folder(real, input.toString(), scope);
    }
    if (!attrs.isRegularFile()) {
      throw new ContainerException("ingest.file.unreadable", "not a regular file or folder");
    }
    if (attrs.size() == 0) {
      throw new ContainerException("ingest.file.empty", "the file is empty");
    }
    boolean zip;
    try (InputStream in = Files.newInputStream(real); SeekableByteChannel channel = Files.newByteChannel(real, StandardOpenOption.READ)) {
      // The end record also counts: it survives damage to the first entry, and self-extracting zips have it.
      zip = looksLikeZip(in.readNBytes(4)) || ZipTree.hasEndRecord(channel);
    } catch (IOException e) {
      throw new ContainerException("ingest.file.unreadable", "cannot be read: " + e.getMessage());
    }
    if (zip) {
      try {
        return ZipTree.open(Files.newByteChannel(real, StandardOpenOption.READ), input.toString(), 1, scope, () -> {});
      } catch (IOException e) {
        throw new ContainerException("ingest.file.unreadable", "cannot be read: " + e.getMessage());
      }
    }
    if (EntryNames.isZipName(input.getFileName().toString())) {
      throw new ContainerException("ingest.file.not-zip", "the file is named .zip but is not a zip (an unfinished download, or another format renamed?)");
    }
    return FileSystemTree.file(real, input.toString(), attrs.size(), scope);
  }

  /**
   * The zip {@code entry} of {@code parent}, as an export of its own: from memory when small, otherwise from a
   * bounded temporary copy in the work folder that is deleted when the returned container closes.
   *
   * @throws ContainerException {@code ingest.zip.too-deep} past the depth limit, or why the zip cannot be opened
   */
  public static Container openNested(Container parent, ExportEntry entry) throws ContainerException {
    ContainerScope scope = parent.scope();
    int depth = parent.depth() + 1;
    String name = nestedName(parent, entry);
    if (depth > scope.limits().maxZipDepth()) {
      throw new ContainerException("ingest.zip.too-deep", "a zip inside " + (depth - 1) + " zips is not opened (limit " + scope.limits().maxZipDepth() + " deep)");
    }
    if (parent instanceof FileSystemTree folder) {
      return openZipFile(folder.pathOf(entry), name, depth, scope);
    }
    try {
      if (entry.size() >= 0 && entry.size() <= scope.limits().maxInMemoryZipBytes()) {
        byte[] bytes;
        try (InputStream in = parent.open(entry)) {
          bytes = in.readAllBytes();
        }
        requireZip(bytes.length >= 4 ? java.util.Arrays.copyOf(bytes, 4) : bytes);
        return ZipTree.open(new SeekableInMemoryByteChannel(bytes), name, depth, scope, () -> {});
      }
      return copyThenOpen(parent, entry, name, depth, scope);
    } catch (LimitExceededException e) {
      throw new ContainerException(e.code(), e.getMessage());
    } catch (IOException e) {
      throw new ContainerException("ingest.zip.corrupt", "the zip inside cannot be read: " + e.getMessage());
    }
  }

  /** How a nested zip is named in messages: its own path in a folder, {@code outer.zip!/inner.zip} in a zip. */
  public static String nestedName(Container parent, ExportEntry entry) {
    return parent instanceof FileSystemTree ? Path.of(parent.displayName()).resolve(entry.path()).toString() : parent.displayName() + "!/" + entry.path();
  }

  private static Container openZipFile(Path file, String name, int depth, ContainerScope scope) throws ContainerException {
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        head = in.readNBytes(4);
      }
      if (head.length == 0) {
        throw new ContainerException("ingest.file.empty", "the file is empty");
      }
      requireZip(head);
      return ZipTree.open(Files.newByteChannel(file, java.util.Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)), name, depth, scope, () -> {});
    } catch (IOException e) {
      throw new ContainerException("ingest.file.unreadable", "cannot be read: " + e.getMessage());
    }
  }

  private static Container copyThenOpen(Container parent, ExportEntry entry, String name, int depth, ContainerScope scope) throws IOException, ContainerException {
    Path copy = Files.createTempFile(scope.workFolder(), "nested-", ".zip");
    Runnable delete = () -> {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException ignored) {
        // The work folder is deleted as a whole at the end of the scan.
      }
    };
    try {
      try (InputStream in = parent.open(entry); OutputStream out = Files.newOutputStream(copy, StandardOpenOption.TRUNCATE_EXISTING)) {
        in.transferTo(out);
      }
      try (InputStream in = Files.newInputStream(copy)) {
        requireZip(in.readNBytes(4));
      }
      SeekableByteChannel channel = FileChannel.open(copy, StandardOpenOption.READ);
      return ZipTree.open(channel, name, depth, scope, delete);
    } catch (IOException | ContainerException | RuntimeException e) {
      delete.run();
      throw e;
    }
  }

  private static void requireZip(byte[] head) throws ContainerException {
    if (!looksLikeZip(head)) {
      throw new ContainerException("ingest.file.not-zip", "the entry is named .zip but is not a zip");
    }
  }

  /** A local file header, or the end record of an empty zip. */
  static boolean looksLikeZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
        && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8));
  }
}
