package org.footprint.ingest.tiktok;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footprint.ingest.problems.ReadProblems;
import org.footprint.ingest.sniff.Sniff;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.ingest.time.Timestamps;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * TikTok's JSON export ({@code user_data_tiktok.json}, older {@code user_data.json}; checked against a 2026
 * export). Section names change between generations ({@code "Comment"/"Comments"}, {@code "Video"/"Videos"},
 * {@code "Activity"} → {@code "Your Activity"}) and key case varies ({@code date}/{@code Date}), so the file is
 * streamed whole and records are recognised by the name of the list that holds them:
 * <ul>
 *   <li>{@code CommentsList} ({@code comment}, {@code date}, {@code url}): the user's comments;</li>
 *   <li>{@code VideoList} outside watch/browsing history ({@code Desc} or {@code Title}, {@code Date},
 *       {@code Link}): the user's own videos, their description as text;</li>
 *   <li>{@code ItemFavoriteList} (the "Like List": {@code date}, {@code link}): likes, not authored, no text;</li>
 *   <li>any {@code bioDescription}: the profile bio;</li>
 *   <li>lists named {@code "Chat History with <name>:"} (in "Direct Messages"; {@code Date}, {@code From},
 *       {@code Content}; shape from importer code, not checked against a real export): direct messages, authored
 *       by self when {@code From} is the account's {@code userName} (read in a first pass, as the Profile section
 *       comes later in the file).</li>
 * </ul>
 * Favourites, collections, watch history and settings are not read: they hold no text the user wrote, or are
 * private bookmarks. Dates have no zone and are read as UTC. Audience of videos and comments is not in the
 * export (unknown). Problems: {@code ingest.json.wrong-shape} (the file is not a JSON object) and those of
 * {@link ReadProblems}.
 */
public final class TikTokReader implements ExportReader {
  private static final Pattern FILE_NAME = Pattern.compile("user_data.*\\.json", Pattern.CASE_INSENSITIVE);
  private static final Pattern VIDEO_ID = Pattern.compile("/(?:video|v)/(\\d+)");
  private static final Set<String> SECTIONS = Set.of("activity", "your activity", "likes and favorites", "comment", "comments",
      "profile", "video", "videos", "direct messages", "ads and data", "app settings", "tiktok live", "tiktok shop", "post", "posts");
  private static final Set<String> TIKTOK_ONLY = Set.of("your activity", "likes and favorites", "tiktok live", "tiktok shop", "ads and data");
  private static final int MAX_DETECT_FILES = 20;
  /** Direct messages are grouped in one list per chat, named after the other person. */
  private static final String CHAT_PREFIX = "Chat History with ";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String platform() {
    return "tiktok";
  }

  @Override
  public int detect(ExportTree tree) {
    int best = 0;
    for (ExportEntry entry : candidates(tree)) {
      List<String> keys = topLevelKeys(tree, entry);
      long known = keys.stream().filter(SECTIONS::contains).count();
      boolean named = FILE_NAME.matcher(entry.fileName()).matches();
      if (named && known > 0 || keys.stream().anyMatch(TIKTOK_ONLY::contains)) {
        best = Math.max(best, named ? 95 : 80);
      }
    }
    return best;
  }

  private static List<ExportEntry> candidates(ExportTree tree) {
    List<ExportEntry> named = tree.entries().stream().filter(e -> FILE_NAME.matcher(e.fileName()).matches()).toList();
    if (!named.isEmpty()) {
      return named;
    }
    return tree.entries().stream().filter(e -> e.fileName().toLowerCase(Locale.ROOT).endsWith(".json")).limit(MAX_DETECT_FILES).toList();
  }

