package org.footprint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import com.fasterxml.jackson.core.JsonFactory;
import org.footprint.ingest.container.Container;
import org.footprint.ingest.container.ContainerException;
import org.footprint.ingest.container.ContainerListener;
import org.footprint.ingest.container.ContainerScope;
import org.footprint.ingest.container.Containers;
import org.footprint.ingest.drafts.DraftsReader;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.ingest.text.JsonLimits;
import org.footprint.ingest.text.TextDecoder;
import org.footprint.model.Item;

/**
 * Reads one input on one thread: opens it, hands it (or, for exports unpacked side by side, each of its
 * top-level folders) to the reader that recognises it best, then does the same for every zip inside it. Each
 * failure becomes a problem of the export it happened in.
 */
final class InputScan implements ContainerListener {
  private final Path input;
  private final List<ExportReader> readers;
  private final JsonFactory json;
  private final ContainerScope scope;
  private final IngestProgress progress;
  private final Consumer<Queued> sink;
  /** Problems in the order found, each filed under the export it belongs to (the container's name, or a part's key). */
  private final List<Filed> problems = new ArrayList<>();
  /** Entries a container refused or cut short: a reader's own complaint about them would only repeat it. */
  private final Set<String> refused = new HashSet<>();
  private final List<SourceStats> sources = new ArrayList<>();

  /** Items on their way to the sink, with the export they came from: batched, so threads hand over rarely. */
  record Queued(Source source, List<Item> items) {}

  private static final int BATCH = 256;

  InputScan(Path input, List<ExportReader> readers, Ingest.Settings settings, IngestProgress progress, Consumer<Queued> sink) {
    this.input = input;
    this.readers = readers;
    this.json = settings.json();
    this.progress = progress;
    this.sink = sink;
    this.scope = ContainerScope.of(settings.limits(), this, settings.workFolder());
  }

  List<SourceStats> run() {
    progress.reading(input);
    Container container;
    try {
      container = Containers.open(input, scope);
    } catch (ContainerException e) {
      failed(input.toString(), null, input.toString(), e);
      return sources;
    }
    scan(container);
    return sources;
  }

  private void scan(Container container) {
    try (container) {
      container.entries().forEach(entry -> progress.addBytesExpected(Math.max(0, entry.size())));
      String name = container.displayName();
      if (!container.entries().isEmpty()) {
        read(container);
      } else if (container.nestedZips().isEmpty() || !problemsOf(name).isEmpty()) {
        // Nothing to read here but the zips inside (or not even those): keep what was refused on the record.
        if (container.nestedZips().isEmpty()) {
          record(name, null, "ingest.file.empty", "there are no readable files in it");
        }
        sources.add(new SourceStats(name, null, 0, problemsOf(name)));
      }
      for (ExportEntry nested : container.nestedZips()) {
        progress.stopIfCancelled();
        Container child;
        try {
          child = Containers.openNested(container, nested);
        } catch (ContainerException e) {
          String nestedName = Containers.nestedName(container, nested);
          // A zip in a folder is a file of its own; a zip in a zip is an entry of its parent.
          boolean inFolder = container.depth() == 0;
          failed(nestedName, inFolder ? null : nested.path(), inFolder ? nestedName : name, e);
          continue;
        }
        scan(child);
      }
    } catch (IOException e) {
      // Closing failed: everything was read already.
    }
  }

  private void failed(String sourcePath, String entry, String file, ContainerException e) {
    Problem problem = new Problem(file, entry, e.code(), e.getMessage());
    progress.addProblem();
    sources.add(new SourceStats(sourcePath, null, 0, List.of(problem)));
  }

  /**
   * One export inside a container: usually all of it ({@code prefix} null); with exports unpacked side by side,
   * one top-level folder ({@code prefix} "name/", or "" for the loose files at the top).
   */
  private record Part(String key, String name, String prefix, List<ExportEntry> entries) {
    boolean holds(String entry) {
      return prefix == null || (entry != null && (prefix.isEmpty() ? entry.indexOf('/') < 0 : entry.startsWith(prefix)));
    }
  }

