package org.footprint.synth;

import java.io.BufferedReader;
import java.time.DayOfWeek;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.footprint.model.Category;

/**
 * The templates and slot vocabularies under {@code org/footprint/synth/}, loaded once and never changed.
 *
 * <p>Blank lines and lines starting {@code "# "} are comments.
 * <p>Template files ({@code templates/<category>.txt}, {@code templates/benign.txt}) hold one template a line.
 * A line may start with directives, each a word beginning with {@code %}:
 * <ul>
 *   <li>{@code %sw %nurse %teacher %police %care}: only for these professions (default: all);</li>
 *   <li>{@code %morning %work %lunch %evening %night}: usual time of day;</li>
 *   <li>{@code %mon} … {@code %sun}, {@code %weekend}, {@code %weekday}: the days of the week it belongs on;</li>
 *   <li>{@code %m12/1/2}: only in these months;</li>
 *   <li>{@code %pro}: work-facing, often posted on LinkedIn;</li>
 *   <li>{@code %+profanity} (any category id): the post also shows that category.</li>
 * </ul>
 * The slot file ({@code slots.txt}) holds {@code [name]} or {@code [name.<profession key>]} headings, each followed by
 * one value a line. See {@link PostWriter} for the slot syntax inside templates and values.
 */
final class TemplateLibrary {
  /** The key under which benign templates are filed. */
  static final String BENIGN = "benign";

  private static final String ROOT = "/org/footprint/synth/";

  private final Map<String, List<Template>> all;
  private final Map<Profession, Map<String, List<Template>>> byProfession;
  private final Map<String, List<String>> slots;

  private TemplateLibrary(Map<String, List<Template>> all, Map<String, List<String>> slots) {
    this.all = all;
    this.slots = slots;
    Map<Profession, Map<String, List<Template>>> split = new EnumMap<>(Profession.class);
    for (Profession profession : Profession.values()) {
      Map<String, List<Template>> forProfession = new LinkedHashMap<>();
      all.forEach((key, templates) -> forProfession.put(key,
          templates.stream().filter(t -> t.suits(profession)).toList()));
      split.put(profession, Collections.unmodifiableMap(forProfession));
    }
    this.byProfession = Collections.unmodifiableMap(split);
  }

