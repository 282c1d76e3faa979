package org.footprint.analysis.identify;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal identifiers (NHS and CHI numbers, National Insurance numbers, postcodes, phone
 * numbers, e-mail addresses, number plates, payment cards, IBANs, US Social Security numbers, dates
 * of birth and record numbers) in the original text of a post. Identifiers with a check digit are
 * reported only when the check digit is right.
 *
 * <p>Immutable and thread-safe; build one and share it. Construction reads the record-number
 * keywords from {@code lexicons/identifier-keywords.tsv} and fails with {@link IllegalStateException}
 * when that file is missing, empty or malformed.
 *
 * <p>Built for volume: {@link #scan} first runs the one-pass {@link #mayContainIdentifier} check and
 * returns {@code List.of()} without allocating when it fails, which it does for most posts.
 */
public final class IdentifierScanner {

  private static final String KEYWORDS = "/lexicons/identifier-keywords.tsv";

  // Bits of the one-pass text profile; two counts sit above them.
  private static final int AT_SIGN = 1;
  private static final int LETTER_DIGIT = 2; // an ASCII letter directly followed by a digit: "A9", "ab1"
  private static final int UPPER_DIGIT = 4; // an upper-case letter directly followed by a digit: "AB12", "GB64"
  private static final int DIGIT_LETTER = 8; // a digit directly followed by a letter: the inward "9AA" of a postcode
  private static final int DIGIT_SPACE_UPPER = 16; // digit, space, upper-case letter: "AB12 CDE", "A123 BCD"
  private static final int DIGITS_SHIFT = 5; // how many digits the text has
  private static final int CLUSTER_SHIFT = 17; // most digits in one number-like run, e.g. 11 in "+44 (0)7700 900456"
  private static final int COUNT_MASK = (1 << 12) - 1;
  private static final int MAX_SEPARATORS_IN_CLUSTER = 2;

  /** The shortest phone numbers worth looking for: seven digits, as in some international numbers. */
  private static final int MIN_PHONE_DIGITS = 7;
  private static final int PHONE_CONTEXT = 4;

  /** A run of digits that is plainly a date (12/03/2025, 2025-03-12) is not worth libphonenumber's time. */
  private static final Pattern DATE_SHAPE =
      Pattern.compile("[0-9]{1,2}([/.-])[0-9]{1,2}\\1(?:[0-9]{4}|[0-9]{2})|[0-9]{4}([/.-])[0-9]{1,2}\\2[0-9]{1,2}");

  private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";

  /** Ten digits, contiguous or spaced 3-3-4 (one separator used throughout), or CHI-style 6-4. */
  private static final Pattern HEALTH_NUMBER = Pattern.compile(
      NOT_AFTER_WORD + "(?:[0-9]{3}([ -]?)[0-9]{3}\\1[0-9]{4}|(?<chi>[0-9]{6}[ -][0-9]{4}))" + NOT_BEFORE_WORD);

  /** HMRC rules: D, F, I, Q, U, V never in the prefix, O never second, and seven prefixes never issued. */
  private static final Pattern NI_NUMBER = Pattern.compile(
      NOT_AFTER_WORD + "(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
          + " ?[0-9]{2}( ?)[0-9]{2}\\1[0-9]{2} ?[A-D]" + NOT_BEFORE_WORD,
      Pattern.CASE_INSENSITIVE);

  /**
   * Royal Mail's letter rules: Q, V, X never first; I, J, Z never second; only some letters after an
   * outward digit; C, I, K, M, O, V never in the inward code (which also keeps "5pm" and "10am" out).
   */
  private static final Pattern POSTCODE = Pattern.compile(
      NOT_AFTER_WORD + "(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]"
          + "|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})" + NOT_BEFORE_WORD,
      Pattern.CASE_INSENSITIVE);

  /**
   * Upper case only: lower-case "ab12 cde" is far more often a username or code than a plate.
   * Current format AB12 CDE (no I, Q or Z in the area code, age 02–49 or 51–99); older prefix format
   * A123 BCD, which needs its space because "A123BCD" reads as a product or record code.
   */
  private static final Pattern PLATE = Pattern.compile(
      NOT_AFTER_WORD + "(?:[A-HJ-PR-Y]{2}(?:0[2-9]|[1-4][0-9]|5[1-9]|[6-9][0-9]) ?[A-HJ-PR-Z]{3}"
          + "|[A-HJ-NPR-TV-Y][1-9][0-9]{0,2} [A-HJ-PR-Y]{2}[A-HJ-PR-Z])" + NOT_BEFORE_WORD);

  /**
   * A dot-atom local part and a host name. It may not start right after '@' or inside a word, so a
   * fediverse handle such as {@code @alice@mastodon.social} is not taken for an e-mail address.
   * Repetitions are bounded so that no input can exhaust the stack.
   */
  private static final Pattern EMAIL = Pattern.compile(
      "(?<![\\p{L}\\p{N}_%+.@-])[A-Za-z0-9_%+-]+(?:\\.[A-Za-z0-9_%+-]+){0,15}"
          + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,63}"
          + "(?![\\p{L}\\p{N}-]|\\.[A-Za-z0-9])");

  /** 13–19 digits, contiguous or in the groupings printed on cards (4-4-4-4[-3], Amex 4-6-5). */
  private static final Pattern CARD = Pattern.compile(
      NOT_AFTER_WORD + "(?:[0-9]{13,19}|[0-9]{4}([ -])[0-9]{4}\\1[0-9]{4}\\1[0-9]{1,4}(?:\\1[0-9]{3})?"
          + "|[0-9]{4}([ -])[0-9]{6}\\2[0-9]{4,5})" + NOT_BEFORE_WORD);

  /** Upper case as printed: compact, or in groups of four with a shorter last group. */
  private static final Pattern IBAN = Pattern.compile(
      NOT_AFTER_WORD + "[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)"
          + NOT_BEFORE_WORD);

  /** Hyphens only: unhyphenated nine-digit numbers are too common to call SSNs. */
  private static final Pattern SSN = Pattern.compile(
      NOT_AFTER_WORD + "(?<![0-9]-)(?!000|666|9[0-9]{2})[0-9]{3}-(?!00)[0-9]{2}-(?!0000)[0-9]{4}"
          + "(?![\\p{L}\\p{N}]|-[0-9])");

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember|t)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\\p{L})";
  private static final String GAP = "[^\\p{L}\\p{N}]{1,6}";

  /**
   * A date is only a date of birth when a birth word comes first, at most three words before it;
   * otherwise every appointment and event date would be reported.
   */
  private static final Pattern DATE_OF_BIRTH = Pattern.compile(
      NOT_AFTER_WORD + "(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|born(?:\\s+on)?|birthday)" + NOT_BEFORE_WORD
          + "(?:" + GAP + "[\\p{L}'’]{1,20}){0,3}?" + GAP
          + "(?<date>(?<d1>[0-9]{1,2})(?<s1>[/.-])(?<m1>[0-9]{1,2})\\k<s1>(?<y1>[0-9]{4}|[0-9]{2})"
          + "|(?<y2>[0-9]{4})-(?<m2>[0-9]{1,2})-(?<d2>[0-9]{1,2})"
          + "|(?<d3>[0-9]{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon3>" + MONTH + ")\\.?,?\\s+(?<y3>[0-9]{4})"
          + "|(?<mon4>" + MONTH + ")\\.?\\s+(?<d4>[0-9]{1,2})(?:st|nd|rd|th)?,?\\s+(?<y4>[0-9]{4}))"
          + NOT_BEFORE_WORD,
      Pattern.CASE_INSENSITIVE);

  private static final String MONTH_PREFIXES = "janfebmaraprmayjunjulaugsepoctnovdec";

  /** The first word of each birth keyword above ("d" for D.O.B), to pick the word starts worth trying. */
  private static final FirstWords BIRTH_WORDS = new FirstWords(List.of("dob", "d", "date", "born", "birthday"));

  private static final String RECORD_SEPARATOR = "[\\s:#.=(\\-–—]";

  /**
   * A code of at least five characters with at least three digits (checked by lookaheads, so the
   * regex moves on to the next word when one fails), whole, with inner hyphens or slashes allowed.
   */
  private static final String RECORD_CODE =
      "(?<code>(?=(?:[A-Za-z/-]*[0-9]){3})(?=[A-Za-z0-9/-]{5})[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+){0,4})"
          + "(?![\\p{L}\\p{N}]|[-/][A-Za-z0-9])";

  /**
   * When two matches overlap the one earlier here wins. Check-digit types come first because a
   * passing check is strong evidence; CHI is ahead of NHS because both share Modulus 11 and a CHI
   * number is the narrower claim. Record numbers, found only from a nearby keyword, come last.
   */
  private static final IdentifierType[] PRIORITY = {
    IdentifierType.CHI_NUMBER, IdentifierType.NHS_NUMBER, IdentifierType.PAYMENT_CARD, IdentifierType.IBAN,
    IdentifierType.NI_NUMBER, IdentifierType.US_SSN, IdentifierType.EMAIL, IdentifierType.DATE_OF_BIRTH,
    IdentifierType.PHONE_NUMBER, IdentifierType.UK_POSTCODE, IdentifierType.VEHICLE_REGISTRATION,
    IdentifierType.RECORD_NUMBER,
  };
  private static final int[] RANK = new int[IdentifierType.values().length];

  static {
    for (int i = 0; i < PRIORITY.length; i++) {
      RANK[PRIORITY[i].ordinal()] = i;
    }
  }

  private static final Comparator<IdentifierMatch> BY_PRIORITY =
      Comparator.<IdentifierMatch>comparingInt(m -> RANK[m.type().ordinal()])
          .thenComparing(Comparator.comparingInt((IdentifierMatch m) -> m.end() - m.start()).reversed())
          .thenComparingInt(IdentifierMatch::start);

  private static final Comparator<IdentifierMatch> BY_POSITION =
      Comparator.comparingInt(IdentifierMatch::start).thenComparingInt(IdentifierMatch::end);

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  /**
   * Numbers no person has as their own: freephone (0800, 0808), the 03 numbers Ofcom keeps for public bodies and
   * charities, shared-cost and premium-rate lines. A helpline in a post is public information, not a contact detail.
   */
  private static final Set<PhoneNumberType> ORGANISATION_NUMBERS =
      EnumSet.of(PhoneNumberType.TOLL_FREE, PhoneNumberType.UAN, PhoneNumberType.SHARED_COST, PhoneNumberType.PREMIUM_RATE);

  private final Pattern recordNumber;
  private final FirstWords recordWords;

  /** Builds a scanner, reading the record-number keywords. */
  public IdentifierScanner() {
    List<String> keywords = readKeywords();
    recordNumber = recordPattern(keywords);
    recordWords = firstWords(keywords);
  }

  /**
   * Every identifier in {@code text}, sorted by start offset, with no two overlapping. Offsets are
   * UTF-16 indexes into {@code text} itself. Never throws: a null or empty text has no identifiers.
   *
   * @return an unmodifiable list, empty when nothing is found
   */
  public List<IdentifierMatch> scan(String text) {
    return text == null ? List.of() : scan(text, text.toCharArray());
  }

  /** As {@link #scan(String)}, with {@code chars} the same text as an array (the passes over every character read it). */
  public List<IdentifierMatch> scan(String text, char[] chars) {
    int profile = profile(chars);
    if (!mayContain(profile)) {
      return List.of();
    }
    List<IdentifierMatch> found = new ArrayList<>();
    if (has(profile, AT_SIGN)) {
      findEmails(text, found);
    }
    // libphonenumber costs more than everything else together, so it waits for a real digit run.
    if (cluster(profile) >= MIN_PHONE_DIGITS) {
      findPhones(text, found);
    }
    // Every other identifier (or the keyword before it) starts a word with an ASCII letter or digit.
    // Trying the patterns only at word starts whose first characters fit is several times faster
    // than letting each regex search the whole text.
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (i > 0 && isAsciiLetterOrDigit(chars[i - 1])) {
        continue;
      }
      if (isAsciiDigit(c)) {
        atDigit(text, i, profile, found);
      } else if (isAsciiLetter(c)) {
        atLetter(text, i, profile, found);
      }
    }
    return found.isEmpty() ? List.of() : resolveOverlaps(found);
  }

  /**
   * The pre-filter {@link #scan} applies first: false only when the text cannot contain any
   * identifier (no '@', fewer than three digits, and no letter-digit pattern a postcode or number
   * plate needs). One pass over the characters, no allocation.
   */
  public static boolean mayContainIdentifier(String text) {
    return text != null && mayContain(profile(text.toCharArray()));
  }

  private static boolean mayContain(int profile) {
    return has(profile, AT_SIGN)
        || digits(profile) >= 3
        || has(profile, LETTER_DIGIT) && (has(profile, DIGIT_LETTER) || has(profile, DIGIT_SPACE_UPPER));
  }

  private static boolean has(int profile, int flag) {
    return (profile & flag) != 0;
  }

  private static int digits(int profile) {
    return profile >>> DIGITS_SHIFT & COUNT_MASK;
  }

  private static int cluster(int profile) {
    return profile >>> CLUSTER_SHIFT & COUNT_MASK;
  }

  /**
   * The flag bits, the digit count and the largest digit cluster (digits joined by at most two of
   * space, - . / ( ) + at a time), in one pass. Digits of any script count, as libphonenumber reads them all.
   */
  private static int profile(char[] text) {
    int flags = 0;
    int digits = 0;
    int cluster = 0;
    int largestCluster = 0;
    int separators = 0;
    int lastAsciiDigit = -3;
    char before = ' ';
    char previous = ' ';
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      // Branches in order of how common the characters are in prose; lower-case letters come first.
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        cluster = 0;
        separators = 0;
        if (lastAsciiDigit == i - 1) {
          flags |= DIGIT_LETTER;
        } else if (lastAsciiDigit == i - 2 && previous == ' ' && c <= 'Z') {
          flags |= DIGIT_SPACE_UPPER;
        }
      } else if (isAnyDigit(c)) {
        digits++;
        cluster++;
        separators = 0;
        largestCluster = Math.max(largestCluster, cluster);
        if (c <= '9') {
          lastAsciiDigit = i;
          if (isAsciiLetter(previous)) {
            flags |= previous <= 'Z' ? LETTER_DIGIT | UPPER_DIGIT : LETTER_DIGIT;
          } else if (previous == ' ' && (before == 'R' || before == 'r')) {
            flags |= LETTER_DIGIT; // "GIR 0AA" is the one postcode with no letter right before a digit
          }
        }
      } else {
        if (!joinsDigits(c) || ++separators > MAX_SEPARATORS_IN_CLUSTER) {
          cluster = 0;
          separators = 0;
        }
        if (c == '@') {
          flags |= AT_SIGN;
        }
      }
      before = previous;
      previous = c;
    }
    return Math.min(largestCluster, COUNT_MASK) << CLUSTER_SHIFT | Math.min(digits, COUNT_MASK) << DIGITS_SHIFT | flags;
  }

  private static boolean joinsDigits(char c) {
    switch (c) {
      case ' ':
      case '-':
      case '.':
      case '/':
      case '(':
      case ')':
      case '+':
        return true;
      default:
        return false;
    }
  }

  private static boolean isAnyDigit(char c) {
    return isAsciiDigit(c) || c > 0x7f && Character.isDigit(c);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiDigit(c) || isAsciiLetter(c);
  }

  /** The character at {@code i}, or 0 past the end. */
  private static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : 0;
  }

  private static boolean digitsAt(String text, int i, int count) {
    for (int k = i; k < i + count; k++) {
      if (!isAsciiDigit(charAt(text, k))) {
        return false;
      }
    }
    return true;
  }

  /** A matcher for {@code pattern} anchored at {@code i} by lookingAt, whose lookarounds still see the whole text. */
  private static Matcher at(Pattern pattern, String text, int i) {
    return pattern.matcher(text).region(i, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
  }

  private static void addIfMatches(
      Pattern pattern, IdentifierType type, String text, int i, List<IdentifierMatch> found) {
    Matcher m = at(pattern, text, i);
    if (m.lookingAt()) {
      add(found, type, text, m.start(), m.end());
    }
  }

  private static void atDigit(String text, int i, int profile, List<IdentifierMatch> found) {
    int cluster = cluster(profile);
    if (cluster >= 10 && digitsAt(text, i, 3)) {
      healthNumberAt(text, i, found);
    }
    if (cluster >= 13 && digitsAt(text, i, 4)) {
      cardAt(text, i, found);
    }
    if (cluster >= 9 && digitsAt(text, i, 3) && charAt(text, i + 3) == '-') {
      addIfMatches(SSN, IdentifierType.US_SSN, text, i, found);
    }
  }

  private void atLetter(String text, int i, int profile, List<IdentifierMatch> found) {
    int cluster = cluster(profile);
    boolean upper = text.charAt(i) <= 'Z';
    char second = charAt(text, i + 1);
    char third = charAt(text, i + 2);
    char fourth = charAt(text, i + 3);
    boolean digitSoon = isAsciiDigit(second) || isAsciiDigit(third);
    if (cluster >= 6 && isAsciiLetter(second) && (isAsciiDigit(third) || third == ' ' && isAsciiDigit(fourth))) {
      addIfMatches(NI_NUMBER, IdentifierType.NI_NUMBER, text, i, found);
    }
    if (has(profile, LETTER_DIGIT) && has(profile, DIGIT_LETTER)
        && (digitSoon || text.regionMatches(true, i, "GIR", 0, 3))) {
      addIfMatches(POSTCODE, IdentifierType.UK_POSTCODE, text, i, found);
    }
    if (upper && digitSoon && has(profile, UPPER_DIGIT)
        && (has(profile, DIGIT_LETTER) || has(profile, DIGIT_SPACE_UPPER))) {
      addIfMatches(PLATE, IdentifierType.VEHICLE_REGISTRATION, text, i, found);
    }
    if (upper && cluster >= 2 && isAsciiLetter(second) && isAsciiDigit(third) && isAsciiDigit(fourth)) {
      ibanAt(text, i, found);
    }
    if (cluster >= 4 && BIRTH_WORDS.startsAt(text, i)) {
      dateOfBirthAt(text, i, found);
    }
    if (digits(profile) >= 3 && recordWords.startsAt(text, i)) {
      Matcher m = at(recordNumber, text, i);
      if (m.lookingAt()) {
        add(found, IdentifierType.RECORD_NUMBER, text, m.start("code"), m.end("code"));
      }
    }
  }

  private static void healthNumberAt(String text, int i, List<IdentifierMatch> found) {
    Matcher m = at(HEALTH_NUMBER, text, i);
    if (!m.lookingAt()) {
      return;
    }
    String digits = withoutSeparators(m.group());
    if (Checks.allSame(digits) || !Checks.modulus11(digits)) {
      return;
    }
    // CHI numbers use the same Modulus 11 check, so every CHI number is also a valid NHS number;
    // a real DDMMYY birth date in the first six digits is what marks it as CHI.
    if (Checks.ddmmyy(digits)) {
      add(found, IdentifierType.CHI_NUMBER, text, m.start(), m.end());
    } else if (m.group("chi") == null) {
      // NHS numbers are written 3-3-4, so a 6-4 group without a birth date is neither.
      add(found, IdentifierType.NHS_NUMBER, text, m.start(), m.end());
    }
  }

  /** Finds the local part before each '@' and tries the pattern there. */
  private static void findEmails(String text, List<IdentifierMatch> found) {
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      int start = at;
      while (start > 0 && isLocalPartChar(text.charAt(start - 1))) {
        start--;
      }
      if (start < at && !inUrlUserinfo(text, start)) {
        addIfMatches(EMAIL, IdentifierType.EMAIL, text, start, found);
      }
    }
  }

  private static boolean isLocalPartChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /**
   * True when {@code at} lies between a URL's "://" and the host, as "bob" does in
   * {@code https://bob@example.com/}: that is a login for a site, not an address to write to.
   */
  private static boolean inUrlUserinfo(String text, int at) {
    for (int i = at - 1; i >= 2; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '/' && text.charAt(i - 1) != '/' || c == '?' || c == '#') {
        return false;
      }
      if (c == '/' && text.charAt(i - 2) == ':') {
        return true;
      }
    }
    return false;
  }

  private static void cardAt(String text, int i, List<IdentifierMatch> found) {
    Matcher m = at(CARD, text, i);
    if (m.lookingAt()) {
      String digits = withoutSeparators(m.group());
      if (knownCardRange(digits) && Checks.luhn(digits)) {
        add(found, IdentifierType.PAYMENT_CARD, text, m.start(), m.end());
      }
    }
  }

  /** Visa, Mastercard (old and 2-series), American Express and Discover, with the lengths each issues. */
  private static boolean knownCardRange(String digits) {
    int length = digits.length();
    int two = Integer.parseInt(digits, 0, 2, 10);
    int four = Integer.parseInt(digits, 0, 4, 10);
    if (digits.charAt(0) == '4') {
      return length == 13 || length == 16 || length == 19;
    }
    if (two >= 51 && two <= 55 || four >= 2221 && four <= 2720) {
      return length == 16;
    }
    if (two == 34 || two == 37) {
      return length == 15;
    }
    return (four == 6011 || two == 65) && length >= 16;
  }

  /**
   * The spaced form may run on into a following upper-case word ("… 7654 32 THANKS" stops at the
   * lower case, but "… 32 ABCD" does not), so a failing candidate is retried without its last groups.
   */
  private static void ibanAt(String text, int i, List<IdentifierMatch> found) {
    Matcher m = at(IBAN, text, i);
    if (!m.lookingAt()) {
      return;
    }
    String candidate = m.group();
    for (int end = candidate.length(); end > 0; end = candidate.lastIndexOf(' ', end - 1)) {
      String compact = withoutSeparators(candidate.substring(0, end));
      if (compact.length() >= 15 && compact.length() <= 34 && Checks.ibanMod97(compact)) {
        add(found, IdentifierType.IBAN, text, i, i + end);
        return;
      }
    }
  }

  private static void dateOfBirthAt(String text, int i, List<IdentifierMatch> found) {
    Matcher m = at(DATE_OF_BIRTH, text, i);
    if (m.lookingAt() && isRealDate(m)) {
      add(found, IdentifierType.DATE_OF_BIRTH, text, m.start("date"), m.end("date"));
    }
  }

  private static boolean isRealDate(Matcher m) {
    if (m.group("d1") != null) {
      int first = Integer.parseInt(m.group("d1"));
      int second = Integer.parseInt(m.group("m1"));
      int year = Integer.parseInt(m.group("y1"));
      boolean shortYear = m.group("y1").length() == 2;
      // Day first is the British order, but an American month-first date is still a birth date.
      return Checks.validDate(first, second, year, shortYear) || Checks.validDate(second, first, year, shortYear);
    }
    if (m.group("y2") != null) {
      return Checks.validDate(
          Integer.parseInt(m.group("d2")), Integer.parseInt(m.group("m2")), Integer.parseInt(m.group("y2")), false);
    }
    if (m.group("d3") != null) {
      return Checks.validDate(
          Integer.parseInt(m.group("d3")), month(m.group("mon3")), Integer.parseInt(m.group("y3")), false);
    }
    return Checks.validDate(
        Integer.parseInt(m.group("d4")), month(m.group("mon4")), Integer.parseInt(m.group("y4")), false);
  }

  private static int month(String name) {
    return MONTH_PREFIXES.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
  }

  /**
   * Phone numbers in each run of at least seven digits: libphonenumber's VALID matches, or else the
   * whole run when it is a POSSIBLE number shaped like a phone number. The fallback is there because
   * Ofcom reserves ranges such as 07700 900000–900999 for fiction and libphonenumber rejects them as
   * invalid, yet in a post they look exactly like a real mobile number to every reader.
   */
  private static void findPhones(String text, List<IdentifierMatch> found) {
    int start = 0;
    int count = 0;
    int separators = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = charAt(text, i);
      if (isAnyDigit(c)) {
        start = count == 0 ? i : start;
        count++;
        separators = 0;
      } else if (count > 0 && (!joinsDigits(c) || ++separators > MAX_SEPARATORS_IN_CLUSTER)) {
        if (count >= MIN_PHONE_DIGITS && !DATE_SHAPE.matcher(text).region(start, i - separators).matches()) {
          phonesAround(text, start, i - separators, count, found);
        }
        count = 0;
        separators = 0;
      }
    }
  }

  /**
   * Runs libphonenumber on the digit cluster text[start, end) plus a few characters either side,
   * which it needs to see a leading + or ( and the letters that rule out "abc8005001234". Searching
   * the cluster rather than the whole post makes it several times faster.
   */
  private static void phonesAround(String text, int start, int end, int digits, List<IdentifierMatch> found) {
    int from = Math.max(0, start - PHONE_CONTEXT);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    int to = Math.min(text.length(), end + PHONE_CONTEXT);
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    boolean valid = false;
    for (PhoneNumberMatch m : PHONES.findNumbers(text.substring(from, to), "GB", Leniency.VALID, Long.MAX_VALUE)) {
      if (!ORGANISATION_NUMBERS.contains(PHONES.getNumberType(m.number()))) {
        add(found, IdentifierType.PHONE_NUMBER, text, from + m.start(), from + m.end());
      }
      valid = true;
    }
    if (!valid && digits >= 10) {
      int first = start > 0 && text.charAt(start - 1) == '+' ? start - 1 : start;
      String candidate = text.substring(first, end);
      if (phoneShaped(candidate) && PHONES.isPossibleNumber(candidate, "GB")) {
        add(found, IdentifierType.PHONE_NUMBER, text, first, end);
      }
    }
  }

  /**
   * Starts with + or 0, has at least ten digits, not all the same, and a leading 0 opens a group of
   * at least three digits (07700, 0131, 020), which keeps dates such as 01-02-2023 out.
   */
  private static boolean phoneShaped(String raw) {
    char first = raw.charAt(0);
    if (first != '0' && first != '+') {
      return false;
    }
    int digits = 0;
    int firstGroup = -1;
    char firstDigit = 0;
    boolean varied = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isAnyDigit(c)) {
        firstDigit = digits == 0 ? c : firstDigit;
        varied |= c != firstDigit;
        digits++;
      } else if (firstGroup < 0) {
        firstGroup = digits;
      }
    }
    return digits >= 10 && varied && (first == '+' || firstGroup < 0 || firstGroup >= 3);
  }

  private static void add(List<IdentifierMatch> found, IdentifierType type, String text, int start, int end) {
    found.add(new IdentifierMatch(type, start, end, text.substring(start, end)));
  }

  private static String withoutSeparators(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '-') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Keeps the highest-priority match wherever matches overlap (a duplicate span is an overlap). */
  private static List<IdentifierMatch> resolveOverlaps(List<IdentifierMatch> found) {
    found.sort(BY_PRIORITY);
    TreeMap<Integer, IdentifierMatch> kept = new TreeMap<>();
    for (IdentifierMatch match : found) {
      Map.Entry<Integer, IdentifierMatch> before = kept.floorEntry(match.start());
      Map.Entry<Integer, IdentifierMatch> after = kept.ceilingEntry(match.start());
      boolean clashes = before != null && before.getValue().end() > match.start()
          || after != null && after.getKey() < match.end();
      if (!clashes) {
        kept.put(match.start(), match);
      }
    }
    List<IdentifierMatch> result = new ArrayList<>(kept.values());
    result.sort(BY_POSITION);
    return List.copyOf(result);
  }

  private static List<String> readKeywords() {
    InputStream in = IdentifierScanner.class.getResourceAsStream(KEYWORDS);
    if (in == null) {
      throw new IllegalStateException("missing resource " + KEYWORDS);
    }
    List<String> terms = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String term = line.split("\t", 2)[0].trim();
        // Word starts are picked by their first ASCII word (see FirstWords), so a term must have one.
        if (!term.matches("[A-Za-z][\\x20-\\x7e]*")) {
          throw new IllegalStateException(KEYWORDS + ":" + number + ": a term must be ASCII and start with a letter");
        }
        terms.add(term);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + KEYWORDS, e);
    }
    if (terms.isEmpty()) {
      throw new IllegalStateException(KEYWORDS + " has no terms");
    }
    return terms;
  }

  /** The first words of {@code terms}, without punctuation: "id:" gives "id", "case no" gives "case". */
  private static FirstWords firstWords(List<String> terms) {
    List<String> words = new ArrayList<>();
    for (String term : terms) {
      words.add(term.split("[^A-Za-z]+")[0]);
    }
    return new FirstWords(words);
  }

  /**
   * A few ASCII words, bucketed by first letter, so that testing whether one starts at a word start
   * costs a lookup and a comparison or two rather than a regex attempt.
   */
  private static final class FirstWords {
    private final String[][] byFirstLetter = new String[26][];

    FirstWords(List<String> words) {
      for (char letter = 'a'; letter <= 'z'; letter++) {
        char first = letter;
        byFirstLetter[letter - 'a'] = words.stream()
            .map(word -> word.toLowerCase(Locale.ROOT))
            .filter(word -> !word.isEmpty() && word.charAt(0) == first)
            .distinct()
            .toArray(String[]::new);
      }
    }

    /** Whether one of the words, in any case, starts at {@code i} and ends where a letter does not follow. */
    boolean startsAt(String text, int i) {
      char first = (char) (text.charAt(i) | 0x20);
      if (first < 'a' || first > 'z') {
        return false;
      }
      for (String word : byFirstLetter[first - 'a']) {
        if (text.regionMatches(true, i, word, 0, word.length()) && !isAsciiLetter(charAt(text, i + word.length()))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * keyword, then up to two other words, then the code: "ID PHX-839221", "account number is 00456789".
   * A lower-case keyword matches in any case; one with capitals only as written.
   */
  private static Pattern recordPattern(List<String> terms) {
    List<String> longestFirst = new ArrayList<>(terms);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder keywords = new StringBuilder();
    for (String term : longestFirst) {
      if (keywords.length() > 0) {
        keywords.append('|');
      }
      keywords.append(term.equals(term.toLowerCase(Locale.ROOT)) ? "(?i:" : "(?:");
      String[] words = term.split("\\s+");
      for (int i = 0; i < words.length; i++) {
        keywords.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
      }
      keywords.append(')');
      if (Character.isLetterOrDigit(term.charAt(term.length() - 1))) {
        keywords.append(NOT_BEFORE_WORD);
      }
    }
    return Pattern.compile(NOT_AFTER_WORD + "(?:" + keywords + ")"
        + "(?:" + RECORD_SEPARATOR + "{1,4}[\\p{L}'’]{1,20}){0,2}?" + RECORD_SEPARATOR + "{0,4}" + RECORD_CODE);
  }
}
