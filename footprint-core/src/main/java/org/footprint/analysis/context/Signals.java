package org.footprint.analysis.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footprint.analysis.match.Hit;
import org.footprint.analysis.normalise.NormalisedText;

/**
 * Signals that need the original text's shape (capital letters, digits, punctuation) rather than a
 * word list: names with titles, place names, street addresses, ages, initials, clock times, mentions.
 * Each has a cheap pre-filter so that most posts never reach a regex.
 */
final class Signals {
  private static final String STREET_SUFFIX = "(?:Road|Rd|Street|St|Drive|Dr|Terrace|Avenue|Ave|Lane|Ln|Crescent|Cres|Close|Gardens|Gdns|Place|Pl|Court|Ct|Way|Grove|Square|Sq|Row|Wynd|Brae|View|Walk|Mews|Loan|Parade|Estate|Park)";
  private static final String CAPITALISED = "[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?";
  private static final Set<String> NOT_PLACES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      "Christmas", "Easter", "Hogmanay", "I", "The", "A", "My", "Our", "This", "That", "Twitter", "Facebook", "Instagram", "Snapchat",
      "WhatsApp", "TikTok", "LinkedIn", "Teams", "Zoom", "Google", "God", "Lord", "Jesus", "Covid", "Friday's", "Monday's");

  private static final Pattern TITLED_NAME = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+[A-Z][A-Za-z'’-]*");
  private static final Pattern FAMILY_NAME = Pattern.compile("\\b[Tt]he\\s+(" + CAPITALISED + ")\\s+(?:boy|girl|family|kids|children|twins|brothers|sisters|baby|lad|lass|household)s?\\b");
  private static final Pattern PLACE_AFTER_PREPOSITION = Pattern.compile("\\b(?:in|at|on|near|from|around|outside|behind|off|know|to|round|past|by)\\s+((?:" + CAPITALISED + ")(?:\\s+" + CAPITALISED + "){0,2})");
  private static final Pattern STREET = Pattern.compile("\\b(?:" + CAPITALISED + "\\s+){1,3}" + STREET_SUFFIX + "\\b");
  private static final Pattern SCHOOL = Pattern.compile("\\b(?:" + CAPITALISED + "\\s+){1,3}(?:Primary|Academy|High School|High|Nursery|School|College|Grammar)\\b");
  private static final Pattern STREET_ADDRESS = Pattern.compile("\\b(?:[Ff]lat\\s+\\d+[/-]?\\d*,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s+(?:" + CAPITALISED + "\\s+){1,3}" + STREET_SUFFIX + "\\b|\\b[Ff]lat\\s+\\d+(?:/\\d+)?\\b");
  private static final Pattern AGE = Pattern.compile(
      "\\b\\d{1,3}\\s?-?\\s?(?:year|yr)s?\\s?-?\\s?old\\b|\\baged?\\s\\d{1,3}\\b|\\b\\d{1,2}\\s?(?:weeks?|months?|days?)\\s?old\\b|\\b\\d{1,2}\\s?(?:yo|y/o|yrs?)\\b"
          + "|\\b(?:is|was|turned|turns|only|just)\\s\\d{1,2}\\b(?!\\s?(?:am|pm|%|minutes?|mins?|hours?|hrs?|o'clock|:|\\.|miles?|km|times?|days?|weeks?|months?|years?\\s(?!old)|pounds?|quid))"
          + "|(?<=[a-z.]),\\s?\\d{1,2},");
  private static final Pattern INITIALS = Pattern.compile(
      "\\b[A-Z]\\.\\s?[A-Z]\\.(?:\\s?[A-Z]\\.)?|\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s[A-Z]\\b(?![a-z'’])|\\b(?:[Cc]hild|[Bb]oy|[Gg]irl|[Cc]lient|[Pp]atient|[Pp]upil|[Bb]aby|[Mm]um|[Dd]ad)\\s[A-Z]{1,2}\\b(?![a-z'’])");
  private static final Pattern CLOCK_TIME = Pattern.compile(
      "\\b(?:at|from|until|till|til|by|before|after)\\s\\d{1,2}(?:[:.]\\d{2})?(?:\\s?(?:am|pm))?\\b|\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm)\\b|\\b\\d{1,2}:\\d{2}\\b");
  private static final Pattern MENTION = Pattern.compile("(?<![a-z0-9_])@[a-z0-9_]{1,30}");
  private static final Pattern HASHTAG = Pattern.compile("(?<![a-z0-9_])#[a-z0-9_]{2,60}");

  private Signals() {}

  /** Hits of the named signal, in normalised offsets. */
  static List<Hit> find(String signal, NormalisedText text, TextAnalysis analysis) {
    String original = text.original();
    switch (signal) {
      case "mention":
        return text.text().indexOf('@') < 0 ? List.of() : normalisedMatches(MENTION, text, signal);
      case "hashtag":
        return text.text().indexOf('#') < 0 ? List.of() : normalisedMatches(HASHTAG, text, signal);
      case "age":
        return text.digitCount() == 0 ? List.of() : normalisedMatches(AGE, text, signal);
      case "clock-time":
        return text.digitCount() == 0 ? List.of() : normalisedMatches(CLOCK_TIME, text, signal);
      case "street-address":
        return text.digitCount() == 0 ? List.of() : originalMatches(STREET_ADDRESS, 0, text, signal);
      case "initials":
        return originalMatches(INITIALS, 0, text, signal);
      case "place-name": {
        if (!hasCapital(original)) {
          return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Hit hit : originalMatches(PLACE_AFTER_PREPOSITION, 1, text, signal)) {
          String words = text.originalText(hit.start(), hit.end());
          String first = words.split("\\s+")[0];
          if (!NOT_PLACES.contains(first)) {
            hits.add(hit);
          }
        }
        hits.addAll(originalMatches(STREET, 0, text, signal));
        hits.addAll(originalMatches(SCHOOL, 0, text, signal));
        return hits;
      }
      case "named-person": {
        if (!hasCapital(original)) {
          return List.of();
        }
        List<Hit> hits = new ArrayList<>(originalMatches(TITLED_NAME, 0, text, signal));
        hits.addAll(originalMatches(FAMILY_NAME, 1, text, signal));
        for (Hit name : analysis.lexiconHits("first-names")) {
          if (Character.isUpperCase(original.charAt(text.originalStart(name.start())))) {
            hits.add(new Hit(name.start(), name.end(), "signal:" + signal, name.term(), name.entryId(), 1));
          }
        }
        return hits;
      }
      default:
        throw new IllegalArgumentException("unknown signal " + signal);
    }
  }

  private static boolean hasCapital(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }

  private static List<Hit> normalisedMatches(Pattern pattern, NormalisedText text, String signal) {
    List<Hit> hits = new ArrayList<>(2);
    Matcher matcher = pattern.matcher(text.text());
    while (matcher.find()) {
      hits.add(new Hit(matcher.start(), matcher.end(), "signal:" + signal, matcher.group(), signal, 1));
    }
    return hits;
  }

  private static List<Hit> originalMatches(Pattern pattern, int group, NormalisedText text, String signal) {
    List<Hit> hits = new ArrayList<>(2);
    Matcher matcher = pattern.matcher(text.original());
    while (matcher.find()) {
      int start = text.normalisedIndexOf(matcher.start(group));
      int end = text.normalisedIndexOf(matcher.end(group) - 1) + 1;
      if (start < end) {
        hits.add(new Hit(start, end, "signal:" + signal, matcher.group(group), signal, 1));
      }
    }
    return hits;
  }
}