  /** Lower-case top-level keys found in the file's first kilobytes, read without going into the sections. */
  private static List<String> topLevelKeys(ExportTree tree, ExportEntry entry) {
    List<String> keys = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(Sniff.head(tree, entry, Sniff.JSON_HEAD_BYTES))) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          keys.add(parser.currentName().toLowerCase(Locale.ROOT));
          parser.nextToken();
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      // what was read so far decides
    }
    return keys;
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    for (ExportEntry entry : candidates(tree)) {
      if (FILE_NAME.matcher(entry.fileName()).matches() || topLevelKeys(tree, entry).stream().anyMatch(TIKTOK_ONLY::contains)) {
        readFile(tree, context, entry);
      }
    }
  }

  private void readFile(ExportTree tree, ReadContext context, ExportEntry entry) {
    String owner = userName(tree, entry);
    try (Reader reader = context.text(entry); JsonParser parser = context.json().createParser(reader)) {
      parser.setCodec(MAPPER);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        context.problem(entry, "ingest.json.wrong-shape", "A TikTok export is one JSON object of sections; this file is not.");
        return;
      }
      new Walk(context, parser, owner).object(new ArrayList<>());
    } catch (IOException e) {
      ReadProblems.report(context, entry, e);
    }
  }

  /**
   * The account's own {@code userName} (in the Profile section, which comes after Direct Messages), read in a
   * first pass over the raw bytes so that messages can be told apart; null when absent or unreadable.
   */
  private static String userName(ExportTree tree, ExportEntry entry) {
    try (InputStream in = tree.open(entry); JsonParser parser = new JsonFactory().createParser(in)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING && "userName".equalsIgnoreCase(parser.currentName())) {
          return parser.getText().strip();
        }
      }
    } catch (IOException e) {
      // the second pass reports the file's problem
    }
    return null;
  }

  /** One pass over the file, keeping the path of section names to tell own videos from watch history. */
  private final class Walk {
    private final ReadContext context;
    private final JsonParser parser;
    private final String owner;
    private int comments;
    private int messages;

    Walk(ReadContext context, JsonParser parser, String owner) {
      this.context = context;
      this.parser = parser;
      this.owner = owner;
    }

    /** At START_OBJECT: reads to its END_OBJECT. */
    void object(List<String> path) throws IOException {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_ARRAY && isRecordList(name, path)) {
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = parser.readValueAsTree();
            if (node.isObject()) {
              record(name, node);
            }
          }
        } else if (value == JsonToken.VALUE_STRING && name.equalsIgnoreCase("bioDescription")) {
          bio(parser.getText());
        } else {
          path.add(name);
          value(value, path);
          path.remove(path.size() - 1);
        }
      }
    }

    private void value(JsonToken token, List<String> path) throws IOException {
      if (token == JsonToken.START_OBJECT) {
        object(path);
      } else if (token == JsonToken.START_ARRAY) {
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          value(next, path);
        }
      }
    }

    private boolean isRecordList(String name, List<String> path) {
      if (name.startsWith(CHAT_PREFIX)) {
        return true;
      }
      return switch (name) {
        case "CommentsList", "ItemFavoriteList" -> true;
        case "VideoList" -> path.stream().map(p -> p.toLowerCase(Locale.ROOT))
            .noneMatch(p -> p.contains("brows") || p.contains("watch") || p.contains("history"));
        default -> false;
      };
    }

    private void record(String list, JsonNode node) {
      String date = field(node, "date");
      if (list.startsWith(CHAT_PREFIX)) {
        String from = field(node, "from");
        String chat = list.substring(CHAT_PREFIX.length()).replaceAll(":$", "").strip();
        context.accept(Item.builder(platform(), "chat/" + chat + "/" + messages++)
            .kind(ItemKind.MESSAGE)
            .authoredBySelf(owner != null && from.strip().equalsIgnoreCase(owner))
            .createdAt(Timestamps.parse(date))
            .text(field(node, "content"))
            .audience(Audience.DIRECT)
            .build());
        return;
      }
      switch (list) {
        case "CommentsList" -> context.accept(Item.builder(platform(), "comment/" + date + "/" + comments++)
            .kind(ItemKind.COMMENT)
            .createdAt(Timestamps.parse(date))
            .text(field(node, "comment"))
            .permalink(blankToNull(field(node, "url")))
            .build());
        case "VideoList" -> {
          String link = firstOf(node, "link", "videolink");
          String text = firstOf(node, "desc", "description", "title");
          context.accept(Item.builder(platform(), "video/" + videoId(link, date))
              .kind(ItemKind.POST)
              .createdAt(Timestamps.parse(date))
              .text(text)
              .permalink(blankToNull(link))
              .build());
        }
        default -> {
          String link = field(node, "link");
          context.accept(Item.builder(platform(), "like/" + videoId(link, date))
              .kind(ItemKind.LIKE)
              .authoredBySelf(false)
              .createdAt(Timestamps.parse(date))
              .audience(Audience.UNKNOWN)
              .permalink(blankToNull(link))
              .build());
        }
      }
    }

    private void bio(String text) {
      if (!text.isBlank()) {
        context.accept(Item.builder(platform(), "profile/bio").kind(ItemKind.PROFILE_FIELD).text(text).audience(Audience.PUBLIC).build());
      }
    }
  }

  /** A text field by name, ignoring case ({@code date} and {@code Date} both occur); "" when absent or not text. */
  static String field(JsonNode node, String name) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getKey().equalsIgnoreCase(name) && field.getValue().isValueNode() && !field.getValue().isNull()) {
        return field.getValue().asText();
      }
    }
    return "";
  }

  private static String firstOf(JsonNode node, String... names) {
    for (String name : names) {
      String value = field(node, name);
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }

  private static String videoId(String link, String date) {
    Matcher matcher = VIDEO_ID.matcher(link);
    return matcher.find() ? matcher.group(1) : link.isBlank() ? date : link;
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }
}
