package org.footprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.footprint.ingest.drafts.DraftsReader;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.model.Item;

/** Scans one fuzzed input and checks what must hold for any input at all. */
public final class FuzzSupport {
  /** Small limits, so that no input can make one execution slow. */
  private static final IngestLimits LIMITS = IngestLimits.defaults().withMaxEntryBytes(1 << 20).withMaxTotalBytes(4 << 20).withMaxEntries(1000);
  /** Codes that mean a reader threw: the scan goes on, but for the fuzzer it is a bug. */
  private static final Set<String> READER_FAILURES = Set.of("ingest.reader.failed", "ingest.internal");
  private static final Pattern DOCUMENTED_CODE = Pattern.compile("`(ingest\\.[a-z0-9.-]+)`");
  private static Set<String> documented;

  private FuzzSupport() {}

  /**
   * Writes {@code data} as {@code fileName} in a fresh folder and scans it with the drafts reader: nothing may be
   * thrown and the work folder must be empty afterwards. Returns the summary, whose problems the caller checks.
   */
  public static IngestSummary scanStaysContained(String fileName, byte[] data) {
    return scanStaysContained(fileName, data, List.of(new DraftsReader()), item -> {});
  }

  /** The same with {@code readers}, handing every item (whose text must not be null) to {@code items}. */
  public static IngestSummary scanStaysContained(String fileName, byte[] data, List<ExportReader> readers, Consumer<Item> items) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("footprint-fuzz");
      Path input = Files.write(folder.resolve(fileName), data);
      Path work = Files.createDirectory(folder.resolve("work"));
      IngestSummary summary = new Ingest(LIMITS, work, readers, 1).scan(List.of(input), item -> {
        assertThat(item.text()).isNotNull();
        items.accept(item);
      });
      assertThat(IngestTestSupport.listing(folder)).containsExactlyInAnyOrder("", fileName, "work");
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (folder != null) {
        IngestTestSupport.deleteTree(folder);
      }
    }
  }

  /** No reader threw, and every problem has a code documented in the README or docs/readers/. */
  public static void assertProblemsDocumented(IngestSummary summary) {
    assertThat(summary.problems()).allSatisfy(p -> {
      assertThat(p.code()).as(p.toString()).startsWith("ingest.").isIn(documentedCodes()).isNotIn(READER_FAILURES);
    });
  }

  private static synchronized Set<String> documentedCodes() {
    if (documented == null) {
      Path root = Path.of("").toAbsolutePath();
      while (!Files.exists(root.resolve("docs/FUZZING.md"))) {
        root = root.getParent();
      }
      try (Stream<Path> readers = Files.list(root.resolve("docs/readers"))) {
        documented = Stream.concat(Stream.of(root.resolve("README.md")), readers).flatMap(FuzzSupport::codesIn).collect(Collectors.toSet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return documented;
  }

  private static Stream<String> codesIn(Path markdown) {
    try {
      Matcher codes = DOCUMENTED_CODE.matcher(Files.readString(markdown));
      return codes.results().map(m -> m.group(1)).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
