package org.footprint.ingest.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Set;
import org.footprint.ingest.spi.ExportEntry;

/**
 * A folder where an export was unpacked, or a single file. The walk never follows a symbolic link (each is
 * refused with a problem), skips macOS junk, and stops at the entry limit; files are opened without following
 * links and read through the same byte limits as zip entries.
 */
public final class FileSystemTree extends BaseContainer {
  private final Path root;

  private FileSystemTree(Path root, String displayName, ContainerScope scope) {
    super(displayName, 0, scope);
    this.root = root;
  }

  /** Every regular file under {@code folder} (a real path), named {@code displayName} in messages. */
  static FileSystemTree folder(Path folder, String displayName, ContainerScope scope) throws ContainerException {
    FileSystemTree tree = new FileSystemTree(folder, displayName, scope);
    try {
      Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE, tree.new Walker());
    } catch (IOException e) {
      throw new ContainerException("ingest.file.unreadable", "the folder cannot be read: " + e.getMessage());
    }
    tree.sortEntries();
    return tree;
  }

  /** One file (a real path) the user named, as a tree of one entry named after the file. */
  static FileSystemTree file(Path file, String displayName, long size, ContainerScope scope) {
    FileSystemTree tree = new FileSystemTree(file.getParent(), displayName, scope);
    tree.entries.add(new ExportEntry(file.getFileName().toString(), size));
    return tree;
  }

  private final class Walker extends SimpleFileVisitor<Path> {
    private boolean full;

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return !dir.equals(root) && dir.getFileName().toString().equals("__MACOSX") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String path = relative(file);
      if (attrs.isSymbolicLink()) {
        problem(path, "ingest.file.symlink", "a symbolic link is not followed");
        return FileVisitResult.CONTINUE;
      }
      if (!attrs.isRegularFile() || EntryNames.isJunk(path)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.size() > scope().limits().maxEntryBytes()) {
        problem(path, "ingest.file.too-large", "the file is " + attrs.size() + " bytes, more than the limit of " + scope().limits().maxEntryBytes());
        return FileVisitResult.CONTINUE;
      }
      if (entries.size() + nestedZips.size() >= scope().limits().maxEntries()) {
        if (!full) {
          problem(path, "ingest.folder.too-many-files", "the folder has more than " + scope().limits().maxEntries() + " files; this one and the rest are not read");
          full = true;
        }
        return FileVisitResult.TERMINATE;
      }
      add(new ExportEntry(path, attrs.size()));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      problem(relative(file), "ingest.file.unreadable", "cannot be read: " + e.getMessage());
      return FileVisitResult.CONTINUE;
    }
  }

  private String relative(Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** The file on disk behind an entry (for opening a nested zip with random access). */
  Path pathOf(ExportEntry entry) {
    return root.resolve(entry.path());
  }

  @Override
  public InputStream open(ExportEntry entry) throws IOException {
    InputStream in = Channels.newInputStream(Files.newByteChannel(pathOf(entry), Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)));
    long cap = scope().limits().maxEntryBytes();
    return limited(in, entry.path(), cap, "ingest.file.too-large", "the file is larger than the limit of " + cap + " bytes", "ingest.file.unreadable");
  }

  @Override
  public void close() {
    // Nothing is held open between reads.
  }
}
