package org.footprint.ingest.container;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.footprint.ingest.spi.ExportEntry;

/** What zips and folders share: the entries found, where problems go, and the limited streams handed out. */
abstract class BaseContainer implements Container {
  private final String displayName;
  private final int depth;
  private final ContainerScope scope;
  final List<ExportEntry> entries = new ArrayList<>();
  final List<ExportEntry> nestedZips = new ArrayList<>();

  BaseContainer(String displayName, int depth, ContainerScope scope) {
    this.displayName = displayName;
    this.depth = depth;
    this.scope = scope;
  }

  /** Puts the entries in a stable order once they are all found. */
  final void sortEntries() {
    entries.sort(Comparator.comparing(ExportEntry::path));
    nestedZips.sort(Comparator.comparing(ExportEntry::path));
  }

  /** Files an entry as a nested zip or as a readable entry, by its name. */
  final void add(ExportEntry entry) {
    (EntryNames.isZipName(entry.path()) ? nestedZips : entries).add(entry);
  }

  final void problem(String entry, String code, String message) {
    scope.listener().problem(displayName, entry, code, message);
  }

  /** {@code in}, counted against {@code cap} and the input's budget; breaches and read errors are reported for {@code path}. */
  final InputStream limited(InputStream in, String path, long cap, String capCode, String capMessage, String corruptCode) {
    LimitedInputStream.EntryReport report = new LimitedInputStream.EntryReport() {
      @Override
      public void problem(String code, String message) {
        BaseContainer.this.problem(path, code, message);
      }

      @Override
      public void bytesRead(long count) {
        scope.listener().bytesRead(count);
      }
    };
    return new LimitedInputStream(in, cap, capCode, capMessage, scope.budget(), corruptCode, report);
  }

  @Override
  public final String displayName() {
    return displayName;
  }

  @Override
  public final List<ExportEntry> entries() {
    return Collections.unmodifiableList(entries);
  }

  @Override
  public final List<ExportEntry> nestedZips() {
    return Collections.unmodifiableList(nestedZips);
  }

  @Override
  public final int depth() {
    return depth;
  }

  @Override
  public final ContainerScope scope() {
    return scope;
  }
}
