package org.footprint.synth;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.datafaker.Faker;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * What {@link PersonaGenerator} and {@link CorpusGenerator} share: one seeded {@link Random} (also behind the
 * {@link Faker}), the template library, personas, dates, platforms and item ids. Not thread-safe.
 */
final class Engine {
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Relative frequency of each category among the posts that are not benign. */
  private static final Map<Category, Integer> CATEGORY_WEIGHTS = Map.of(
      Category.HOSTILITY, 12, Category.DISCRIMINATION, 7, Category.THREAT, 6, Category.PROFANITY, 14,
      Category.SEXUAL, 8, Category.SUBSTANCES, 13, Category.CONFIDENTIALITY, 12, Category.BOUNDARIES, 9,
      Category.POLITICAL, 9, Category.EXPOSURE, 10);

  /** Relative frequency of posting in each hour of the day (0..23) when a template says nothing. */
  private static final int[] HOUR_WEIGHTS = {
      6, 3, 2, 1, 1, 2, 8, 18, 20, 14, 12, 12, 20, 18, 12, 12, 14, 20, 24, 28, 30, 30, 24, 14};

  private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9_.@])@([A-Za-z0-9_]{1,30})");

  private final Random random;
  private final Faker faker;
  private final TemplateLibrary library;
  private final PostWriter writer;
  private final Category[] categories;
  private final int[] cumulativeWeights;
  private long nextId = 1;

  Engine(long seed) {
    this.random = new Random(seed);
    this.faker = new Faker(new Locale("en", "GB"), random);
    this.library = TemplateLibrary.standard();
    this.writer = new PostWriter(random, faker, library);
    this.categories = Category.risks().toArray(Category[]::new);
    this.cumulativeWeights = new int[categories.length];
    int total = 0;
    for (int i = 0; i < categories.length; i++) {
      total += CATEGORY_WEIGHTS.get(categories[i]);
      cumulativeWeights[i] = total;
    }
  }

  Random random() {
    return random;
  }

  // ---------------------------------------------------------------- personas

  Persona persona() {
    Profession[] professions = Profession.values();
    Profession profession = professions[random.nextInt(professions.length)];
    String first = writer.firstName();
    String last = writer.surname();
    String employer = writer.fill("{anyemployer}", profession);
    String town = writer.fill("{uktown}", profession);
    String street = writer.fill("{streetname}", profession);
    String number = random.nextInt(8) == 0
        ? "Flat " + (1 + random.nextInt(12)) + ", " + (1 + random.nextInt(90))
        : Integer.toString(1 + random.nextInt(180));
    String postcode = faker.address().postcode();
    String child = writer.firstName();
    String school = writer.fill("{school}", profession);
    String colleague = writer.firstName() + " " + writer.surname();
    String manager = writer.firstName() + " " + writer.surname();
    String partner = writer.firstName();
    String handle = writer.handle(first, last);
    return new Persona(first + " " + last, profession, employer, town, street, number, postcode, child, school,
        colleague, manager, partner, handle, writer.phone(), writer.plate());
  }

  // ---------------------------------------------------------------- choosing and writing

  /** Picks a template key: {@link TemplateLibrary#BENIGN} with the given chance, otherwise a weighted category. */
  String chooseKey(double benignShare) {
    if (random.nextDouble() < benignShare) {
      return TemplateLibrary.BENIGN;
    }
    int roll = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
    for (int i = 0; i < categories.length; i++) {
      if (roll < cumulativeWeights[i]) {
        return categories[i].id();
      }
    }
    throw new AssertionError("weights");
  }

  Draft write(Template template, Persona persona, Padding padding) {
    return writer.write(template, persona, padding);
  }

  /** Hands out a category's templates for one profession in shuffled rounds, so repeats are spread out. */
  final class Bags {
    private final Map<String, List<Template>> open = new HashMap<>();

    Template next(String key, Profession profession) {
      List<Template> bag = open.computeIfAbsent(profession.key() + "/" + key, k -> new ArrayList<>());
      if (bag.isEmpty()) {
        List<Template> templates = library.templates(key, profession);
        if (templates.isEmpty()) {
          throw new IllegalStateException("no " + key + " templates for " + profession.label());
        }
        bag.addAll(templates);
        Collections.shuffle(bag, random);
      }
      return bag.remove(bag.size() - 1);
    }
  }

  // ---------------------------------------------------------------- dates

  /** A London date and time in the year that suits the draft: pinned day, months, day of week, time of day. */
  ZonedDateTime when(Draft draft, int year) {
    LocalDate date = day(draft, year);
    LocalTime time = time(draft.template().timing());
    return ZonedDateTime.of(date, time, LONDON);
  }

  private LocalDate day(Draft draft, int year) {
    MonthDay pinned = draft.pinnedDay();
    if (pinned != null) {
      return pinned.isValidYear(year) ? pinned.atYear(year) : LocalDate.of(year, pinned.getMonth(), 28);
    }
    Set<Integer> months = draft.pinnedMonths().isEmpty() ? draft.template().months() : draft.pinnedMonths();
    LocalDate date;
    if (months.isEmpty()) {
      date = LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    } else {
      List<Integer> list = new ArrayList<>(months);
      LocalDate first = LocalDate.of(year, list.get(random.nextInt(list.size())), 1);
      date = first.plusDays(random.nextInt(first.lengthOfMonth()));
    }
    Set<DayOfWeek> days = draft.template().days();
    if (!days.isEmpty() && !days.contains(date.getDayOfWeek())) {
      List<DayOfWeek> list = new ArrayList<>(days);
      DayOfWeek wanted = list.get(random.nextInt(list.size()));
      LocalDate moved = date.with(TemporalAdjusters.nextOrSame(wanted));
      date = moved.getYear() == year ? moved : date.with(TemporalAdjusters.previousOrSame(wanted));
    }
    return date;
  }

  private LocalTime time(Template.Timing timing) {
    int hour = switch (timing) {
      case MORNING -> 6 + random.nextInt(4);
      case WORK -> 9 + random.nextInt(8);
      case LUNCH -> 12 + random.nextInt(2);
      case EVENING -> 17 + random.nextInt(6);
      case NIGHT -> new int[] {22, 23, 23, 0, 0, 1, 2}[random.nextInt(7)];
      case ANY -> weightedHour();
    };
    return LocalTime.of(hour, random.nextInt(60), random.nextInt(60));
  }

  private int weightedHour() {
    int total = 0;
    for (int weight : HOUR_WEIGHTS) {
      total += weight;
    }
    int roll = random.nextInt(total);
    for (int hour = 0; hour < HOUR_WEIGHTS.length; hour++) {
      roll -= HOUR_WEIGHTS[hour];
      if (roll < 0) {
        return hour;
      }
    }
    return 12;
  }

  // ---------------------------------------------------------------- items

  /** Turns a dated draft into a post with the next {@code synthetic:<n>} id. */
  SyntheticPost post(Draft draft, Instant createdAt) {
    String text = draft.text();
    List<String> mentions = mentions(text);
    boolean reply = text.startsWith("@") && !mentions.isEmpty();
    String platform = platform(reply, draft.template().professional());
    ItemKind kind;
    if (reply) {
      kind = ItemKind.REPLY;
    } else if (platform.equals("facebook") || platform.equals("instagram")) {
      kind = random.nextInt(5) == 0 ? ItemKind.COMMENT : ItemKind.POST;
    } else if (platform.equals("linkedin")) {
      kind = random.nextInt(10) == 0 ? ItemKind.COMMENT : ItemKind.POST;
    } else {
      kind = ItemKind.POST;
    }
    Item item = Item.builder(platform, Long.toString(nextId)).id("synthetic:" + nextId++).kind(kind).createdAt(createdAt)
        .text(text).audience(audience(platform)).replyTo(reply ? mentions.get(0) : null).mentions(mentions).build();
    return new SyntheticPost(item, draft.categories());
  }

  /** Handles mentioned in the text, without '@', in order of first appearance. */
  static List<String> mentions(String text) {
    if (text.indexOf('@') < 0) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = MENTION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return List.copyOf(found);
  }

  private String platform(boolean reply, boolean professional) {
    int roll = random.nextInt(100);
    if (reply) {
      return roll < 55 ? "twitter" : roll < 70 ? "mastodon" : roll < 85 ? "instagram" : "facebook";
    }
    if (professional) {
      return roll < 45 ? "linkedin" : roll < 75 ? "twitter" : roll < 90 ? "facebook" : "mastodon";
    }
    return roll < 33 ? "twitter"
        : roll < 69 ? "facebook"
        : roll < 88 ? "instagram"
        : roll < 93 ? "linkedin"
        : "mastodon";
  }

  private Audience audience(String platform) {
    int roll = random.nextInt(100);
    return switch (platform) {
      case "facebook" -> roll < 55 ? Audience.PUBLIC : Audience.FRIENDS;
      case "instagram" -> roll < 70 ? Audience.PUBLIC : Audience.FOLLOWERS;
      case "linkedin" -> roll < 80 ? Audience.PUBLIC : Audience.FOLLOWERS;
      case "mastodon" -> roll < 75 ? Audience.PUBLIC : Audience.FOLLOWERS;
      default -> roll < 90 ? Audience.PUBLIC : Audience.FOLLOWERS;
    };
  }
}
