package org.footprint.ingest.social;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.junit.jupiter.api.Assumptions;

/**
 * Test-only stand-ins for the container layer, for the X, Facebook and Instagram reader tests: a tree over a
 * folder or over in-memory files, and a context that collects items and problems.
 */
public final class SocialTestSupport {
  private SocialTestSupport() {}

  /** A problem as a reader reported it. */
  public record Problem(String entry, String code, String message) {}

  /** Collects what a reader produced; text is read as UTF-8, JSON with modest limits. */
  public static final class Collected implements ReadContext {
    public final List<Item> items = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();
    private final ExportTree tree;
    private final JsonFactory json = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(20_000_000).build())
        .build();

    public Collected(ExportTree tree) {
      this.tree = tree;
    }

    @Override
    public void accept(Item item) {
      items.add(item);
    }

    @Override
    public void problem(ExportEntry entry, String code, String message) {
      problems.add(new Problem(entry.path(), code, message));
    }

    @Override
    public Reader text(ExportEntry entry) throws IOException {
      return new InputStreamReader(tree.open(entry), StandardCharsets.UTF_8);
    }

    @Override
    public JsonFactory json() {
      return json;
    }

    public List<Item> ofKind(ItemKind kind) {
      return items.stream().filter(i -> i.kind() == kind).toList();
    }

    public List<Item> authored() {
      return items.stream().filter(Item::authoredBySelf).toList();
    }

    public List<String> codes() {
      return problems.stream().map(Problem::code).toList();
    }
  }

  /** Every file under a folder, paths relative to it. */
  public static ExportTree folder(Path root) {
    List<ExportEntry> entries;
    try (Stream<Path> walk = Files.walk(root)) {
      entries = walk.filter(Files::isRegularFile).sorted()
          .map(p -> new ExportEntry(root.relativize(p).toString().replace('\\', '/'), size(p))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExportTree() {
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
    };
  }

  /** Every file of a zip, read with java.util.zip (the real container layer is tested on its own). */
  public static ExportTree zip(Path zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(file.entries())) {
        if (!entry.isDirectory()) {
          try (InputStream in = file.getInputStream(entry)) {
            files.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files(files);
  }

  /** Reads a tree with a reader and returns what it produced. */
  public static Collected read(org.footprint.ingest.spi.ExportReader reader, ExportTree tree) {
    Collected collected = new Collected(tree);
    reader.read(tree, collected);
    return collected;
  }

  /** A tree of in-memory files, in insertion order. */
  public static ExportTree files(Map<String, byte[]> files) {
    Map<String, byte[]> copy = new LinkedHashMap<>(files);
    List<ExportEntry> entries = copy.entrySet().stream().map(e -> new ExportEntry(e.getKey(), e.getValue().length)).toList();
    return new ExportTree() {
      @Override
      public String displayName() {
        return "memory";
      }

      @Override
      public List<ExportEntry> entries() {
        return entries;
      }

      @Override
      public InputStream open(ExportEntry entry) {
        return new ByteArrayInputStream(copy.get(entry.path()));
      }
    };
  }

  /** One in-memory file of text. */
  public static Map<String, byte[]> file(String path, String text) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** {@code shared/fixtures/<sub>}, found by walking up from the module; the test is skipped when it is absent. */
  public static Path fixture(String sub) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/fixtures").resolve(sub);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      Path sibling = dir.resolve("../shared/fixtures").resolve(sub).normalize();
      if (Files.isDirectory(sibling)) {
        return sibling;
      }
    }
    Assumptions.assumeTrue(false, "fixture shared/fixtures/" + sub + " is not here");
    return null;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }
}