  private void read(Container container) {
    List<Part> parts = parts(container);
    for (Part part : parts) {
      progress.stopIfCancelled();
      readPart(container, part);
    }
    if (parts.size() > 1) {
      // Refused entries that belong to none of the exports (a name with '..', say) still get reported.
      List<Problem> leftover = problemsOf(container.displayName()).stream().filter(p -> parts.stream().noneMatch(part -> part.holds(p.entry()))).toList();
      if (!leftover.isEmpty()) {
        sources.add(new SourceStats(container.displayName(), null, 0, leftover));
      }
    }
  }

  /**
   * The whole container, unless someone unpacked several exports into it side by side: its top-level folders are
   * recognised unmistakably (a score of at least {@value #SIDE_BY_SIDE}) by two or more different platform readers,
   * or two or more of them hold one platform's main data (a score of at least {@value #OWN_EXPORT}: this year's and
   * last year's Facebook exports, two X archives). Then each top-level folder is an export of its own. One export's
   * own top-level folders ({@code posts/}, {@code comments_and_reactions/}, {@code profile_information/}) hold the
   * main data in one of them only, so they stay one export.
   */
  private List<Part> parts(Container container) {
    String name = container.displayName();
    List<Part> whole = List.of(new Part(name, name, null, container.entries()));
    Map<String, List<ExportEntry>> byFolder = new TreeMap<>();
    for (ExportEntry entry : container.entries()) {
      int slash = entry.path().indexOf('/');
      byFolder.computeIfAbsent(slash < 0 ? "" : entry.path().substring(0, slash + 1), f -> new ArrayList<>()).add(entry);
    }
    if (byFolder.size() < 2) {
      return whole;
    }
    List<Part> parts = new ArrayList<>();
    Set<String> platforms = new HashSet<>();
    Map<String, Integer> wholeExports = new HashMap<>();
    for (Map.Entry<String, List<ExportEntry>> folder : byFolder.entrySet()) {
      String prefix = folder.getKey();
      String partName = prefix.isEmpty() ? name
          : container.depth() == 0 ? Path.of(name).resolve(prefix.substring(0, prefix.length() - 1)).toString() : name + "!/" + prefix;
      Part part = new Part(name + "\0" + prefix, partName, prefix, folder.getValue());
      parts.add(part);
      Scored best = best(new Source(container, part), false);
      if (best != null && best.score() >= SIDE_BY_SIDE && !best.reader().platform().equals(DraftsReader.PLATFORM)) {
        platforms.add(best.reader().platform());
        if (best.score() >= OWN_EXPORT) {
          wholeExports.merge(best.reader().platform(), 1, Integer::sum);
        }
      }
    }
    JsonLimits.takeViolation();
    boolean sideBySide = platforms.size() >= 2 || wholeExports.values().stream().anyMatch(count -> count >= 2);
    return sideBySide ? parts : whole;
  }

  /** Score from which a reader is sure enough of a top-level folder to read it apart from its neighbours. */
  static final int SIDE_BY_SIDE = 80;
  /** Score from which a folder holds a platform's main data (posts, tweets), not only a part of an export. */
  static final int OWN_EXPORT = 90;

  private record Scored(ExportReader reader, int score) {}

  /** The reader that scores {@code source} highest, or null when none scores it above 0. */
  private Scored best(Source source, boolean report) {
    Scored best = null;
    for (ExportReader reader : readers) {
      int score;
      try {
        score = reader.detect(source);
      } catch (ScanCancelledException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        // A reader bug: it loses this export, and says so, but the other readers still get their chance.
        if (report) {
          source.record(null, "ingest.reader.failed", "the " + reader.platform() + " reader failed while recognising the export: " + Ingest.oneLine(e));
        }
        score = 0;
      }
      if (score > 0 && (best == null || score > best.score())) {
        best = new Scored(reader, score);
      }
    }
    return best;
  }

  private void readPart(Container container, Part part) {
    Source source = new Source(container, part);
    Scored best = best(source, true);
    JsonLimits.takeViolation();
    if (best == null) {
      String advice = HtmlExports.advice(source).orElse(null);
      if (advice != null) {
        source.record(null, "ingest.format.html-export", advice);
      } else {
        source.record(null, "ingest.format.unknown", "not an export Footprint recognises; it reads: " + supported());
      }
      sources.add(new SourceStats(part.name(), null, 0, problemsOf(container, part)));
      return;
    }
    ExportReader reader = best.reader();
    try {
      reader.read(source, source);
    } catch (ScanCancelledException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      String message = e instanceof StackOverflowError ? "the data nests too deeply to read" : Ingest.oneLine(e);
      source.problem(source.lastOpened, "ingest.reader.failed", "the " + reader.platform() + " reader stopped here: " + message);
    } finally {
      source.flush();
    }
    JsonLimits.takeViolation().ifPresent(v -> source.record(source.lastOpenedPath(), v.code(), v.message()));
    sources.add(new SourceStats(part.name(), reader.platform(), source.items.get(), problemsOf(container, part)));
  }

