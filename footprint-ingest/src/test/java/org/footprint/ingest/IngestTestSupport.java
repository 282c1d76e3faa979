package org.footprint.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.footprint.ingest.drafts.DraftsReader;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.model.Item;

/** Runs a scan the way the CLI does and keeps what came out, for assertions. */
public final class IngestTestSupport {
  private IngestTestSupport() {}

  /** What one scan produced. */
  public record Scan(IngestSummary summary, List<Item> items) {
    public List<String> codes() {
      return summary.problems().stream().map(Problem::code).toList();
    }

    public List<String> texts() {
      return items.stream().map(Item::text).sorted().toList();
    }
  }

  public static Scan scan(IngestLimits limits, Path work, Path... inputs) {
    return scan(limits, work, List.of(new DraftsReader()), inputs);
  }

  public static Scan scan(IngestLimits limits, Path work, List<ExportReader> readers, Path... inputs) {
    ConcurrentLinkedQueue<Item> items = new ConcurrentLinkedQueue<>();
    IngestSummary summary = new Ingest(limits, work, readers, 2).scan(List.of(inputs), items::add);
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(Item::id));
    return new Scan(summary, sorted);
  }

  /** Deletes a folder made by a test that cannot use {@code @TempDir} (jqwik properties, fuzz tests). */
  public static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every path under {@code root}, relative, for before/after comparisons. */
  public static List<String> listing(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
