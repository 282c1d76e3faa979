package org.footprint.ingest.testkit;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;

/** An export held in memory, for tests that build their own inputs. */
public final class MemoryExportTree implements ExportTree {
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /** The files of {@code files}, in its iteration order. */
  public static MemoryExportTree of(Map<String, byte[]> files) {
    MemoryExportTree tree = new MemoryExportTree();
    tree.files.putAll(files);
    return tree;
  }

  /** Every file of a zip, read with java.util.zip (the real container layer is tested on its own). */
  public static MemoryExportTree unzip(Path zip) {
    MemoryExportTree tree = new MemoryExportTree();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        if (!entry.isDirectory()) {
          try (InputStream in = file.getInputStream(entry)) {
            tree.with(entry.getName(), in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tree;
  }

  public MemoryExportTree with(String path, String text) {
    return with(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public MemoryExportTree with(String path, byte[] bytes) {
    files.put(path, bytes);
    return this;
  }

  /** The files by path, in order (a live view, for tests that change one file of a built export). */
  public Map<String, byte[]> files() {
    return files;
  }

  @Override
  public String displayName() {
    return "memory";
  }

  @Override
  public List<ExportEntry> entries() {
    return files.entrySet().stream().map(e -> new ExportEntry(e.getKey(), e.getValue().length)).toList();
  }

  @Override
  public InputStream open(ExportEntry entry) throws FileNotFoundException {
    byte[] bytes = files.get(entry.path());
    if (bytes == null) {
      throw new FileNotFoundException(entry.path());
    }
    return new ByteArrayInputStream(bytes);
  }
}
