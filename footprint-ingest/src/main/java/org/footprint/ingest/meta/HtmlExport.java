package org.footprint.ingest.meta;

import java.util.List;
import java.util.Optional;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;

/**
 * Meta lets users download their information as HTML instead of JSON; the HTML pages are not read. Such an export
 * is still recognised, by the HTML twins of its main files, so the user is told to ask for JSON rather than
 * being told the input is unknown.
 */
public final class HtmlExport {
  /** Problem code: a Meta export downloaded as HTML, which Footprint does not read. */
  public static final String CODE = "ingest.meta.html-export";
  /** How sure a reader is of an HTML export: enough to be chosen, less than any JSON export. */
  public static final int DETECT_SCORE = 50;

  private HtmlExport() {}

  /** The first entry whose path ends with one of the HTML twins, e.g. {@code posts/your_posts_1.html}. */
  public static Optional<ExportEntry> marker(ExportTree tree, List<String> htmlSuffixes) {
    for (ExportEntry entry : tree.entries()) {
      for (String suffix : htmlSuffixes) {
        if (entry.endsWith(suffix)) {
          return Optional.of(entry);
        }
      }
    }
    return Optional.empty();
  }

  /** Tells the user, on the marker entry, to download the export again as JSON. */
  public static void report(ReadContext context, ExportEntry marker, String platform) {
    context.problem(marker, CODE, "this " + platform + " export was downloaded as HTML, which Footprint cannot read;"
        + " download your information again with the format set to JSON");
  }
}