  /** The library shipped in this module's resources. */
  static TemplateLibrary standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final TemplateLibrary STANDARD = load();
  }

  /** Key of a category's templates: its id, or {@link #BENIGN}. */
  static String key(Category category) {
    return category == null ? BENIGN : category.id();
  }

  /** All templates filed under a key, whatever the profession. */
  List<Template> templates(String key) {
    return all.getOrDefault(key, List.of());
  }

  /** Templates filed under a key that suit a profession. */
  List<Template> templates(String key, Profession profession) {
    return byProfession.get(profession).getOrDefault(key, List.of());
  }

  /** Values of a slot, preferring the profession's variant ({@code name.key}); null when the slot is unknown. */
  List<String> slot(String name, Profession profession) {
    if (profession != null) {
      List<String> variant = slots.get(name + "." + profession.key());
      if (variant != null) {
        return variant;
      }
    }
    return slots.get(name);
  }

  private static TemplateLibrary load() {
    Map<String, List<Template>> all = new LinkedHashMap<>();
    all.put(BENIGN, readTemplates(BENIGN, Set.of()));
    for (Category category : Category.risks()) {
      all.put(category.id(), readTemplates(category.id(), Set.of(category)));
    }
    return new TemplateLibrary(Collections.unmodifiableMap(all), readSlots());
  }

  private static List<Template> readTemplates(String key, Set<Category> categories) {
    String file = "templates/" + key + ".txt";
    List<Template> templates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int number = 0;
    for (String line : lines(file)) {
      number++;
      String trimmed = line.strip();
      if (comment(trimmed)) {
        continue;
      }
      Template template = parse(file + ":" + number, trimmed, categories);
      if (!seen.add(template.text())) {
        throw new IllegalStateException(file + ":" + number + ": duplicate template");
      }
      templates.add(template);
    }
    return List.copyOf(templates);
  }

  static Template parse(String source, String line, Set<Category> base) {
    Set<Category> categories = base.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(base);
    Set<Profession> professions = EnumSet.noneOf(Profession.class);
    Set<Integer> months = new TreeSet<>();
    Template.Timing timing = Template.Timing.ANY;
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    boolean professional = false;
    List<String> directives = new ArrayList<>();
    String rest = line;
    while (rest.startsWith("%")) {
      int space = rest.indexOf(' ');
      if (space < 0) {
        throw new IllegalStateException(source + ": template has directives but no text");
      }
      directives.add(rest.substring(1, space));
      rest = rest.substring(space + 1).stripLeading();
    }
    // Directives may also close the line, after the text.
    int space;
    while ((space = rest.lastIndexOf(' ')) > 0 && rest.charAt(space + 1) == '%') {
      directives.add(rest.substring(space + 2));
      rest = rest.substring(0, space).stripTrailing();
    }
    for (String directive : directives) {
      Profession profession = Profession.byKey(directive);
      if (profession != null) {
        professions.add(profession);
      } else if (directive.startsWith("+")) {
        categories.add(Category.parse(directive.substring(1)));
      } else if (directive.matches("m\\d{1,2}(/\\d{1,2})*")) {
        for (String month : directive.substring(1).split("/")) {
          int value = Integer.parseInt(month);
          if (value < 1 || value > 12) {
            throw new IllegalStateException(source + ": bad month " + value);
          }
          months.add(value);
        }
      } else if (directive.equals("weekend")) {
        days.add(DayOfWeek.SATURDAY);
        days.add(DayOfWeek.SUNDAY);
      } else if (directive.equals("weekday")) {
        days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
      } else if (dayOfWeek(directive) != null) {
        days.add(dayOfWeek(directive));
      } else if (directive.equals("pro")) {
        professional = true;
      } else {
        try {
          timing = Template.Timing.valueOf(directive.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(source + ": unknown directive %" + directive, e);
        }
      }
    }
    return new Template(source, Collections.unmodifiableSet(categories), rest,
        Collections.unmodifiableSet(professions), timing, Collections.unmodifiableSet(days),
        Collections.unmodifiableSet(months), professional);
  }

  private static DayOfWeek dayOfWeek(String directive) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().substring(0, 3).equalsIgnoreCase(directive)) {
        return day;
      }
    }
    return null;
  }

  private static Map<String, List<String>> readSlots() {
    Map<String, List<String>> slots = new LinkedHashMap<>();
    String current = null;
    List<String> values = null;
    int number = 0;
    for (String line : lines("slots.txt")) {
      number++;
      String trimmed = line.strip();
      if (comment(trimmed)) {
        continue;
      }
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        if (current != null) {
          putSlot(slots, current, values, number);
        }
        current = trimmed.substring(1, trimmed.length() - 1);
        values = new ArrayList<>();
      } else if (values == null) {
        throw new IllegalStateException("slots.txt:" + number + ": value before any [slot] heading");
      } else {
        values.add(trimmed);
      }
    }
    if (current != null) {
      putSlot(slots, current, values, number);
    }
    return Collections.unmodifiableMap(slots);
  }

  private static void putSlot(Map<String, List<String>> slots, String name, List<String> values, int number) {
    if (values.isEmpty()) {
      throw new IllegalStateException("slots.txt: slot [" + name + "] before line " + number + " has no values");
    }
    if (slots.put(name, List.copyOf(values)) != null) {
      throw new IllegalStateException("slots.txt: slot [" + name + "] defined twice");
    }
  }

  /** Blank lines and lines starting "# " are comments; "#Hashtag" at the start of a line is a value. */
  private static boolean comment(String trimmed) {
    return trimmed.isEmpty() || trimmed.equals("#") || trimmed.startsWith("# ");
  }

  private static List<String> lines(String file) {
    try (InputStream in = TemplateLibrary.class.getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROOT + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
