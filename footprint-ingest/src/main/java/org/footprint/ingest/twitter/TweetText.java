package org.footprint.ingest.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
  private static final String DAYS = "MonTueWedThuFriSatSun";

  private TweetText() {}

  /** {@code created_at} of a tweet (classic or Grailbird format) or the ISO-8601 times of the other files; null if unreadable. */
  static Instant time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      if (!Character.isDigit(text.charAt(0))) {
        Instant quick = classic(text);
        return quick != null ? quick : ZonedDateTime.parse(text, CLASSIC).toInstant();
      }
      return text.indexOf('T') > 0 ? Instant.parse(text) : ZonedDateTime.parse(text, GRAILBIRD).toInstant();
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }

  /**
   * The classic format read by position, as every tweet of an archive has it: the formatter took 5 % of a 100,000-tweet
   * scan. Null for anything it does not read exactly as {@link #CLASSIC} would (then the formatter decides).
   */
  static Instant classic(String text) {
    if (text.length() != 30 || text.charAt(3) != ' ' || text.charAt(7) != ' ' || text.charAt(10) != ' ' || text.charAt(13) != ':'
        || text.charAt(16) != ':' || text.charAt(19) != ' ' || text.charAt(25) != ' ') {
      return null;
    }
    int month = nameIndex(MONTHS, text, 4);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int offsetHours = digits(text, 21, 2);
    int offsetMinutes = digits(text, 23, 2);
    int year = digits(text, 26, 4);
    char sign = text.charAt(20);
    if (month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || offsetHours < 0 || offsetMinutes < 0 || year < 0 || (sign != '+' && sign != '-')) {
      return null;
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month + 1, day, hour, minute, second);
      int signum = sign == '-' ? -1 : 1;
      ZoneOffset offset = ZoneOffset.ofHoursMinutes(signum * offsetHours, signum * offsetMinutes);
      // The formatter refuses a day name that is not the date's.
      DayOfWeek named = DayOfWeek.of(nameIndex(DAYS, text, 0) + 1);
      return local.getDayOfWeek() == named ? local.toInstant(offset) : null;
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** Which of the three-letter names in {@code names} starts at {@code at}, from 0; -1 for none. */
  private static int nameIndex(String names, String text, int at) {
    for (int i = 0; i < names.length(); i += 3) {
      if (names.regionMatches(i, text, at, 3)) {
        return i / 3;
      }
    }
    return -1;
  }

  private static int digits(String text, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
