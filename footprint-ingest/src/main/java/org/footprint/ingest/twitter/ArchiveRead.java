package org.footprint.ingest.twitter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.footprint.ingest.audience.PrivacyHistory;
import org.footprint.ingest.json.JsonRecords;
import org.footprint.ingest.json.JsonRecords.BadData;
import org.footprint.ingest.media.Exif;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Media;
import org.footprint.model.Place;

/** One reading of one archive: the account, its protected periods, long-post notes and media, then every item. */
final class ArchiveRead {
  /** Problem code: the manifest lists a data file of a type Footprint reads, but the archive lacks it. */
  static final String MISSING_FILE = "ingest.twitter.missing-file";
  private static final Pattern STATUS_LINK = Pattern.compile("https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/\\w+/status(?:es)?/\\d+.*");
  private static final Set<String> ANY = Set.of();

  private final ExportTree tree;
  private final ReadContext context;
  private final Map<DataType, List<ExportEntry>> listed = new HashMap<>();
  private final PrivacyHistory history = new PrivacyHistory(Audience.FOLLOWERS);
  private final NoteTweets notes = new NoteTweets();
  private Map<String, Map<String, List<ExportEntry>>> mediaByFolder;
  private String accountId;
  private String userName;

  ArchiveRead(ExportTree tree, ReadContext context) {
    this.tree = tree;
    this.context = context;
  }

  void run() {
    tree.find("data/manifest.js").ifPresent(this::readManifest);
    for (ExportEntry entry : files(DataType.ACCOUNT)) {
      each(entry, "account records", (record, index) -> readAccount(record.path("account")));
    }
    for (ExportEntry entry : files(DataType.PROTECTED_HISTORY)) {
      each(entry, "protected-history records", (record, index) -> readProtectedSwitch(record));
    }
    for (ExportEntry entry : files(DataType.NOTE_TWEETS)) {
      each(entry, "note tweets", (record, index) -> notes.add(record.path("noteTweet")));
    }
    for (DataType type : List.of(DataType.TWEETS, DataType.LEGACY_TWEETS, DataType.COMMUNITY_TWEETS,
        DataType.CIRCLE_TWEETS, DataType.DELETED_TWEETS, DataType.GRAILBIRD_TWEETS)) {
      for (ExportEntry entry : files(type)) {
        readTweets(entry, type);
      }
    }
    notes.unmatched().forEach(note -> context.accept(notePost(note)));
    for (ExportEntry entry : files(DataType.LIKES)) {
      readLikes(entry);
    }
    for (ExportEntry entry : files(DataType.DIRECT_MESSAGES)) {
      readMessages(entry);
    }
    for (ExportEntry entry : files(DataType.GROUP_DIRECT_MESSAGES)) {
      readMessages(entry);
    }
    for (ExportEntry entry : files(DataType.PERISCOPE_COMMENTS)) {
      each(entry, "live-stream comments", (record, index) -> liveComment(record.path("periscopeCommentsMadeByUser")));
    }
    for (ExportEntry entry : files(DataType.PROFILE)) {
      each(entry, "profile records", (record, index) -> readProfile(record.path("profile")));
    }
  }

  // ---------------------------------------------------------------- files

