package org.footprint.ingest.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.footprint.ingest.json.JsonRecords;

/**
 * Long posts ("note tweets", over 280 characters): {@code note-tweet.js} holds
 * {@code {noteTweet:{noteTweetId, createdAt, core:{text, urls[{shortUrl, expandedUrl}]}}}} and {@code tweets.js}
 * the same post cut short, with no field linking the two. A note extends the tweet made in the same second whose
 * opening (up to {@value #OPENING} characters) the note starts with.
 */
final class NoteTweets {
  private static final int OPENING = 40;

  /** A note as it is kept until the tweets are read: its id, time and finished text, not its JSON tree (several times larger). */
  record Note(String id, Instant createdAt, String text) {}

  private final Map<Long, List<Note>> bySecond = new HashMap<>();

  void add(JsonNode note) {
    Instant createdAt = TweetText.time(JsonRecords.text(note, "createdAt"));
    if (createdAt != null && JsonRecords.text(note.path("core"), "text") != null) {
      bySecond.computeIfAbsent(createdAt.getEpochSecond(), s -> new ArrayList<>())
          .add(new Note(JsonRecords.text(note, "noteTweetId"), createdAt, text(note)));
    }
  }

  /** The full text of the note that extends a tweet made at {@code createdAt} with {@code text}, or null. */
  String claim(Instant createdAt, String text) {
    if (createdAt == null || bySecond.isEmpty()) {
      return null;
    }
    List<Note> candidates = bySecond.get(createdAt.getEpochSecond());
    if (candidates == null) {
      return null;
    }
    String opening = opening(text);
    for (int i = 0; i < candidates.size(); i++) {
      String full = candidates.get(i).text();
      if (full.startsWith(opening)) {
        candidates.remove(i);
        return full;
      }
    }
    return null;
  }

  /** Notes no tweet claimed, so their text is still scanned. */
  List<Note> unmatched() {
    List<Note> left = new ArrayList<>();
    bySecond.values().forEach(left::addAll);
    return left;
  }

  /** The note's text with HTML entities unescaped and its t.co links expanded. */
  private static String text(JsonNode note) {
    JsonNode core = note.path("core");
    String text = TweetText.unescape(JsonRecords.text(core, "text"));
    for (JsonNode url : core.path("urls")) {
      String shortUrl = JsonRecords.text(url, "shortUrl");
      String target = JsonRecords.text(url, "expandedUrl");
      if (shortUrl != null && target != null && !shortUrl.isEmpty()) {
        text = text.replace(shortUrl, target);
      }
    }
    return text;
  }

  private static String opening(String text) {
    String trimmed = text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
    return trimmed.length() > OPENING ? trimmed.substring(0, OPENING) : trimmed;
  }
}
