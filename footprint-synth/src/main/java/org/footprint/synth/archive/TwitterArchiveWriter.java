package org.footprint.synth.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footprint.synth.SyntheticPost;

/**
 * Writes an X archive in the 2022+ shape: {@code data/manifest.js} ({@code window.__THAR_CONFIG}),
 * {@code data/tweets.js} (records {@code {tweet:{…}}}, every number a string, {@code full_text} HTML-escaped,
 * {@code created_at} in the classic format), parts of {@value #TWEETS_PER_PART} tweets as
 * {@code tweets-partN.js}, {@code note-tweet.js} for posts over 280 characters, {@code like.js},
 * {@code direct-messages.js}, {@code account.js}, {@code profile.js}, {@code protected-history.js} (from eight posts on,
 * the account was protected for a while: from its posts' first quarter to their first third), and the
 * first post's photo with GPS EXIF in {@code data/tweets_media/<tweetId>-<mediaKey>.jpg}.
 */
final class TwitterArchiveWriter {
  static final int TWEETS_PER_PART = 50_000;
  private static final int TWEET_LIMIT = 280;
  private static final DateTimeFormatter CLASSIC =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9_.@])@([A-Za-z0-9_]{1,15})");
  private static final JsonFactory JSON = new JsonFactory();

  private final Material material;
  private final String accountId;
  private final String friendId;
  private final String friendHandle;
  private long nextId;

  TwitterArchiveWriter(Material material) {
    this.material = material;
    this.accountId = Long.toString(1_000_000_000L + material.random.nextInt(1_000_000_000));
    this.friendId = Long.toString(2_000_000_000L + material.random.nextInt(1_000_000_000));
    this.friendHandle = material.friend.handle();
    this.nextId = 1_500_000_000_000_000_000L + material.random.nextInt(1_000_000) * 1_000_000L;
  }

  List<String> write(ArchiveOutput out) throws IOException {
    List<String> expected = new ArrayList<>(material.posts.size());
    List<Note> notes = new ArrayList<>();
    int parts = Math.max(1, (material.posts.size() + TWEETS_PER_PART - 1) / TWEETS_PER_PART);
    List<String> tweetFiles = new ArrayList<>();
    String photoTweetId = null;
    String mediaKey = "S" + Long.toString(Math.abs(material.random.nextLong()), 36).toUpperCase(Locale.ROOT);
    for (int part = 0; part < parts; part++) {
      String name = part == 0 ? "data/tweets.js" : "data/tweets-part" + part + ".js";
      tweetFiles.add(name);
      try (OutputStream file = out.open(name); JsonGenerator json = start(file, "tweets", part)) {
        json.writeStartArray();
        int from = part * TWEETS_PER_PART;
        int to = Math.min(material.posts.size(), from + TWEETS_PER_PART);
        for (int i = from; i < to; i++) {
          String id = Long.toString(nextId++);
          if (i == 0) {
            photoTweetId = id;
          }
          expected.add(tweet(json, id, i, material.posts.get(i), mediaKey, notes));
        }
        if (part == parts - 1) {
          if (material.scenes != null) {
            for (HistoryScenes.Post post : material.scenes.posts()) {
              expected.add(scene(json, Long.toString(nextId++), post));
            }
          }
          retweet(json, Long.toString(nextId++));
        }
        json.writeEndArray();
      }
    }
    writeNotes(out, notes);
    writeLike(out);
    writeMessages(out);
    writeAccount(out);
    writeProfile(out);
    writeProtectedHistory(out);
    writeManifest(out, tweetFiles);
    if (photoTweetId != null) {
      Instant taken = material.posts.get(0).item().createdAt().minusSeconds(600);
      out.write("data/tweets_media/" + photoTweetId + "-" + mediaKey + ".jpg",
          ExifJpeg.photo(material.random.nextLong(), material.latitude(), material.longitude(), taken, "Apple", "iPhone 12"));
    }
    return expected;
  }

  /** Writes one of the user's tweets and returns the text a reader should give back. */
  private String tweet(JsonGenerator json, String id, int index, SyntheticPost post, String mediaKey, List<Note> notes)
      throws IOException {
    String text = post.item().text();
    Instant at = post.item().createdAt();
    String fullText = text;
    String expected = text;
    String replyTo = null;
    String quoteUrl = null;
    String mediaUrl = null;
    if (index == 1) {
      replyTo = friendHandle;
      fullText = "@" + friendHandle + " " + text;
      expected = fullText;
    } else if (index == 2) {
      quoteUrl = "https://x.com/" + friendHandle + "/status/" + (nextId - 50);
      fullText = text + " " + shortLink();
      expected = text + " " + quoteUrl;
    } else if (index == 0) {
      mediaUrl = shortLink();
      fullText = text + " " + mediaUrl;
    } else if (text.codePointCount(0, text.length()) > TWEET_LIMIT) {
      String start = text.substring(0, text.offsetByCodePoints(0, TWEET_LIMIT - 10));
      fullText = start + "…";
      notes.add(new Note(Long.toString(nextId + 7_000_000), at, text));
    }
    json.writeStartObject();
    json.writeObjectFieldStart("tweet");
    writeEditInfo(json, id, at);
    json.writeBooleanField("retweeted", false);
    json.writeStringField("source", SOURCE);
    json.writeObjectFieldStart("entities");
    json.writeArrayFieldStart("hashtags");
    json.writeEndArray();
    json.writeArrayFieldStart("symbols");
    json.writeEndArray();
    writeMentions(json, fullText);
    writeQuoteUrl(json, fullText, quoteUrl);
    if (mediaUrl != null) {
      writeMedia(json, id, mediaUrl, mediaKey, fullText);
    }
    json.writeEndObject();
    if (mediaUrl != null) {
      json.writeObjectFieldStart("extended_entities");
      writeMedia(json, id, mediaUrl, mediaKey, fullText);
      json.writeEndObject();
    }
    json.writeArrayFieldStart("display_text_range");
    json.writeString("0");
    json.writeString(Integer.toString(fullText.codePointCount(0, fullText.length())));
    json.writeEndArray();
    json.writeStringField("favorite_count", Integer.toString(material.random.nextInt(20)));
    json.writeStringField("id_str", id);
    json.writeBooleanField("truncated", false);
    json.writeStringField("retweet_count", "0");
    json.writeStringField("id", id);
    if (replyTo != null) {
      String repliedId = Long.toString(nextId - 30);
      json.writeStringField("in_reply_to_status_id_str", repliedId);
      json.writeStringField("in_reply_to_status_id", repliedId);
      json.writeStringField("in_reply_to_user_id", friendId);
      json.writeStringField("in_reply_to_user_id_str", friendId);
      json.writeStringField("in_reply_to_screen_name", replyTo);
    }
    json.writeBooleanField("possibly_sensitive", false);
    json.writeStringField("created_at", CLASSIC.format(at));
    json.writeBooleanField("favorited", false);
    json.writeStringField("full_text", escapeHtml(fullText));
    json.writeStringField("lang", "en");
    json.writeEndObject();
    json.writeEndObject();
    return expected;
  }

  /** X's edit record, present on every tweet since 2022: the tweet is its own first and only version. */
  private static void writeEditInfo(JsonGenerator json, String id, Instant at) throws IOException {
    json.writeObjectFieldStart("edit_info");
    json.writeObjectFieldStart("initial");
    json.writeArrayFieldStart("editTweetIds");
    json.writeString(id);
    json.writeEndArray();
    json.writeStringField("editableUntil", DateTimeFormatter.ISO_INSTANT.format(at.plusSeconds(3600)));
    json.writeStringField("editsRemaining", "5");
    json.writeBooleanField("isEditEligible", false);
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * A post, reply or quote of the history scenes, as X writes one: a reply names the account and the tweet replied to,
   * a quote ends with a short link to the quoted tweet that the entities expand. Returns the text a reader gives back.
   */
  private String scene(JsonGenerator json, String id, HistoryScenes.Post post) throws IOException {
    String fullText = post.text();
    String expected = post.text();
    String quoteUrl = null;
    if (post.quotes() != null) {
      quoteUrl = "https://x.com/" + post.quotes() + "/status/" + (nextId - 60);
      fullText = post.text() + " " + shortLink();
      expected = post.text() + " " + quoteUrl;
    }
    json.writeStartObject();
    json.writeObjectFieldStart("tweet");
    writeEditInfo(json, id, post.at());
    json.writeObjectFieldStart("entities");
    writeMentions(json, fullText);
    writeQuoteUrl(json, fullText, quoteUrl);
    json.writeEndObject();
    json.writeStringField("id_str", id);
    json.writeStringField("id", id);
    if (post.replyTo() != null) {
      json.writeStringField("in_reply_to_status_id_str", Long.toString(nextId - 40));
      json.writeStringField("in_reply_to_screen_name", post.replyTo());
    }
    json.writeStringField("created_at", CLASSIC.format(post.at()));
    json.writeStringField("full_text", escapeHtml(fullText));
    json.writeEndObject();
    json.writeEndObject();
    return expected;
  }

  private void retweet(JsonGenerator json, String id) throws IOException {
    String quoted = material.friendPosts.get(0).item().text();
    String fullText = "RT @" + friendHandle + ": " + (quoted.length() > 100 ? quoted.substring(0, 100) + "…" : quoted);
    json.writeStartObject();
    json.writeObjectFieldStart("tweet");
    json.writeBooleanField("retweeted", false);
    json.writeObjectFieldStart("entities");
    writeMentions(json, fullText);
    json.writeEndObject();
    json.writeStringField("id_str", id);
    json.writeStringField("id", id);
    json.writeStringField("created_at", CLASSIC.format(material.friendPosts.get(0).item().createdAt().plusSeconds(3600)));
    json.writeStringField("full_text", escapeHtml(fullText));
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeMentions(JsonGenerator json, String text) throws IOException {
    json.writeArrayFieldStart("user_mentions");
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      json.writeStartObject();
      json.writeStringField("name", m.group(1));
      json.writeStringField("screen_name", m.group(1));
      json.writeArrayFieldStart("indices");
      json.writeString(Integer.toString(text.codePointCount(0, m.start())));
      json.writeString(Integer.toString(text.codePointCount(0, m.end())));
      json.writeEndArray();
      json.writeStringField("id_str", Integer.toString(Math.abs(m.group(1).hashCode())));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The {@code urls} entity: the quoted post's link at the end of the text, or none. */
  private static void writeQuoteUrl(JsonGenerator json, String fullText, String quoteUrl) throws IOException {
    json.writeArrayFieldStart("urls");
    if (quoteUrl != null) {
      int start = fullText.lastIndexOf("https://t.co/");
      writeUrl(json, fullText.substring(start), quoteUrl, start, fullText.length());
    }
    json.writeEndArray();
  }

  private static void writeUrl(JsonGenerator json, String shortUrl, String target, int start, int end) throws IOException {
    json.writeStartObject();
    json.writeStringField("url", shortUrl);
    json.writeStringField("expanded_url", target);
    json.writeStringField("display_url", target.replaceFirst("^https://", ""));
    json.writeArrayFieldStart("indices");
    json.writeString(Integer.toString(start));
    json.writeString(Integer.toString(end));
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeMedia(JsonGenerator json, String tweetId, String shortUrl, String mediaKey, String fullText) throws IOException {
    json.writeArrayFieldStart("media");
    json.writeStartObject();
    json.writeStringField("expanded_url", "https://x.com/" + material.me.handle() + "/status/" + tweetId + "/photo/1");
    json.writeStringField("url", shortUrl);
    json.writeStringField("media_url_https", "https://pbs.twimg.com/media/" + mediaKey + ".jpg");
    json.writeStringField("id_str", Long.toString(Long.parseLong(tweetId) - 1));
    json.writeStringField("type", "photo");
    json.writeStringField("display_url", "pic.x.com/" + mediaKey.toLowerCase(Locale.ROOT));
    json.writeArrayFieldStart("indices");
    json.writeString(Integer.toString(fullText.length() - shortUrl.length()));
    json.writeString(Integer.toString(fullText.length()));
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private record Note(String id, Instant at, String text) {}

  private void writeNotes(ArchiveOutput out, List<Note> notes) throws IOException {
    try (OutputStream file = out.open("data/note-tweet.js"); JsonGenerator json = start(file, "note_tweet", 0)) {
      json.writeStartArray();
      for (Note note : notes) {
        json.writeStartObject();
        json.writeObjectFieldStart("noteTweet");
        json.writeStringField("noteTweetId", note.id());
        json.writeStringField("updatedAt", note.at().toString());
        json.writeObjectFieldStart("lifecycle");
        json.writeStringField("value", "");
        json.writeEndObject();
        json.writeStringField("createdAt", note.at().toString());
        json.writeObjectFieldStart("core");
        json.writeArrayFieldStart("urls");
        json.writeEndArray();
        json.writeStringField("text", escapeHtml(note.text()));
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
  }

  private void writeLike(ArchiveOutput out) throws IOException {
    try (OutputStream file = out.open("data/like.js"); JsonGenerator json = start(file, "like", 0)) {
      json.writeStartArray();
      String id = Long.toString(nextId++);
      json.writeStartObject();
      json.writeObjectFieldStart("like");
      json.writeStringField("tweetId", id);
      json.writeStringField("fullText", escapeHtml(material.friendPosts.get(1).item().text()));
      json.writeStringField("expandedUrl", "https://twitter.com/i/web/status/" + id);
      json.writeEndObject();
      json.writeEndObject();
      if (material.scenes != null) {
        int sequence = 0;
        for (HistoryScenes.Like like : material.scenes.likes()) {
          String likedId = Long.toString(tweetIdAt(like.at(), sequence++));
          json.writeStartObject();
          json.writeObjectFieldStart("like");
          json.writeStringField("tweetId", likedId);
          json.writeStringField("fullText", escapeHtml(like.text()));
          json.writeStringField("expandedUrl", "https://twitter.com/" + like.author() + "/status/" + likedId);
          json.writeEndObject();
          json.writeEndObject();
        }
      }
      json.writeEndArray();
    }
  }

  /** A tweet id as X makes them (a "snowflake"): milliseconds since X's epoch in the high bits, so it dates the tweet. */
  private static long tweetIdAt(Instant postedAt, int sequence) {
    return (postedAt.toEpochMilli() - 1_288_834_974_657L) << 22 | sequence;
  }

  private void writeMessages(ArchiveOutput out) throws IOException {
    Instant at = material.friendPosts.get(2).item().createdAt();
    try (OutputStream file = out.open("data/direct-messages.js"); JsonGenerator json = start(file, "direct_messages", 0)) {
      json.writeStartArray();
      json.writeStartObject();
      json.writeObjectFieldStart("dmConversation");
      json.writeStringField("conversationId", friendId + "-" + accountId);
      json.writeArrayFieldStart("messages");
      message(json, accountId, friendId, "Yes, see you there. " + material.me.firstName(), at.plusSeconds(300));
      message(json, friendId, accountId, material.friendPosts.get(2).item().text(), at);
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
    }
  }

  private void message(JsonGenerator json, String sender, String recipient, String text, Instant at) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("messageCreate");
    json.writeStringField("recipientId", recipient);
    json.writeArrayFieldStart("reactions");
    json.writeEndArray();
    json.writeArrayFieldStart("urls");
    json.writeEndArray();
    json.writeStringField("text", text);
    json.writeArrayFieldStart("mediaUrls");
    json.writeEndArray();
    json.writeStringField("senderId", sender);
    json.writeStringField("id", Long.toString(nextId++));
    json.writeStringField("createdAt", at.toString());
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeAccount(ArchiveOutput out) throws IOException {
    try (OutputStream file = out.open("data/account.js"); JsonGenerator json = start(file, "account", 0)) {
      json.writeStartArray();
      json.writeStartObject();
      json.writeObjectFieldStart("account");
      json.writeStringField("email", material.me.handle() + "@example.org");
      json.writeStringField("createdVia", "web");
      json.writeStringField("username", material.me.handle());
      json.writeStringField("accountId", accountId);
      json.writeStringField("createdAt", "2015-04-01T09:00:00.000Z");
      json.writeStringField("accountDisplayName", material.me.name());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
    }
  }

  private void writeProfile(ArchiveOutput out) throws IOException {
    try (OutputStream file = out.open("data/profile.js"); JsonGenerator json = start(file, "profile", 0)) {
      json.writeStartArray();
      json.writeStartObject();
      json.writeObjectFieldStart("profile");
      json.writeObjectFieldStart("description");
      json.writeStringField("bio", ArchiveGenerator.bio(material.me));
      json.writeStringField("website", "");
      json.writeStringField("location", material.me.homeTown());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
    }
  }

  /**
   * Many people protect their posts for a while and then open them again, which makes what they wrote for
   * followers public: the settings audit should notice it. Posts between the two switches are the protected ones.
   */
  private void writeProtectedHistory(ArchiveOutput out) throws IOException {
    List<SyntheticPost> posts = material.posts;
    if (posts.size() < 8) {
      writeEmpty(out, "data/protected-history.js", "protected_history");
      return;
    }
    try (OutputStream file = out.open("data/protected-history.js"); JsonGenerator json = start(file, "protected_history", 0)) {
      json.writeStartArray();
      protectedSwitch(json, posts.get(posts.size() / 4).item().createdAt().minusSeconds(1), "Protect");
      protectedSwitch(json, posts.get(posts.size() / 3).item().createdAt().minusSeconds(1), "Unprotect");
      json.writeEndArray();
    }
  }

  private static void protectedSwitch(JsonGenerator json, Instant at, String action) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("protectedHistory");
    json.writeStringField("protectedAt", at.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ".000Z"));
    json.writeStringField("action", action);
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeEmpty(ArchiveOutput out, String path, String global) throws IOException {
    out.write(path, ("window.YTD." + global + ".part0 = [ ]").getBytes(StandardCharsets.UTF_8));
  }

  private void writeManifest(ArchiveOutput out, List<String> tweetFiles) throws IOException {
    try (OutputStream file = out.open("data/manifest.js")) {
      file.write("window.__THAR_CONFIG = ".getBytes(StandardCharsets.US_ASCII));
      try (JsonGenerator json = JSON.createGenerator(file).useDefaultPrettyPrinter()) {
        json.writeStartObject();
        json.writeObjectFieldStart("userInfo");
        json.writeStringField("accountId", accountId);
        json.writeStringField("userName", material.me.handle());
        json.writeStringField("displayName", material.me.name());
        json.writeEndObject();
        json.writeObjectFieldStart("archiveInfo");
        json.writeStringField("generationDate", Instant.ofEpochSecond(1_735_000_000L).toString());
        json.writeBooleanField("isPartialArchive", false);
        json.writeEndObject();
        json.writeObjectFieldStart("dataTypes");
        dataType(json, "tweets", "data/tweets_media", tweetFiles);
        dataType(json, "noteTweet", null, List.of("data/note-tweet.js"));
        dataType(json, "like", null, List.of("data/like.js"));
        dataType(json, "directMessages", "data/direct_messages_media", List.of("data/direct-messages.js"));
        dataType(json, "account", null, List.of("data/account.js"));
        dataType(json, "profile", "data/profile_media", List.of("data/profile.js"));
        dataType(json, "protectedHistory", null, List.of("data/protected-history.js"));
        json.writeEndObject();
        json.writeEndObject();
      }
    }
  }

  private static void dataType(JsonGenerator json, String key, String mediaDirectory, List<String> files) throws IOException {
    json.writeObjectFieldStart(key);
    if (mediaDirectory != null) {
      json.writeStringField("mediaDirectory", mediaDirectory);
    }
    json.writeArrayFieldStart("files");
    for (String name : files) {
      String base = name.substring(name.lastIndexOf('/') + 1, name.length() - 3);
      String global = base.replaceFirst("-part(\\d+)$", "").replace('-', '_');
      String part = base.matches(".*-part\\d+") ? base.replaceFirst(".*-part", "") : "0";
      json.writeStartObject();
      json.writeStringField("fileName", name);
      json.writeStringField("globalName", "YTD." + global + ".part" + part);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** X writes arrays one element a line, like objects; Jackson's default keeps arrays on one line. */
  private static final DefaultPrettyPrinter X_STYLE = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
  private static final String SOURCE = "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>";

  private static JsonGenerator start(OutputStream file, String global, int part) throws IOException {
    file.write(("window.YTD." + global + ".part" + part + " = ").getBytes(StandardCharsets.US_ASCII));
    JsonGenerator json = JSON.createGenerator(file).setPrettyPrinter(new DefaultPrettyPrinter(X_STYLE));
    json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    return json;
  }

  private String shortLink() {
    StringBuilder code = new StringBuilder("https://t.co/");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 10; i++) {
      code.append(alphabet.charAt(material.random.nextInt(alphabet.length())));
    }
    return code.toString();
  }

  /** X escapes these three in {@code full_text}. */
  static String escapeHtml(String text) {
    if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0) {
      return text;
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