  private void readManifest(ExportEntry manifest) {
    JsonRecords.parse(manifest, context, YtdFile.source(tree, manifest), parser -> {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw BadData.wrongShape("the manifest should be one object with userInfo and dataTypes");
      }
      JsonNode config = JsonRecords.tree(parser);
      JsonNode user = config.path("userInfo");
      accountId = JsonRecords.text(user, "accountId");
      userName = JsonRecords.text(user, "userName");
      for (DataType type : DataType.values()) {
        if (type.manifestKey == null) {
          continue;
        }
        for (JsonNode file : config.path("dataTypes").path(type.manifestKey).path("files")) {
          String name = JsonRecords.text(file, "fileName");
          if (name == null) {
            continue;
          }
          var found = tree.find(name);
          if (found.isPresent()) {
            listed.computeIfAbsent(type, t -> new ArrayList<>()).add(found.get());
          } else {
            context.problem(manifest, MISSING_FILE, "the manifest lists " + name + " but the archive does not have it;"
                + " whatever it held is not scanned (was the archive downloaded in several parts?)");
          }
        }
      }
    });
  }

  /** The manifest's files of a type plus any the manifest does not list, in path order. */
  private List<ExportEntry> files(DataType type) {
    Map<String, ExportEntry> byPath = new TreeMap<>();
    for (ExportEntry entry : listed.getOrDefault(type, List.of())) {
      byPath.put(entry.path(), entry);
    }
    for (ExportEntry entry : tree.matching(type.fileNamePattern)) {
      byPath.putIfAbsent(entry.path(), entry);
    }
    return List.copyOf(byPath.values());
  }

  private void each(ExportEntry entry, String what, JsonRecords.RecordHandler handler) {
    JsonRecords.parse(entry, context, YtdFile.source(tree, entry), parser -> JsonRecords.records(parser, ANY, what, handler));
  }

  // ---------------------------------------------------------------- account

  private void readAccount(JsonNode account) {
    if (accountId == null) {
      accountId = JsonRecords.text(account, "accountId");
    }
    if (userName == null) {
      userName = JsonRecords.text(account, "username");
    }
  }

  private void readProtectedSwitch(JsonNode record) {
    JsonNode change = record.path("protectedHistory");
    String action = JsonRecords.text(change, "action");
    if (action != null) {
      String lower = action.toLowerCase(Locale.ROOT);
      history.switched(TweetText.time(JsonRecords.text(change, "protectedAt")), !lower.contains("unprotect"));
    }
  }

  private void readProfile(JsonNode profile) {
    JsonNode description = profile.path("description");
    profileField("bio", JsonRecords.text(description, "bio"));
    profileField("location", JsonRecords.text(description, "location"));
  }

  private void profileField(String field, String value) {
    if (value != null && !value.isBlank()) {
      context.accept(Item.builder(TwitterReader.PLATFORM, "profile:" + field).kind(ItemKind.PROFILE_FIELD)
          .text(value).audience(Audience.PUBLIC).build());
    }
  }

  // ---------------------------------------------------------------- tweets

  private void readTweets(ExportEntry entry, DataType type) {
    int[] skipped = {0};
    each(entry, "tweets", (record, index) -> {
      JsonNode tweet = record.has("tweet") ? record.get("tweet") : record;
      Item item = tweet(tweet, type);
      if (item == null) {
        skipped[0]++;
      } else {
        context.accept(item);
      }
    });
    JsonRecords.reportSkipped(context, entry, skipped[0], "tweets", "id_str or full_text");
  }

  private Item tweet(JsonNode tweet, DataType type) {
    String id = JsonRecords.text(tweet, "id_str");
    if (id == null) {
      id = JsonRecords.text(tweet, "id");
    }
    String raw = JsonRecords.text(tweet, "full_text");
    if (raw == null) {
      raw = JsonRecords.text(tweet, "text");
    }
    if (id == null || raw == null) {
      return null;
    }
    JsonNode entities = tweet.path("entities");
    JsonNode attached = tweet.path("extended_entities").path("media").isArray()
        ? tweet.path("extended_entities").path("media") : entities.path("media");
    Instant createdAt = TweetText.time(JsonRecords.text(tweet, "created_at"));
    String text = TweetText.expandLinks(TweetText.unescape(raw), entities.path("urls"), attached);
    boolean retweet = raw.startsWith("RT @") || tweet.has("retweeted_status");
    String note = retweet ? null : notes.claim(createdAt, text);
    if (note != null) {
      text = note;
    }
    Item.Builder item = Item.builder(TwitterReader.PLATFORM, id).createdAt(createdAt).text(text)
        .mentions(mentions(entities)).permalink(permalink(id));
    String replyTo = JsonRecords.text(tweet, "in_reply_to_screen_name");
    if (retweet) {
      item.kind(ItemKind.REPOST).authoredBySelf(false);
    } else if (JsonRecords.text(tweet, "in_reply_to_status_id_str") != null || JsonRecords.text(tweet, "in_reply_to_status_id") != null) {
      item.kind(ItemKind.REPLY).replyTo(replyTo);
    } else if (linksToStatus(entities.path("urls")) || tweet.has("quoted_status_id_str")) {
      item.kind(ItemKind.QUOTE);
    }
    item.audience(type == DataType.CIRCLE_TWEETS ? Audience.FOLLOWERS : history.audienceAt(createdAt));
    List<Media> media = media(type, id);
    Place place = place(tweet);
    return item.media(media).place(place != null ? place : Exif.firstLocation(media)).build();
  }

  private Item notePost(NoteTweets.Note note) {
    return Item.builder(TwitterReader.PLATFORM, "note:" + note.id()).createdAt(note.createdAt()).text(note.text())
        .audience(history.audienceAt(note.createdAt())).build();
  }

  private static List<String> mentions(JsonNode entities) {
    List<String> handles = new ArrayList<>();
    for (JsonNode mention : entities.path("user_mentions")) {
      String handle = JsonRecords.text(mention, "screen_name");
      if (handle != null && !handles.contains(handle)) {
        handles.add(handle);
      }
    }
    return handles;
  }

  private static boolean linksToStatus(JsonNode urls) {
    for (JsonNode url : urls) {
      String target = JsonRecords.text(url, "expanded_url");
      if (target != null && STATUS_LINK.matcher(target).matches()) {
        return true;
      }
    }
    return false;
  }

  private String permalink(String id) {
    return "https://x.com/" + (userName != null ? userName : "i/web") + "/status/" + id;
  }

  /** GeoJSON {@code coordinates} is [longitude, latitude] (numbers or strings); {@code place.full_name} names it. */
  private static Place place(JsonNode tweet) {
    JsonNode point = tweet.path("coordinates").path("coordinates");
    Double latitude = null;
    Double longitude = null;
    if (point.isArray() && point.size() == 2) {
      try {
        longitude = Double.parseDouble(point.get(0).asText());
        latitude = Double.parseDouble(point.get(1).asText());
      } catch (NumberFormatException unreadable) {
        latitude = null;
        longitude = null;
      }
    }
    String name = JsonRecords.text(tweet.path("place"), "full_name");
    return name == null && latitude == null ? null : new Place(name, latitude, longitude);
  }

  /** A comment the user wrote on a live stream: {@code {broadcastId, createdAt, text}}, no id of its own. */
  private void liveComment(JsonNode comment) {
    String text = JsonRecords.text(comment, "text");
    Instant createdAt = TweetText.time(JsonRecords.text(comment, "createdAt"));
    if (text != null && !text.isBlank()) {
      String id = "periscope:" + JsonRecords.text(comment, "broadcastId") + ":" + (createdAt == null ? "" : createdAt.toEpochMilli());
      context.accept(Item.builder(TwitterReader.PLATFORM, id).kind(ItemKind.COMMENT).createdAt(createdAt).text(text)
          .audience(Audience.PUBLIC).build());
    }
  }

  // ---------------------------------------------------------------- media

  /** Files named {@code <tweetId>-<key>.<ext>} in the type's media folder (videos keep another random key). */
  private List<Media> media(DataType type, String tweetId) {
    if (type.mediaFolder == null) {
      return List.of();
    }
    List<ExportEntry> files = mediaIndex().getOrDefault(type.mediaFolder, Map.of()).getOrDefault(tweetId, List.of());
    List<Media> media = new ArrayList<>(files.size());
    for (ExportEntry file : files) {
      media.add(Exif.read(tree, file, context));
    }
    return media;
  }

  private Map<String, Map<String, List<ExportEntry>>> mediaIndex() {
    if (mediaByFolder == null) {
      mediaByFolder = new HashMap<>();
      for (ExportEntry entry : tree.entries()) {
        String path = entry.path();
        int slash = path.lastIndexOf('/');
        int dash = entry.fileName().indexOf('-');
        if (slash <= 0 || dash <= 0) {
          continue;
        }
        String folder = path.substring(path.lastIndexOf('/', slash - 1) + 1, slash);
        if (folder.endsWith("_media")) {
          mediaByFolder.computeIfAbsent(folder, f -> new HashMap<>())
              .computeIfAbsent(entry.fileName().substring(0, dash), id -> new ArrayList<>()).add(entry);
        }
      }
    }
    return mediaByFolder;
  }

  // ---------------------------------------------------------------- likes and messages

  private void readLikes(ExportEntry entry) {
    int[] skipped = {0};
    each(entry, "likes", (record, index) -> {
      JsonNode like = record.path("like");
      String id = JsonRecords.text(like, "tweetId");
      String text = JsonRecords.text(like, "fullText");
      if (id == null || text == null) {
        skipped[0]++;
        return;
      }
      context.accept(Item.builder(TwitterReader.PLATFORM, "like:" + id).kind(ItemKind.LIKE).authoredBySelf(false)
          .text(TweetText.unescape(text)).audience(Audience.PUBLIC).permalink(JsonRecords.text(like, "expandedUrl")).build());
    });
    JsonRecords.reportSkipped(context, entry, skipped[0], "likes", "tweetId or fullText");
  }

  /**
   * {@code [{dmConversation:{conversationId, messages:[{messageCreate:{…}} | other events]}}]}, streamed message
   * by message: one conversation can hold years of messages.
   */
  private void readMessages(ExportEntry entry) {
    int[] skipped = {0};
    JsonRecords.parse(entry, context, YtdFile.source(tree, entry), parser -> {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw BadData.wrongShape("expected a list of conversations");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          parser.nextToken();
          if ("dmConversation".equals(parser.currentName()) && parser.currentToken() == JsonToken.START_OBJECT) {
            readConversation(parser, skipped);
          } else {
            parser.skipChildren();
          }
        }
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw BadData.wrongShape("expected a list of conversations");
      }
    });
    JsonRecords.reportSkipped(context, entry, skipped[0], "messages", "id or text");
  }

  private void readConversation(JsonParser parser, int[] skipped) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonToken value = parser.nextToken();
      if ("messages".equals(parser.currentName()) && value == JsonToken.START_ARRAY) {
        JsonRecords.eachElement(parser, (event, index) -> {
          JsonNode message = event.get("messageCreate");
          if (message == null) {
            return; // joins, leaves and renames of group conversations carry no text
          }
          Item item = message(message);
          if (item == null) {
            skipped[0]++;
          } else {
            context.accept(item);
          }
        });
      } else {
        parser.skipChildren();
      }
    }
  }

  private Item message(JsonNode message) {
    String id = JsonRecords.text(message, "id");
    String text = JsonRecords.text(message, "text");
    if (id == null || text == null) {
      return null;
    }
    String sender = JsonRecords.text(message, "senderId");
    return Item.builder(TwitterReader.PLATFORM, "dm:" + id).kind(ItemKind.MESSAGE).audience(Audience.DIRECT)
        .authoredBySelf(accountId != null && accountId.equals(sender))
        .createdAt(TweetText.time(JsonRecords.text(message, "createdAt")))
        .text(TweetText.expandLinks(text, message.path("urls"), MissingNode.getInstance()))
        .build();
  }
}
