package org.footprint.ingest.drafts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.ingest.text.LineReader;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * Drafts and generic input, platform {@code draft}: what people write before posting, or a list of posts from
 * a tool Footprint has no reader for. Every item is a {@link ItemKind#DRAFT} authored by the user.
 * <ul>
 *   <li>{@code .txt}/{@code .md}: a single file holds one draft per paragraph (paragraphs are separated by a
 *       blank line); in a folder or zip of several files, each file is one draft.</li>
 *   <li>{@code .jsonl}/{@code .ndjson}: one JSON object per line with a {@code text} string, optionally {@code id}
 *       and {@code created_at} (ISO-8601).</li>
 *   <li>{@code .csv}: a header row with a {@code text} column, optionally {@code id} and {@code created_at}/{@code date}.</li>
 * </ul>
 * Problem codes: {@code ingest.csv.missing-column} (no {@code text} column), {@code ingest.csv.malformed},
 * {@code ingest.json.malformed} and {@code ingest.json.wrong-shape} (a JSON Lines line, with its number),
 * {@code ingest.text.line-too-long} (a draft cut at the string limit).
 * It claims a tree only when every file in it is one of these, and then with a low score, so that platform
 * readers, which recognise their own layouts with higher scores, win.
 */
public final class DraftsReader implements ExportReader {
  /** The platform id of drafts and generic input. */
  public static final String PLATFORM = "draft";
  /** Longest draft kept; the rest is cut with a problem. Matches the default JSON string limit. */
  static final int MAX_DRAFT_CHARS = 10_000_000;
  private static final int MAX_LINE_PROBLEMS = 10;

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public int detect(ExportTree tree) {
    List<ExportEntry> drafts = draftEntries(tree);
    if (drafts.isEmpty()) {
      return 0;
    }
    if (drafts.size() < tree.entries().size()) {
      // Other files mean some export's layout: a README.txt beside tweets.js is not a draft.
      return 0;
    }
    boolean structured = drafts.stream().anyMatch(e -> kind(e) == Kind.JSON_LINES || kind(e) == Kind.CSV);
    // Low on purpose: a platform reader that knows the layout (a WhatsApp _chat.txt, LinkedIn CSVs) must win.
    return structured ? 30 : 20;
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    List<ExportEntry> drafts = draftEntries(tree);
    boolean oneFile = drafts.stream().filter(e -> kind(e) == Kind.TEXT).count() == 1;
    for (ExportEntry entry : drafts) {
      try {
        switch (kind(entry)) {
          case TEXT -> readText(entry, context, oneFile);
          case JSON_LINES -> readJsonLines(entry, context);
          case CSV -> readCsv(entry, context);
        }
      } catch (IOException | UncheckedIOException e) {
        context.problem(entry, "ingest.file.unreadable", "could not be read to the end: " + e.getMessage());
      }
    }
  }

  private enum Kind { TEXT, JSON_LINES, CSV }

  private static Kind kind(ExportEntry entry) {
    String name = entry.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Kind.JSON_LINES;
    }
    if (name.endsWith(".csv")) {
      return Kind.CSV;
    }
    return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") ? Kind.TEXT : null;
  }

  private static List<ExportEntry> draftEntries(ExportTree tree) {
    return tree.entries().stream().filter(e -> kind(e) != null).toList();
  }

  private static void readText(ExportEntry entry, ReadContext context, boolean paragraphs) throws IOException {
    try (LineReader lines = new LineReader(context.text(entry), MAX_DRAFT_CHARS)) {
      StringBuilder draft = new StringBuilder();
      int number = 0;
      boolean cut = false;
      for (String line = lines.readLine(); ; line = lines.readLine()) {
        boolean endOfDraft = line == null || (paragraphs && line.isBlank());
        if (endOfDraft) {
          if (!draft.toString().isBlank()) {
            number++;
            String nativeId = paragraphs ? entry.path() + "#" + number : entry.path();
            context.accept(draft(nativeId, draft.toString().strip(), null));
            if (cut) {
              context.problem(entry, "ingest.text.line-too-long", "draft " + number + " is longer than " + MAX_DRAFT_CHARS + " characters and was cut");
            }
          }
          draft.setLength(0);
          cut = false;
          if (line == null) {
            return;
          }
          continue;
        }
        cut |= lines.truncated();
        if (draft.length() > 0) {
          draft.append('\n');
        }
        int room = MAX_DRAFT_CHARS - draft.length();
        if (line.length() > room) {
          cut = true;
          draft.append(line, 0, Math.max(0, room));
        } else {
          draft.append(line);
        }
      }
    }
  }

  private static void readJsonLines(ExportEntry entry, ReadContext context) throws IOException {
    int bad = 0;
    try (LineReader lines = new LineReader(context.text(entry), MAX_DRAFT_CHARS)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        Complaint complaint = lines.truncated()
            // Only a string longer than the limit makes a line this long: the verdict Jackson would give.
            ? new Complaint("ingest.json.string-too-long", "is longer than " + MAX_DRAFT_CHARS + " characters, the longest a draft may be; it is not read")
            : readJsonLine(entry, context, line, lines.lineNumber());
        if (complaint != null && ++bad <= MAX_LINE_PROBLEMS) {
          context.problem(entry, complaint.code(), "line " + lines.lineNumber() + " " + complaint.text());
        }
      }
    }
    if (bad > MAX_LINE_PROBLEMS) {
      context.problem(entry, "ingest.json.malformed", (bad - MAX_LINE_PROBLEMS) + " more lines could not be read");
    }
  }

  /** Why a JSON Lines line was not read. */
  private record Complaint(String code, String text) {}

  /** Reads one line as a draft; null when it was read. */
  private static Complaint readJsonLine(ExportEntry entry, ReadContext context, String line, long lineNumber) throws IOException {
    Map<String, String> fields;
    try {
      fields = fields(context, line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return new Complaint("ingest.json.malformed", "is not valid JSON: " + e.getOriginalMessage());
    }
    String text = fields.get("text");
    if (text == null) {
      return new Complaint("ingest.json.wrong-shape", "is not a JSON object with a \"text\" string");
    }
    String id = fields.getOrDefault("id", entry.path() + ":" + lineNumber);
    context.accept(draft(id, text, Dates.parse(fields.getOrDefault("created_at", fields.get("date")))));
    return null;
  }

  /** The top-level string and number fields of one JSON object; nested values are skipped unread. */
  private static Map<String, String> fields(ReadContext context, String line) throws IOException {
    Map<String, String> fields = new HashMap<>(8);
    try (JsonParser parser = context.json().createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return fields;
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String name = parser.currentName().toLowerCase(Locale.ROOT);
        JsonToken value = parser.nextToken();
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          fields.putIfAbsent(name, parser.getText());
        } else {
          parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "the object is not closed");
      }
    }
    return fields;
  }

  private static void readCsv(ExportEntry entry, ReadContext context) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
        .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
    try (Reader reader = context.text(entry); CSVParser csv = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = csv.getHeaderMap();
      String textColumn = column(header, "text");
      if (textColumn == null) {
        context.problem(entry, "ingest.csv.missing-column", "the CSV has no \"text\" column (its columns: " + String.join(", ", csv.getHeaderNames()) + ")");
        return;
      }
      String idColumn = column(header, "id");
      String dateColumn = column(header, "created_at") != null ? column(header, "created_at") : column(header, "date");
      try {
        for (CSVRecord record : csv) {
          String text = record.isSet(textColumn) ? record.get(textColumn) : "";
          if (text.isBlank()) {
            continue;
          }
          String id = idColumn != null && record.isSet(idColumn) && !record.get(idColumn).isBlank()
              ? record.get(idColumn) : entry.path() + ":" + record.getRecordNumber();
          Instant createdAt = dateColumn != null && record.isSet(dateColumn) ? Dates.parse(record.get(dateColumn)) : null;
          context.accept(draft(id, text, createdAt));
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        context.problem(entry, "ingest.csv.malformed", "the CSV is broken after record " + csv.getRecordNumber() + ": " + e.getMessage());
      }
    } catch (IllegalArgumentException e) {
      context.problem(entry, "ingest.csv.malformed", "the CSV header cannot be read: " + e.getMessage());
    }
  }

  private static String column(Map<String, Integer> header, String wanted) {
    return header.keySet().stream().filter(name -> name != null && name.strip().equalsIgnoreCase(wanted)).findFirst().orElse(null);
  }

  private static Item draft(String nativeId, String text, Instant createdAt) {
    return Item.builder(PLATFORM, nativeId).kind(ItemKind.DRAFT).authoredBySelf(true).text(text).createdAt(createdAt).build();
  }
}
