package org.footprint.synth;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/**
 * Fills templates in. Not thread-safe: it draws from the generator's one {@link Random}.
 *
 * <p>Slot syntax, in templates and in slot values alike (values are expanded in turn, so slots nest):
 * <ul>
 *   <li>{@code {name}}: a persona field, a made-up value, or a random value of the slot list {@code [name]};</li>
 *   <li>{@code {a|b|c}}: one of the alternatives, each of which may hold slots;</li>
 *   <li>{@code {?text}}: the text (or, with {@code |}, one of the alternatives) half of the time, otherwise
 *       nothing;</li>
 *   <li>{@code {n:3-12}}: a whole number in the range;</li>
 *   <li>{@code {^name}}: the value with its first letter in capitals;</li>
 *   <li>{@code {name~k}}: the same value every time {@code name~k} appears in one post.</li>
 * </ul>
 * Built-in slots: the author's {@code me} (first name), {@code myname}, {@code myhandle}, {@code job},
 * {@code employer}, {@code town}, {@code street}, {@code address}, {@code postcode}, {@code phone}, {@code reg},
 * {@code child}, {@code childschool}, {@code colleague}, {@code colleaguefirst}, {@code manager},
 * {@code managerfirst}, {@code partner}; made up afresh each time: {@code name}, {@code surname},
 * {@code fullname}, {@code at} (an {@code @handle}), {@code initials}, {@code date}, {@code dayname}. Every other
 * name is a list in {@code slots.txt}.
 *
 * <p>A template or slot value may end with {@code @MM-DD} (it belongs on that day, e.g. an awareness day) or
 * {@code @m11/12/1} (it belongs in those months, e.g. snow); the pin is removed from the text and dates the post.
 */
final class PostWriter {
  private static final Pattern DAY_PIN = Pattern.compile("\\s*@(\\d{2})-(\\d{2})$");
  private static final Pattern MONTH_PIN = Pattern.compile("\\s*@m(\\d{1,2}(?:/\\d{1,2})*)$");
  private static final Pattern NUMBER = Pattern.compile("n:(\\d+)-(\\d+)");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
  private static final Pattern SPACE_BEFORE_STOP = Pattern.compile(" ([,.])(?=\\s|$)");
  private static final Pattern NOT_HANDLE = Pattern.compile("[^A-Za-z0-9_]");
  private static final int MAX_DEPTH = 8;
  private static final String PLATE_AREA = "ABCDEFGHKLMNOPRSVWY";
  private static final String PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ";
  private static final String[] ORDINAL = {"th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private final Random random;
  private final Faker faker;
  private final TemplateLibrary library;

  // State of the post being written; reset by write().
  private Persona persona;
  private Profession profession;
  private final Map<String, String> memo = new HashMap<>();
  private MonthDay pinnedDay;
  private final Set<Integer> pinnedMonths = new TreeSet<>();

  PostWriter(Random random, Faker faker, TemplateLibrary library) {
    this.random = random;
    this.faker = faker;
    this.library = library;
  }

  /** Fills a template in for a persona, pads it with benign small talk and applies a writing style. */
  Draft write(Template template, Persona author, Padding padding) {
    start(author, author.profession());
    String body = expand(pin(template.text()), 0);
    StringBuilder text = new StringBuilder(body.length() + 80);
    if (!body.startsWith("@") && random.nextDouble() < padding.opener()) {
      text.append(expand("{opener}", 0)).append(' ');
    }
    text.append(body);
    if (random.nextDouble() < padding.aside()) {
      String aside = expand("{aside}", 0);
      endSentence(text).append(' ').append(aside);
      if (random.nextDouble() < padding.secondAside()) {
        String second = expand("{aside}", 0);
        if (!second.equals(aside)) {
          endSentence(text).append(' ').append(second);
        }
      }
    }
    if (random.nextDouble() < padding.tail()) {
      text.append(' ').append(expand("{tail}", 0));
    }
    String styled = style(tidy(text.toString()));
    return new Draft(styled, template.categories(), template, pinnedDay,
        Collections.unmodifiableSet(new TreeSet<>(pinnedMonths)));
  }

  /** Expands slot text with no author, for making personas; persona slots are refused. */
  String fill(String text, Profession forProfession) {
    start(null, forProfession);
    return tidy(expand(text, 0));
  }

  private void start(Persona author, Profession forProfession) {
    persona = author;
    profession = forProfession;
    memo.clear();
    pinnedDay = null;
    pinnedMonths.clear();
  }

  // ---------------------------------------------------------------- expansion

  String expand(String text, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("slots nest too deeply in: " + text);
    }
    if (text.indexOf('{') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int close = matchingBrace(text, i);
      out.append(slot(text.substring(i + 1, close), depth));
      i = close + 1;
    }
    return out.toString();
  }

