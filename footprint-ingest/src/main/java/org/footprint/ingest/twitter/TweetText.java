package org.footprint.ingest.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.footprint.ingest.json.JsonRecords;

/** The text and time conventions of X's archive. */
final class TweetText {
  // Classic API format, English names whatever the user's locale: "Fri Mar 06 13:02:05 +0000 2026".
  private static final DateTimeFormatter CLASSIC = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
  // Grailbird archives: "2015-01-24 02:02:37 +0000".
  private static final DateTimeFormatter GRAILBIRD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ENGLISH);

  private TweetText() {}

  /** {@code created_at} of a tweet (classic or Grailbird format) or the ISO-8601 times of the other files; null if unreadable. */
  static Instant time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      if (!Character.isDigit(text.charAt(0))) {
        return ZonedDateTime.parse(text, CLASSIC).toInstant();
      }
      return text.indexOf('T') > 0 ? Instant.parse(text) : ZonedDateTime.parse(text, GRAILBIRD).toInstant();
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }

  /** {@code full_text} is HTML-escaped (&amp; &lt; &gt; and numeric references); this gives the text as typed. */
  static String unescape(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int semi = c == '&' ? text.indexOf(';', i + 1) : -1;
      String decoded = semi > i && semi - i <= 10 ? entity(text.substring(i + 1, semi)) : null;
      if (decoded == null) {
        out.append(c);
        i++;
      } else {
        out.append(decoded);
        i = semi + 1;
      }
    }
    return out.toString();
  }

  private static String entity(String name) {
    switch (name) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      case "apos": return "'";
      case "nbsp": return "\u00a0";
      default: break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    try {
      int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
          ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
      return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : null;
    } catch (NumberFormatException notNumeric) {
      return null;
    }
  }

  /**
   * Puts the real targets of t.co links back ({@code urls[].url → expanded_url}, or {@code expanded} in DMs) and
   * drops the t.co links X appends for attached media, which the user never typed.
   */
  static String expandLinks(String text, JsonNode urls, JsonNode media) {
    String result = text;
    for (JsonNode url : urls) {
      String shortUrl = JsonRecords.text(url, "url");
      String target = JsonRecords.text(url, "expanded_url");
      if (target == null) {
        target = JsonRecords.text(url, "expanded");
      }
      if (shortUrl != null && target != null && !shortUrl.isEmpty()) {
        result = result.replace(shortUrl, target);
      }
    }
    boolean dropped = false;
    for (JsonNode item : media) {
      String shortUrl = JsonRecords.text(item, "url");
      if (shortUrl != null && !shortUrl.isEmpty() && result.contains(shortUrl)) {
        result = result.replace(shortUrl, "");
        dropped = true;
      }
    }
    return dropped ? result.strip() : result;
  }
}
