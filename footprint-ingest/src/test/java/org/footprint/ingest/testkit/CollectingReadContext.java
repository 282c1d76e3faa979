package org.footprint.ingest.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/** Keeps every item and problem a reader reports, for assertions. Text is read as UTF-8 with an optional BOM. */
public final class CollectingReadContext implements ReadContext {
  /** One reported problem. */
  public record Problem(String entry, String code, String message) {}

  public final List<Item> items = new ArrayList<>();
  public final List<Problem> problems = new ArrayList<>();
  /** The entry being read when each item came, side by side with {@link #items}. */
  private final List<String> itemEntries = new ArrayList<>();
  private String reading;
  private final ExportTree tree;
  private final JsonFactory json = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(5_000_000).build())
      .build();

  public CollectingReadContext(ExportTree tree) {
    this.tree = tree;
  }

  /** Reads {@code tree} with {@code reader} and returns what was collected. */
  public static CollectingReadContext read(ExportReader reader, ExportTree tree) {
    CollectingReadContext context = new CollectingReadContext(tree);
    reader.read(tree, context);
    return context;
  }

  public List<String> texts() {
    return items.stream().map(Item::text).toList();
  }

  public List<String> problemCodes() {
    return problems.stream().map(Problem::code).toList();
  }

  /** The items that came while the entry ending in {@code suffix} was read (e.g. {@code content/posts_1.json}). */
  public List<Item> readFrom(String suffix) {
    List<Item> found = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String entry = itemEntries.get(i);
      if (entry != null && (entry.equals(suffix) || entry.endsWith("/" + suffix))) {
        found.add(items.get(i));
      }
    }
    return found;
  }

  public List<Item> ofKind(ItemKind kind) {
    return items.stream().filter(i -> i.kind() == kind).toList();
  }

  public List<Item> authored() {
    return items.stream().filter(Item::authoredBySelf).toList();
  }

  @Override
  public void accept(Item item) {
    items.add(item);
    itemEntries.add(reading);
  }

  @Override
  public void problem(ExportEntry entry, String code, String message) {
    problems.add(new Problem(entry.path(), code, message));
  }

  @Override
  public Reader text(ExportEntry entry) throws IOException {
    reading = entry.path();
    InputStream in = new BufferedInputStream(tree.open(entry));
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
      in.reset();
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  @Override
  public JsonFactory json() {
    return json;
  }
}
