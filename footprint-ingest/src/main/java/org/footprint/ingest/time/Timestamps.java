package org.footprint.ingest.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Reads the timestamps export files write, ISO-8601 or the "{@code 2025-07-01 14:33:22}" style, into instants.
 * A time without a zone or offset is read in the zone the caller gives, UTC unless said otherwise: LinkedIn,
 * TikTok and Reddit write UTC without saying so.
 */
public final class Timestamps {
  // "T" or a space between date and time, optional fraction, optional offset (Z, +00:00, +0000) or " UTC".
  private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral("UTC").optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT); // 30 February is not a date, not 28 February

  private Timestamps() {}

  /** The instant {@code text} names, zone-less times read as UTC; null when blank or not a timestamp. */
  public static Instant parse(String text) {
    return parse(text, ZoneOffset.UTC);
  }

  /** The instant {@code text} names, zone-less times read in {@code zone}; null when blank or not a timestamp. */
  public static Instant parse(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      var parsed = LENIENT.parse(text.trim());
      LocalDateTime local = LocalDateTime.from(parsed);
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))).toInstant();
      }
      return local.atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
