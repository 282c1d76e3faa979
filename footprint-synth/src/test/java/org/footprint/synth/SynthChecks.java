package org.footprint.synth;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared checks for the tests. */
final class SynthChecks {
  /** Runs of digits, spaces and a leading '+' long enough to be a phone number. */
  private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d[\\d ]{8,}\\d");

  private SynthChecks() {}

  /** True for 07700 900000–900999 and 0131 496 0000–0999 (Ofcom's ranges for drama), in any spacing, +44 or 0. */
  static boolean isDramaNumber(String text) {
    String digits = text.replaceAll("[^0-9+]", "");
    if (digits.startsWith("+44")) {
      digits = "0" + digits.substring(3);
    }
    return digits.matches("07700900\\d{3}") || digits.matches("01314960\\d{3}");
  }

  /** Every phone-like run of digits in the text. */
  static List<String> phoneLike(String text) {
    Matcher matcher = PHONE_LIKE.matcher(text);
    return matcher.results().map(m -> m.group().strip()).filter(s -> s.replaceAll("\\D", "").length() >= 10).toList();
  }
}
