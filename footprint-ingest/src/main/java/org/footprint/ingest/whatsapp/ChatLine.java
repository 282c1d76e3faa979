package org.footprint.ingest.whatsapp;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of one message line of a WhatsApp chat export, in either form:
 * iOS {@code [31/12/2020, 23:59:59] Name: text} and Android {@code 31/12/2020, 23:59 - Name: text}.
 * The date follows the phone's locale: year first ({@code 2020-01-31}, {@code 2020.01.31}, {@code 2020/01/31}),
 * day first or month first, with '/', '.' or '-', two- or four-digit years; the time has 24 or 12 hours
 * ({@code 11:59 PM}, {@code 11:59 p. m.}, often with a narrow no-break space), with or without seconds.
 */
record ChatLine(int firstNumber, int middleNumber, int lastNumber, boolean yearFirst, int hour, int minute, int seconds, Boolean pm,
                String sender, String body, boolean generated) {

  private static final Pattern HEADER = Pattern.compile(
      "^\\[?(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4}),?\\s(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
          + "(?:[\\s\\u202f\\u00a0]?([AaPp])\\.?\\s?[Mm]\\.?)?(?:\\]\\s?|\\s[-\\u2013]\\s)(.*)$");
  private static final Pattern SENDER = Pattern.compile("^([^:]{1,100}?): ?(.*)$", Pattern.DOTALL);
  /** Direction marks and isolates WhatsApp puts around names and before generated text. */
  private static final Pattern DIRECTION_MARKS = Pattern.compile("[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]");

  /** {@code text} without direction marks and isolates. */
  static String withoutDirectionMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u200e' || c == '\u200f' || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069') {
        return DIRECTION_MARKS.matcher(text).replaceAll("");
      }
    }
    return text;
  }

  /** The header of {@code line}, or null when the line continues the previous message. */
  static ChatLine parse(String line) {
    String unmarked = stripLeadingMarks(line);
    if (unmarked.isEmpty() || unmarked.charAt(0) != '[' && !Character.isDigit(unmarked.charAt(0))) {
      return null;
    }
    Matcher header = HEADER.matcher(unmarked);
    if (!header.matches()) {
      return null;
    }
    String a = header.group(1);
    String rest = header.group(8);
    String sender = null;
    String body = rest;
    Matcher named = SENDER.matcher(rest);
    if (named.matches()) {
      sender = withoutDirectionMarks(named.group(1)).strip();
      body = named.group(2);
    }
    String meridiem = header.group(7);
    return new ChatLine(Integer.parseInt(a), Integer.parseInt(header.group(2)), Integer.parseInt(header.group(3)),
        a.length() == 4, Integer.parseInt(header.group(4)), Integer.parseInt(header.group(5)),
        header.group(6) == null ? 0 : Integer.parseInt(header.group(6)),
        meridiem == null ? null : meridiem.equalsIgnoreCase("p"),
        sender, body, body.startsWith("\u200e"));
  }

  private static String stripLeadingMarks(String line) {
    int start = 0;
    while (start < line.length() && (line.charAt(start) == '\u200e' || line.charAt(start) == '\u200f' || line.charAt(start) == '\uFEFF')) {
      start++;
    }
    return line.substring(start);
  }

  /** The local date and time, day-first or month-first as the chat's order says; null when not a real date. */
  LocalDateTime dateTime(boolean dayFirst) {
    int year;
    int month;
    int day;
    if (yearFirst) {
      year = firstNumber;
      month = middleNumber;
      day = lastNumber;
    } else {
      year = lastNumber < 100 ? 2000 + lastNumber : lastNumber;
      boolean thisDayFirst = firstNumber > 12 || (middleNumber <= 12 && dayFirst);
      day = thisDayFirst ? firstNumber : middleNumber;
      month = thisDayFirst ? middleNumber : firstNumber;
    }
    int h = pm == null ? hour : hour % 12 + (pm ? 12 : 0);
    try {
      return LocalDateTime.of(year, month, day, h, minute, seconds);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
