package org.footprint.ingest.testkit;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;

/** An export held in memory, for tests that build their own inputs. */
public final class MemoryExportTree implements ExportTree {
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  public MemoryExportTree with(String path, String text) {
    return with(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public MemoryExportTree with(String path, byte[] bytes) {
    files.put(path, bytes);
    return this;
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
