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

  private final Map<Long, List<JsonNode>> bySecond = new HashMap<>();

  void add(JsonNode note) {
    Instant createdAt = TweetText.time(JsonRecords.text(note, "createdAt"));
    if (createdAt != null && JsonRecords.text(note.path("core"), "text") != null) {
      bySecond.computeIfAbsent(createdAt.getEpochSecond(), s -> new ArrayList<>()).add(note);
    }
  }

  /** The full text of the note that extends a tweet made at {@code createdAt} with {@code text}, or null. */
  String claim(Instant createdAt, String text) {
    if (createdAt == null || bySecond.isEmpty()) {
      return null;
    }
    List<JsonNode> candidates = bySecond.get(createdAt.getEpochSecond());
    if (candidates == null) {
      return null;
    }
    String opening = opening(text);
    for (int i = 0; i < candidates.size(); i++) {
      String full = text(candidates.get(i));
      if (full.startsWith(opening)) {
        candidates.remove(i);
        return full;
      }
    }
    return null;
  }

  /** Notes no tweet claimed, so their text is still scanned. */
  List<JsonNode> unmatched() {
    List<JsonNode> left = new ArrayList<>();
    bySecond.values().forEach(left::addAll);
    return left;
  }

  /** The note's text with HTML entities unescaped and its t.co links expanded. */
  static String text(JsonNode note) {
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