  private static int matchingBrace(String text, int open) {
    int level = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        level++;
      } else if (c == '}' && --level == 0) {
        return i;
      }
    }
    throw new IllegalStateException("unclosed '{' in: " + text);
  }

  private String slot(String body, int depth) {
    if (body.startsWith("?")) {
      if (!random.nextBoolean()) {
        return "";
      }
      List<String> alternatives = splitTopLevel(body.substring(1));
      return expand(alternatives.get(random.nextInt(alternatives.size())), depth + 1);
    }
    List<String> alternatives = splitTopLevel(body);
    if (alternatives.size() > 1) {
      return expand(alternatives.get(random.nextInt(alternatives.size())), depth + 1);
    }
    if (body.startsWith("^")) {
      return capitalise(slot(body.substring(1), depth));
    }
    Matcher number = NUMBER.matcher(body);
    if (number.matches()) {
      int low = Integer.parseInt(number.group(1));
      int high = Integer.parseInt(number.group(2));
      return Integer.toString(low + random.nextInt(high - low + 1));
    }
    int tilde = body.indexOf('~');
    if (tilde > 0) {
      String remembered = memo.get(body);
      if (remembered == null) {
        remembered = named(body.substring(0, tilde), depth);
        memo.put(body, remembered);
      }
      return remembered;
    }
    return named(body, depth);
  }

  private static List<String> splitTopLevel(String body) {
    if (body.indexOf('|') < 0) {
      return List.of(body);
    }
    List<String> parts = new ArrayList<>();
    int level = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '{') {
        level++;
      } else if (c == '}') {
        level--;
      } else if (c == '|' && level == 0) {
        parts.add(body.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(body.substring(start));
    return parts;
  }

  private String named(String name, int depth) {
    String value = builtIn(name);
    if (value != null) {
      return value;
    }
    List<String> values = library.slot(name, profession);
    if (values == null) {
      throw new IllegalStateException("unknown slot {" + name + "}");
    }
    return expand(pin(values.get(random.nextInt(values.size()))), depth + 1);
  }

  /** Strips a trailing date or month pin from a slot value and records it. */
  private String pin(String value) {
    if (value.indexOf('@') < 0) {
      return value;
    }
    Matcher day = DAY_PIN.matcher(value);
    if (day.find()) {
      pinnedDay = MonthDay.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
      return value.substring(0, day.start());
    }
    Matcher months = MONTH_PIN.matcher(value);
    if (months.find()) {
      for (String month : months.group(1).split("/")) {
        pinnedMonths.add(Integer.parseInt(month));
      }
      return value.substring(0, months.start());
    }
    return value;
  }

  private String builtIn(String name) {
    switch (name) {
      case "me": return author().firstName();
      case "myname": return author().name();
      case "job": return profession.label();
      case "employer": return author().employer();
      case "town": return author().homeTown();
      case "child": return author().childName();
      case "childschool": return author().childSchool();
      case "colleague": return author().colleagueName();
      case "colleaguefirst": return Persona.firstWord(author().colleagueName());
      case "manager": return author().managerName();
      case "managerfirst": return Persona.firstWord(author().managerName());
      case "partner": return author().partnerName();
      case "address": return author().streetAddress();
      case "street": return author().homeStreet();
      case "postcode": return author().postcode();
      case "phone": return author().phone();
      case "reg": return author().carRegistration();
      case "myhandle": return "@" + author().handle();
      case "name": return firstName();
      case "surname": return surname();
      case "fullname": return firstName() + " " + surname();
      case "at": return "@" + handle(firstName(), surname());
      case "initials": return initials();
      case "date": return date();
      case "dayname": return DAYS[random.nextInt(DAYS.length)];
      default: return null;
    }
  }

  private Persona author() {
    if (persona == null) {
      throw new IllegalStateException("persona slot used where there is no persona");
    }
    return persona;
  }

  // ---------------------------------------------------------------- made-up values

  String firstName() {
    return clean(faker.name().firstName());
  }

  String surname() {
    return clean(faker.name().lastName());
  }

  private static String clean(String name) {
    return name.strip();
  }

  /** A handle such as {@code jo_smith82}; letters, digits and underscores only, at most 15 characters. */
  String handle(String first, String last) {
    String f = first.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String l = last.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String digits = Integer.toString(10 + random.nextInt(90));
    String raw = switch (random.nextInt(9)) {
      case 0 -> f + l;
      case 1 -> f + "_" + l;
      case 2 -> f + digits;
      case 3 -> f + l.charAt(0) + digits;
      case 4 -> f.charAt(0) + l;
      case 5 -> "the" + f + l.charAt(0);
      case 6 -> f + "_" + l.charAt(0) + "_" + digits;
      case 7 -> l + f.charAt(0);
      default -> expand("{handleword}", 0) + "_" + f;
    };
    raw = NOT_HANDLE.matcher(raw).replaceAll("");
    return raw.length() > 15 ? raw.substring(0, 15) : raw;
  }

  private String initials() {
    char a = PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length()));
    char b = PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length()));
    return switch (random.nextInt(4)) {
      case 0 -> a + "." + b + ".";
      case 1 -> "" + a + b;
      case 2 -> a + "." + b;
      default -> String.valueOf(a);
    };
  }

  /** A number from Ofcom's ranges reserved for drama, so it can belong to nobody. */
  String phone() {
    int last = random.nextInt(1000);
    String three = String.format(Locale.ROOT, "%03d", last);
    return switch (random.nextInt(6)) {
      case 0 -> "07700900" + three;
      case 1 -> "+44 7700 900" + three;
      case 2 -> "0131 496 0" + three;
      default -> "07700 900" + three;
    };
  }

  /** A registration in the current format: area letters, age identifier, three random letters. */
  String plate() {
    StringBuilder plate = new StringBuilder(8);
    plate.append(PLATE_AREA.charAt(random.nextInt(PLATE_AREA.length())));
    plate.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
    int year = 10 + random.nextInt(15);
    plate.append(String.format(Locale.ROOT, "%02d", random.nextBoolean() ? year : year + 50));
    plate.append(' ');
    for (int i = 0; i < 3; i++) {
      plate.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
    }
    return plate.toString();
  }

  private String date() {
    int day = 1 + random.nextInt(28);
    String ordinal = day + ((day % 100) / 10 == 1 ? "th" : ORDINAL[day % 10]);
    return switch (random.nextInt(4)) {
      case 0 -> "the " + ordinal;
      case 1 -> DAYS[random.nextInt(DAYS.length)] + " " + ordinal;
      case 2 -> ordinal + " " + MONTHS[random.nextInt(MONTHS.length)];
      default -> day + "/" + (1 + random.nextInt(12));
    };
  }

  // ---------------------------------------------------------------- finishing

  /**
   * Closes the last sentence with a full stop when it ends in a word, so a new one can follow; a closing
   * hashtag, handle or kiss ("x") is left as it is.
   */
  private static StringBuilder endSentence(StringBuilder text) {
    int last = text.length() - 1;
    if (last < 0 || !Character.isLetterOrDigit(text.charAt(last))) {
      return text;
    }
    String lastWord = text.substring(text.lastIndexOf(" ") + 1);
    if (!lastWord.startsWith("#") && !lastWord.startsWith("@") && !lastWord.chars().allMatch(c -> c == 'x')) {
      text.append('.');
    }
    return text;
  }

  private static String tidy(String text) {
    String single = SPACES.matcher(text).replaceAll(" ");
    return SPACE_BEFORE_STOP.matcher(single).replaceAll("$1").strip();
  }

  /** Lower-cases, drops a full stop or adds a typo now and then, as people do. */
  private String style(String text) {
    double roll = random.nextDouble();
    if (roll < 0.07) {
      return text.toLowerCase(Locale.ROOT);
    }
    if (roll < 0.10) {
      return typo(text);
    }
    if (roll < 0.18 && text.endsWith(".") && !text.endsWith("..")) {
      return text.substring(0, text.length() - 1);
    }
    return text;
  }

  private String typo(String text) {
    String[] words = text.split(" ");
    int start = random.nextInt(words.length);
    for (int k = 0; k < words.length; k++) {
      int index = (start + k) % words.length;
      String word = words[index];
      if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
        int at = 1 + random.nextInt(word.length() - 3);
        char[] chars = word.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        words[index] = new String(chars);
        return String.join(" ", words);
      }
    }
    return text;
  }

  private static String capitalise(String text) {
    if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