  /** The part's own problems and, when it is one folder of several, the container's problems about its entries. */
  private synchronized List<Problem> problemsOf(Container container, Part part) {
    String containerKey = container.displayName();
    return problems.stream()
        .filter(f -> f.key().equals(part.key()) || (part.prefix() != null && f.key().equals(containerKey) && part.holds(f.problem().entry())))
        .map(Filed::problem).toList();
  }

  private String supported() {
    return String.join(", ", readers.stream().map(ExportReader::platform).distinct().sorted().toList())
        + " (see the README, \"Supported exports\")";
  }

  private record Filed(String key, Problem problem) {}

  private synchronized List<Problem> problemsOf(String key) {
    return problems.stream().filter(f -> f.key().equals(key)).map(Filed::problem).toList();
  }

  private void record(String file, String entry, String code, String message) {
    record(file, file, entry, code, message);
  }

  private synchronized void record(String key, String file, String entry, String code, String message) {
    problems.add(new Filed(key, new Problem(file, entry, code, message)));
    progress.addProblem();
  }

  /** A container refused an entry or cut it short. */
  @Override
  public synchronized void problem(String file, String entry, String code, String message) {
    if (entry != null) {
      refused.add(file + "\0" + entry);
    }
    record(file, entry, code, message);
  }

  @Override
  public void bytesRead(long count) {
    progress.addBytesRead(count);
  }

  private synchronized boolean isRefused(String file, String entry) {
    return refused.contains(file + "\0" + entry);
  }

  /** The tree a reader sees and the context it reports to, for one export. */
  final class Source implements ExportTree, ReadContext {
    private final Container container;
    private final Part part;
    private final AtomicLong items = new AtomicLong();
    private volatile ExportEntry lastOpened;
    private List<Item> batch = new ArrayList<>(BATCH);

    Source(Container container, Part part) {
      this.container = container;
      this.part = part;
    }

    /** A problem of this export; its file is always the container, which the user can find. */
    void record(String entry, String code, String message) {
      InputScan.this.record(part.key(), container.displayName(), entry, code, message);
    }

    String lastOpenedPath() {
      ExportEntry entry = lastOpened;
      return entry == null ? null : entry.path();
    }

    @Override
    public String displayName() {
      return part.name();
    }

    @Override
    public List<ExportEntry> entries() {
      return part.entries();
    }

    @Override
    public InputStream open(ExportEntry entry) throws IOException {
      progress.stopIfCancelled();
      lastOpened = entry;
      return container.open(entry);
    }

    @Override
    public void accept(Item item) {
      progress.stopIfCancelled();
      items.incrementAndGet();
      batch.add(item);
      if (batch.size() == BATCH) {
        flush();
      }
    }

    void flush() {
      if (!batch.isEmpty() && !progress.cancelled()) {
        sink.accept(new Queued(this, batch));
        batch = new ArrayList<>(BATCH);
      }
    }

    @Override
    public void problem(ExportEntry entry, String code, String message) {
      String path = entry == null ? null : entry.path();
      // A JSON limit just broken on this thread is why the reader complains: report it by its own code.
      // Decoding warnings are never the consequence of one, so they leave it pending.
      var violation = code.startsWith("ingest.text.") ? java.util.Optional.<JsonLimits.Violation>empty() : JsonLimits.takeViolation();
      if (path != null && isRefused(container.displayName(), path)) {
        return;
      }
      if (violation.isPresent()) {
        record(path, violation.get().code(), violation.get().message());
      } else {
        record(path, code, message);
      }
    }

    @Override
    public Reader text(ExportEntry entry) throws IOException {
      return TextDecoder.decode(open(entry), (code, message) -> problem(entry, code, message));
    }

    @Override
    public JsonFactory json() {
      return json;
    }
  }
}
