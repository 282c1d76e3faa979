package org.footprint.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.footprint.model.Category;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.RuleCatalogue;

/**
 * The cross-item rules and their thresholds, read from {@code history/cross-item.yaml} and checked when read: every
 * field present and in range, every clause resolving in its pack, every signal known. That every per-item rule a
 * mosaic clue names is in the catalogue is {@link HistoryCollector#clueRulesMissingFrom}'s to tell (a test asks it).
 * Immutable.
 */
public final class HistoryRules {
  static final String RESOURCE = "history/cross-item.yaml";
  private static final YAMLMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final Set<String> COMMON = Set.of("analysis", "category", "severity", "raised-severity", "confidence", "summary", "message",
      "why", "remediation", "suggestion", "clauses", "examples");

  /** The collector's caps: what it keeps of a history, whatever its size. */
  public record Limits(int locatedPhotos, int clueItems, int hostileItems, int othersHostileItems, int workPosts, int textCharacters) {}

  /** Local hours, per kind of day, as minutes of the day: {@code [from, to)} pairs. */
  record Hours(List<int[]> weekday, List<int[]> weekend) {
    boolean contains(boolean isWeekend, int minuteOfDay) {
      for (int[] range : isWeekend ? weekend : weekday) {
        if (minuteOfDay >= range[0] && minuteOfDay < range[1]) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code exposure.photo-*-cluster}: photos at one spot, mostly at the given hours. */
  record PhotoCluster(CrossItemRule rule, Hours hours, int radiusMetres, int minPhotos, int minDays, double minShare) {}

  /**
   * One kind of clue of the mosaic: what it tells a stranger, the per-item rules that find it (strong clues), the
   * signals that count when another post corroborates them, and those that count once the kind is established.
   */
  record ClueKind(String name, String says, List<String> rules, List<String> signals, List<String> supporting) {}

  /** {@code exposure.mosaic-address}. */
  record Mosaic(CrossItemRule rule, int minItems, int minKinds, List<ClueKind> kinds, List<List<String>> raiseWhen) {}

  /** {@code hostility.repeated-target}: posts flagged in one of {@code categories}, aimed at the same account. */
  record RepeatedHostility(CrossItemRule rule, Set<Category> categories, int minPosts, int raiseAt) {}

  /**
   * {@code hostility.pile-on}: the user's hostile posts aimed at an account with at least {@code minOthers} hostile
   * posts by others aimed at it (endorsed, or on the user's timeline) within {@code windowDays} of one of them.
   */
  record PileOn(CrossItemRule rule, Set<Category> categories, int windowDays, int minOthers, int raiseAtOthers, int raiseAtOwn) {}

  /**
   * {@code hostility.at-colleague}: the user's posts flagged in one of {@code categories} aimed at an account that
   * another of the user's posts, not so flagged, names with one of the {@code workCues}.
   */
  record ColleagueTarget(CrossItemRule rule, Set<Category> categories, Pattern workCues) {}

  private final ZoneId zone;
  private final int coordinateDecimals;
  private final Limits limits;
  private final List<PhotoCluster> photoClusters;
  private final Mosaic mosaic;
  private final RepeatedHostility repeatedHostility;
  private final PileOn pileOn;
  private final ColleagueTarget colleagueTarget;
  private final List<CrossItemRule> rules;

  private HistoryRules(ZoneId zone, int coordinateDecimals, Limits limits, List<PhotoCluster> photoClusters, Mosaic mosaic,
      RepeatedHostility repeatedHostility, PileOn pileOn, ColleagueTarget colleagueTarget, List<CrossItemRule> rules) {
    this.zone = zone;
    this.coordinateDecimals = coordinateDecimals;
    this.limits = limits;
    this.photoClusters = List.copyOf(photoClusters);
    this.mosaic = mosaic;
    this.repeatedHostility = repeatedHostility;
    this.pileOn = pileOn;
    this.colleagueTarget = colleagueTarget;
    this.rules = List.copyOf(rules);
  }

  private static final class BuiltIn {
    static final HistoryRules RULES = load();
  }

  /** The rules shipped with Footprint. */
  public static HistoryRules builtIn() {
    return BuiltIn.RULES;
  }

  /** Every cross-item rule in file order, for {@code footprint rules} and docs/RULES.md. */
  public List<CrossItemRule> rules() {
    return rules;
  }

  public Limits limits() {
    return limits;
  }

  ZoneId zone() {
    return zone;
  }

  int coordinateDecimals() {
    return coordinateDecimals;
  }

  List<PhotoCluster> photoClusters() {
    return photoClusters;
  }

  Mosaic mosaic() {
    return mosaic;
  }

  RepeatedHostility repeatedHostility() {
    return repeatedHostility;
  }

  PileOn pileOn() {
    return pileOn;
  }

  ColleagueTarget colleagueTarget() {
    return colleagueTarget;
  }

  private static HistoryRules load() {
    try (InputStream in = HistoryRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": missing from the classpath");
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), PolicyPacks.loadBuiltIn());
    } catch (IOException e) {
      throw new IllegalStateException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a rules file's text; every analysis must have its rules, and every clause must resolve in {@code packs}.
   *
   * @throws IllegalStateException naming the file and the field that is wrong
   */
  static HistoryRules parse(String file, String text, PolicyPacks packs) {
    Fields root;
    try {
      JsonNode tree = YAML.readTree(text);
      root = new Fields(file, "", tree == null ? YAML.createObjectNode() : tree);
    } catch (IOException e) {
      throw new IllegalStateException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    root.only(Set.of("time-zone", "coordinate-decimals", "limits", "times", "rules"));
    ZoneId zone;
    try {
      zone = ZoneId.of(root.text("time-zone"));
    } catch (DateTimeException e) {
      throw root.wrong("time-zone", "not a time zone id (e.g. Europe/London)");
    }
    int decimals = root.whole("coordinate-decimals", 0, 3);
    Fields limitFields = root.object("limits");
    limitFields.only(Set.of("located-photos", "clue-items", "hostile-items", "others-hostile-items", "work-posts", "text-characters"));
    Limits limits = new Limits(limitFields.whole("located-photos", 1, 1_000_000), limitFields.whole("clue-items", 1, 1_000_000),
        limitFields.whole("hostile-items", 1, 1_000_000), limitFields.whole("others-hostile-items", 1, 1_000_000),
        limitFields.whole("work-posts", 1, 1_000_000),
        limitFields.whole("text-characters", 20, 100_000));
    Map<String, Hours> times = new LinkedHashMap<>();
    Fields timeFields = root.object("times");
    for (String name : timeFields.names()) {
      Fields hours = timeFields.object(name);
      hours.only(Set.of("weekday", "weekend"));
      times.put(name, new Hours(hours.ranges("weekday"), hours.ranges("weekend")));
    }
    List<PhotoCluster> clusters = new ArrayList<>();
    Mosaic mosaic = null;
    RepeatedHostility hostility = null;
    PileOn pileOn = null;
    ColleagueTarget colleagueTarget = null;
    List<CrossItemRule> rules = new ArrayList<>();
    Fields ruleFields = root.object("rules");
    for (String id : ruleFields.names()) {
      Fields fields = ruleFields.object(id);
      CrossItemRule rule = rule(id, fields, packs);
      rules.add(rule);
      String analysis = fields.text("analysis");
      switch (analysis) {
        case "photo-cluster" -> {
          fields.only(union(COMMON, "times", "radius-metres", "min-photos", "min-days", "min-share"));
          Hours hours = times.get(fields.text("times"));
          if (hours == null) {
            throw fields.wrong("times", "not one of the hours under 'times': " + String.join(", ", times.keySet()));
          }
          clusters.add(new PhotoCluster(rule, hours, fields.whole("radius-metres", 10, 5_000), fields.whole("min-photos", 2, 1_000),
              fields.whole("min-days", 1, 1_000), fields.fraction("min-share")));
        }
        case "mosaic" -> {
          fields.only(union(COMMON, "min-items", "min-kinds", "kinds", "raise-when"));
          mosaic = new Mosaic(rule, fields.whole("min-items", 2, 100), fields.whole("min-kinds", 1, 10), kinds(fields.object("kinds")),
              fields.pairs("raise-when"));
          checkRaise(fields, mosaic);
        }
        case "repeated-hostility" -> {
          fields.only(union(COMMON, "counts", "min-posts", "raise-at"));
          hostility = new RepeatedHostility(rule, counted(fields), fields.whole("min-posts", 2, 1_000), fields.whole("raise-at", 2, 10_000));
          if (hostility.raiseAt() <= hostility.minPosts()) {
            throw fields.wrong("raise-at", "must be more than min-posts");
          }
        }
        case "pile-on" -> {
          fields.only(union(COMMON, "counts", "window-days", "min-others", "raise-at-others", "raise-at-own"));
          pileOn = new PileOn(rule, counted(fields), fields.whole("window-days", 1, 365), fields.whole("min-others", 1, 1_000),
              fields.whole("raise-at-others", 2, 10_000), fields.whole("raise-at-own", 2, 10_000));
          if (pileOn.raiseAtOthers() <= pileOn.minOthers()) {
            throw fields.wrong("raise-at-others", "must be more than min-others");
          }
          if (rule.raisedSeverity() == null) {
            throw fields.wrong("raised-severity", "a pile-on rule rises with repetition: give its raised severity");
          }
        }
        case "colleague-target" -> {
          fields.only(union(COMMON, "counts", "work-cues"));
          colleagueTarget = new ColleagueTarget(rule, counted(fields), anyOf(fields, "work-cues"));
        }
        default -> throw fields.wrong("analysis",
            "unknown analysis '" + analysis + "' (expected photo-cluster, mosaic, repeated-hostility, pile-on or colleague-target)");
      }
    }
    if (clusters.isEmpty() || mosaic == null || hostility == null || pileOn == null || colleagueTarget == null) {
      throw new IllegalStateException(file + ": rules: expected photo-cluster, mosaic, repeated-hostility, pile-on and colleague-target rules");
    }
    return new HistoryRules(zone, decimals, limits, clusters, mosaic, hostility, pileOn, colleagueTarget, rules);
  }

  /** One pattern matching any of the words or phrases listed under {@code name}, case-insensitively on word boundaries. */
  private static Pattern anyOf(Fields fields, String name) {
    List<String> phrases = fields.texts(name);
    if (phrases.isEmpty()) {
      throw fields.wrong(name, "list at least one word or phrase");
    }
    String alternatives = String.join("|", phrases.stream().map(phrase -> Pattern.quote(phrase.strip())).toList());
    return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The categories of per-item findings that make a post hostile, from {@code counts}. */
  private static Set<Category> counted(Fields fields) {
    Set<Category> counted = java.util.EnumSet.noneOf(Category.class);
    for (String category : fields.texts("counts")) {
      counted.add(fields.parsed("counts", () -> Category.parse(category)));
    }
    if (counted.isEmpty()) {
      throw fields.wrong("counts", "name the categories of per-item findings that count as hostile");
    }
    return counted;
  }

  private static CrossItemRule rule(String id, Fields fields, PolicyPacks packs) {
    Category category = fields.parsed("category", () -> Category.parse(fields.text("category")));
    if (!id.startsWith(category.id() + ".")) {
      throw fields.wrong("category", "the rule id must start with its category: " + category.id() + ".");
    }
    Severity severity = fields.parsed("severity", () -> Severity.parse(fields.text("severity")));
    Severity raised = fields.has("raised-severity") ? fields.parsed("raised-severity", () -> Severity.parse(fields.text("raised-severity"))) : null;
    if (raised != null && raised.compareTo(severity) <= 0) {
      throw fields.wrong("raised-severity", "must be above severity");
    }
    double confidence = fields.fraction("confidence");
    if (confidence == 0) {
      throw fields.wrong("confidence", "must be above 0");
    }
    List<Remediation> remediation = new ArrayList<>();
    for (String action : fields.texts("remediation")) {
      remediation.add(fields.parsed("remediation", () -> Remediation.parse(action)));
    }
    if (remediation.isEmpty()) {
      throw fields.wrong("remediation", "name at least one action");
    }
    List<String> clauses = fields.has("clauses") ? fields.texts("clauses") : List.of();
    for (String clause : clauses) {
      if (fields.parsed("clauses", () -> packs.resolve(clause)).isEmpty()) {
        throw fields.wrong("clauses", "'" + clause + "' does not resolve in its pack");
      }
    }
    Fields examples = fields.object("examples");
    examples.only(Set.of("flag", "pass"));
    List<String> flags = examples.texts("flag");
    List<String> passes = examples.texts("pass");
    if (flags.isEmpty() || passes.isEmpty()) {
      throw fields.wrong("examples", "describe at least one history it flags and one it passes");
    }
    return new CrossItemRule(id, category, severity, raised, confidence, fields.text("summary"), fields.text("message"), fields.text("why"),
        remediation, fields.has("suggestion") ? fields.text("suggestion") : null, clauses, flags, passes);
  }

  private static List<ClueKind> kinds(Fields kinds) {
    List<ClueKind> result = new ArrayList<>();
    for (String name : kinds.names()) {
      Fields kind = kinds.object(name);
      kind.only(Set.of("says", "rules", "signals", "supporting"));
      List<String> rules = kind.texts("rules");
      if (rules.isEmpty()) {
        throw kind.wrong("rules", "name at least one per-item rule");
      }
      result.add(new ClueKind(name, kind.text("says"), rules, signals(kind, "signals"), signals(kind, "supporting")));
    }
    if (result.isEmpty()) {
      throw kinds.wrong("", "name at least one kind of clue");
    }
    return result;
  }

  private static List<String> signals(Fields kind, String field) {
    List<String> signals = kind.texts(field);
    for (String signal : signals) {
      if (!RuleCatalogue.SIGNALS.contains(signal)) {
        throw kind.wrong(field, "unknown signal '" + signal + "' (known: " + String.join(", ", new java.util.TreeSet<>(RuleCatalogue.SIGNALS)) + ")");
      }
    }
    return signals;
  }

  private static void checkRaise(Fields fields, Mosaic mosaic) {
    if (mosaic.rule().raisedSeverity() == null) {
      throw fields.wrong("raised-severity", "a mosaic with raise-when needs a raised severity");
    }
    Set<String> known = new java.util.HashSet<>();
    mosaic.kinds().forEach(kind -> known.add(kind.name()));
    for (List<String> pair : mosaic.raiseWhen()) {
      for (String kind : pair) {
        if (!known.contains(kind)) {
          throw fields.wrong("raise-when", "'" + kind + "' is not one of the kinds");
        }
      }
    }
  }

  private static Set<String> union(Set<String> common, String... more) {
    Set<String> all = new java.util.HashSet<>(common);
    all.addAll(List.of(more));
    return all;
  }

  /** One mapping of the file, with the checks every field needs and errors that name the file and the field. */
  private record Fields(String file, String at, JsonNode node) {
    Fields {
      if (!node.isObject()) {
        throw new IllegalStateException(file + ": " + (at.isEmpty() ? "the file" : at) + ": expected a mapping");
      }
    }

    IllegalStateException wrong(String field, String why) {
      String where = at.isEmpty() ? field : field.isEmpty() ? at : at + "." + field;
      return new IllegalStateException(file + ": " + where + ": " + why);
    }

    void only(Set<String> allowed) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!allowed.contains(name)) {
          throw wrong(name, "unknown field (expected one of " + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
      }
    }

    boolean has(String field) {
      return node.has(field);
    }

    List<String> names() {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      return names;
    }

    Fields object(String field) {
      if (!node.path(field).isObject()) {
        throw wrong(field, "expected a mapping");
      }
      return new Fields(file, at.isEmpty() ? field : at + "." + field, node.get(field));
    }

    String text(String field) {
      JsonNode value = node.path(field);
      if (!value.isTextual() || value.asText().isBlank()) {
        throw wrong(field, "expected text");
      }
      return value.asText();
    }

    List<String> texts(String field) {
      JsonNode value = node.path(field);
      if (value.isMissingNode()) {
        return List.of();
      }
      if (!value.isArray()) {
        throw wrong(field, "expected a list");
      }
      List<String> texts = new ArrayList<>();
      value.forEach(entry -> {
        if (!entry.isTextual()) {
          throw wrong(field, "expected a list of text");
        }
        texts.add(entry.asText());
      });
      return texts;
    }

    List<List<String>> pairs(String field) {
      JsonNode value = node.path(field);
      List<List<String>> pairs = new ArrayList<>();
      if (!value.isArray()) {
        throw wrong(field, "expected a list of pairs of kinds");
      }
      for (JsonNode pair : value) {
        if (!pair.isArray() || pair.size() != 2) {
          throw wrong(field, "expected pairs of kinds, e.g. [home, child]");
        }
        pairs.add(List.of(pair.get(0).asText(), pair.get(1).asText()));
      }
      return pairs;
    }

    int whole(String field, int min, int max) {
      JsonNode value = node.path(field);
      if (!value.isInt() || value.intValue() < min || value.intValue() > max) {
        throw wrong(field, "expected a whole number from " + min + " to " + max);
      }
      return value.intValue();
    }

    double fraction(String field) {
      JsonNode value = node.path(field);
      if (!value.isNumber() || value.doubleValue() < 0 || value.doubleValue() > 1) {
        throw wrong(field, "expected a number from 0 to 1");
      }
      return value.doubleValue();
    }

    /** {@code ["08:00-09:30", …]} as minutes of the day; 24:00 ends the day. */
    List<int[]> ranges(String field) {
      List<int[]> ranges = new ArrayList<>();
      for (String range : texts(field)) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)-([01]\\d|2[0-4]):([0-5]\\d)").matcher(range);
        int from = m.matches() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : -1;
        int to = m.matches() ? Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4)) : -1;
        if (from < 0 || to <= from || to > 24 * 60) {
          throw wrong(field, "'" + range + "': expected HH:MM-HH:MM within one day, e.g. 08:00-09:30");
        }
        ranges.add(new int[] {from, to});
      }
      return ranges;
    }

    <T> T parsed(String field, java.util.function.Supplier<T> parse) {
      try {
        return parse.get();
      } catch (IllegalArgumentException e) {
        throw wrong(field, e.getMessage());
      }
    }
  }
}
