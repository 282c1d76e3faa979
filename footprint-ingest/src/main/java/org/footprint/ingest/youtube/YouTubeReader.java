package org.footprint.ingest.youtube;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.footprint.ingest.csv.CsvEntries;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.ingest.time.Timestamps;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * YouTube comments from Google Takeout ({@code YouTube and YouTube Music/comments/comments.csv}; the folder and
 * file names are localised, so files are recognised by their header). Two generations (checked against rows
 * from a 2023 Takeout):
 * <ul>
 *   <li>before mid-2024: {@code Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text}
 *       with the text as JSON {@code {"takeoutSegments":[{"text":…},…]}};</li>
 *   <li>after: {@code Channel ID,Comment Create Timestamp,Price,Comment ID,Parent Comment ID,Video ID,Comment Text}
 *       with the text as comma-joined JSON objects {@code {"text":…},{"text":…}} (read as an array).</li>
 * </ul>
 * The text is the segments' {@code text} joined. A comment with a parent is a reply (reply-to = the parent's
 * comment id). Comments are public. Problems: {@code ingest.csv.bad-value} (a Comment Text that is not the
 * expected JSON: kept as written, reported once per file) and those of {@link CsvEntries}.
 */
public final class YouTubeReader implements ExportReader {
  static final List<String> COLUMNS = List.of("Comment ID", "Comment Create Timestamp", "Video ID", "Comment Text");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String platform() {
    return "youtube";
  }

  @Override
  public int detect(ExportTree tree) {
    return CsvEntries.csvFiles(tree).stream().anyMatch(e -> isCommentFile(tree, e)) ? 90 : 0;
  }

  private static boolean isCommentFile(ExportTree tree, ExportEntry entry) {
    return CsvEntries.header(tree, entry).filter(h -> CsvEntries.hasColumns(h, COLUMNS)).isPresent();
  }

  /** Takeout's English layout names the file; a file there whose header is wrong is reported, not skipped. */
  private static boolean inTakeoutCommentsFolder(ExportEntry entry) {
    return entry.endsWith("YouTube and YouTube Music/comments/" + entry.fileName());
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    for (ExportEntry entry : CsvEntries.csvFiles(tree)) {
      if (!isCommentFile(tree, entry) && !inTakeoutCommentsFolder(entry)) {
        continue;
      }
      int[] badTexts = {0};
      CsvEntries.read(context, entry, COLUMNS, row -> context.accept(comment(row, context, badTexts)));
      if (badTexts[0] > 0) {
        context.problem(entry, "ingest.csv.bad-value",
            badTexts[0] + " comment text(s) were not the JSON segments Takeout writes and were kept as written.");
      }
    }
  }

  private Item comment(CsvEntries.Row row, ReadContext context, int[] badTexts) {
    String id = row.get("Comment ID");
    String parent = row.get("Parent Comment ID");
    String video = row.get("Video ID");
    String raw = row.get("Comment Text");
    String text;
    try {
      text = segmentsText(raw, context);
    } catch (IOException e) {
      badTexts[0]++;
      text = raw;
    }
    return Item.builder(platform(), id)
        .kind(parent.isBlank() ? ItemKind.COMMENT : ItemKind.REPLY)
        .createdAt(Timestamps.parse(row.get("Comment Create Timestamp")))
        .text(text)
        .audience(Audience.PUBLIC)
        .replyTo(parent.isBlank() ? null : parent)
        .permalink(video.isBlank() ? null : "https://www.youtube.com/watch?v=" + video + "&lc=" + id)
        .build();
  }

  /** Joins the {@code text} of every segment; the newer generation is a bare list of objects, so it is wrapped. */
  static String segmentsText(String raw, ReadContext context) throws IOException {
    String trimmed = raw.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    String json = trimmed.startsWith("{\"takeoutSegments\"") ? trimmed : "[" + trimmed + "]";
    JsonNode node;
    try (JsonParser parser = context.json().createParser(json)) {
      node = MAPPER.readTree(parser);
    }
    JsonNode segments = node.isArray() ? node : node.path("takeoutSegments");
    if (!segments.isArray()) {
      throw new IOException("no segments");
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode segment : segments) {
      text.append(segment.path("text").asText(""));
    }
    return text.toString();
  }
}
