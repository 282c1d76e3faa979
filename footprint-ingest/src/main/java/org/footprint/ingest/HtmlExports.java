package org.footprint.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;

/**
 * Spots the exports Meta and Google can deliver as HTML instead of JSON (export-formats.md, "HTML instead of
 * JSON"): parsing them is out of scope, so the user is told to request the JSON format.
 */
final class HtmlExports {
  private static final List<String> META_MARKERS = List.of("your_posts", "your_activity_across_facebook", "your_facebook_activity",
      "your_instagram_activity", "start_here.html", "comments_and_reactions", "profile_information", "content/posts_1.html");
  private static final List<String> GOOGLE_MARKERS = List.of("takeout/", "archive_browser.html", "my-comments", "youtube and youtube music");

  private HtmlExports() {}

  /** What to tell the user when {@code tree} is an HTML-format export with no JSON in it. */
  static Optional<String> advice(ExportTree tree) {
    boolean html = false;
    String service = null;
    for (ExportEntry entry : tree.entries()) {
      String path = entry.path().toLowerCase(Locale.ROOT);
      if (path.endsWith(".json")) {
        return Optional.empty();
      }
      html |= path.endsWith(".html") || path.endsWith(".htm");
      if (service == null && META_MARKERS.stream().anyMatch(path::contains)) {
        service = "Facebook/Instagram";
      } else if (service == null && GOOGLE_MARKERS.stream().anyMatch(path::contains)) {
        service = "Google Takeout";
      }
    }
    if (!html || service == null) {
      return Optional.empty();
    }
    return Optional.of("this looks like a " + service + " export in HTML format, which Footprint does not read:"
        + " request the export again and choose the JSON format");
  }
}
