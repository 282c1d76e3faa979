package org.footprint.ingest.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;

/** An unpacked export folder (the shared fixtures), for tests only. */
public final class FolderExportTree implements ExportTree {
  private final Path root;
  private final List<ExportEntry> entries;

  public FolderExportTree(Path root) {
    this.root = root;
    try (Stream<Path> walk = Files.walk(root)) {
      this.entries = walk.filter(Files::isRegularFile).sorted()
          .map(p -> new ExportEntry(root.relativize(p).toString().replace('\\', '/'), p.toFile().length()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String displayName() {
    return root.toString();
  }

  @Override
  public List<ExportEntry> entries() {
    return entries;
  }

  @Override
  public InputStream open(ExportEntry entry) throws IOException {
    return Files.newInputStream(root.resolve(entry.path()));
  }
}
