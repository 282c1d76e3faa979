package org.footprint.settings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.footprint.model.Audience;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * The privacy-settings audit: watches every item of a scan and lists the settings worth checking
 * ({@code settings/settings-to-check.yaml}), each once, in the file's order. Thread-safe: the analysis threads
 * call {@link #observe} at once. Memory is a few counters and at most three profile fields per setting.
 */
public final class SettingsAudit {
  static final String RESOURCE = "settings/settings-to-check.yaml";
  private static final YAMLMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final Set<String> FIELDS = Set.of("id", "platform", "trigger", "title", "why", "how");
  private static final int SHOWN_FIELDS = 3;

  /** When a setting is worth checking: a closed set, the data file picks one and its parameter. */
  enum TriggerKind {
    PROFILE_FIELD, PUBLIC_POSTS, UNKNOWN_AUDIENCE, REOPENED, BY_OTHERS;

    String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static TriggerKind parse(String text) {
      for (TriggerKind kind : values()) {
        if (kind.id().equals(text)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unknown trigger '" + text + "' (known: profile-field, public-posts, unknown-audience, reopened, by-others)");
    }
  }

  /** One entry of the data file. {@code fields} for profile-field triggers, {@code minimum} for the counting ones. */
  record Setting(String id, String platform, TriggerKind trigger, List<String> fields, int minimum, String title, String why, String how) {}

  /** What the items of one platform showed so far. Guarded by the audit. */
  private static final class Seen {
    final Map<String, List<String>> profileFields = new LinkedHashMap<>();
    long publicPosts;
    long unknownAudience;
    long restrictedPosts;
    long byOthers;
    Instant newestPost;
    Audience newestAudience;
  }

  private final List<Setting> settings;
  private final Map<String, Seen> seen = new LinkedHashMap<>();

  SettingsAudit(List<Setting> settings) {
    this.settings = List.copyOf(settings);
  }

  /** A new audit over the settings shipped with Footprint. */
  public static SettingsAudit builtIn() {
    return new SettingsAudit(Holder.SETTINGS);
  }

  List<Setting> settings() {
    return settings;
  }

  private static final class Holder {
    static final List<Setting> SETTINGS = load();
  }

  private static List<Setting> load() {
    try (InputStream in = SettingsAudit.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": missing from the classpath");
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a settings file's text.
   *
   * @throws IllegalStateException naming the file, the entry and what is wrong
   */
  static List<Setting> parse(String file, String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    JsonNode list = root == null ? null : root.get("settings");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new IllegalStateException(file + ": expected a non-empty list under 'settings'");
    }
    List<Setting> result = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = file + ": settings[" + i + "]";
      try {
        Setting setting = setting(list.get(i));
        if (!ids.add(setting.id())) {
          throw new IllegalArgumentException("duplicate id '" + setting.id() + "'");
        }
        result.add(setting);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(at + ": " + e.getMessage(), e);
      }
    }
    return result;
  }

  private static Setting setting(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a mapping with " + String.join(", ", FIELDS));
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field '" + name + "'");
      }
    }
    String id = text(node, "id");
    String platform = text(node, "platform");
    if (!id.startsWith(platform + ".")) {
      throw new IllegalArgumentException("id '" + id + "' must start with its platform ('" + platform + ".')");
    }
    JsonNode trigger = node.get("trigger");
    if (trigger == null || !trigger.isObject() || trigger.size() != 1) {
      throw new IllegalArgumentException("trigger must be a mapping with exactly one of profile-field, public-posts, unknown-audience, reopened, by-others");
    }
    String kindName = trigger.fieldNames().next();
    TriggerKind kind = TriggerKind.parse(kindName);
    JsonNode value = trigger.get(kindName);
    List<String> fields = new ArrayList<>();
    int minimum = 1;
    switch (kind) {
      case PROFILE_FIELD -> {
        if (!value.isArray() || value.isEmpty()) {
          throw new IllegalArgumentException("profile-field lists the fields, e.g. [current_city, hometown]");
        }
        value.forEach(field -> fields.add(field.asText()));
      }
      case REOPENED -> {
        if (!value.isBoolean() || !value.booleanValue()) {
          throw new IllegalArgumentException("reopened takes true");
        }
      }
      default -> {
        if (!value.canConvertToInt() || value.intValue() < 1) {
          throw new IllegalArgumentException(kindName + " takes a count of at least 1");
        }
        minimum = value.intValue();
      }
    }
    return new Setting(id, platform, kind, fields, minimum, text(node, "title"), text(node, "why"), text(node, "how"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("'" + field + "' is required text");
    }
    return value.asText().strip();
  }

  /** Notes what one item shows about its platform's settings. */
  public void observe(Item item) {
    Involvement involvement = Involvement.of(item);
    boolean profileField = item.kind() == ItemKind.PROFILE_FIELD;
    boolean post = involvement == Involvement.AUTHORED && isPost(item);
    if (!profileField && !post && involvement != Involvement.BY_OTHERS) {
      return;
    }
    synchronized (this) {
      Seen platform = seen.computeIfAbsent(item.platform(), p -> new Seen());
      if (profileField) {
        String field = profileFieldName(item);
        List<String> values = platform.profileFields.computeIfAbsent(field, f -> new ArrayList<>());
        if (values.size() < SHOWN_FIELDS) {
          values.add(item.text().strip());
        }
      } else if (post) {
        switch (item.audience()) {
          case PUBLIC -> platform.publicPosts++;
          case UNKNOWN -> platform.unknownAudience++;
          default -> platform.restrictedPosts++;
        }
        if (item.createdAt() != null && (platform.newestPost == null || item.createdAt().isAfter(platform.newestPost))) {
          platform.newestPost = item.createdAt();
          platform.newestAudience = item.audience();
        }
      } else {
        platform.byOthers++;
      }
    }
  }

  /** What the user wrote for others to read: not a draft, a message, a like or a profile field. */
  private static boolean isPost(Item item) {
    return item.audience() != Audience.DIRECT
        && switch (item.kind()) {
          case DRAFT, MESSAGE, LIKE, PROFILE_FIELD -> false;
          default -> true;
        };
  }

  /** {@code profile:work:0} → {@code work}; the readers name profile fields {@code profile:<field>[:<n>]}. */
  private static String profileFieldName(Item item) {
    String id = item.nativeId() == null ? "" : item.nativeId();
    String field = id.startsWith("profile:") ? id.substring("profile:".length()) : id;
    int index = field.indexOf(':');
    return index < 0 ? field : field.substring(0, index);
  }

  /** The settings worth checking after every item was observed, in the data file's order. */
  public synchronized List<SettingToCheck> settingsToCheck() {
    List<SettingToCheck> result = new ArrayList<>();
    for (Setting setting : settings) {
      Seen platform = seen.get(setting.platform());
      List<String> evidence = platform == null ? List.of() : evidence(setting, platform);
      if (!evidence.isEmpty()) {
        result.add(new SettingToCheck(setting.id(), setting.platform(), setting.title(), setting.why(), setting.how(), evidence));
      }
    }
    return result;
  }

  /** What triggers the setting on this platform, or nothing when it does not hold. */
  private static List<String> evidence(Setting setting, Seen platform) {
    return switch (setting.trigger()) {
      case PROFILE_FIELD -> setting.fields().stream().flatMap(f -> platform.profileFields.getOrDefault(f, List.of()).stream()).toList();
      case PUBLIC_POSTS -> counted(platform.publicPosts, setting.minimum(), "public posts");
      case UNKNOWN_AUDIENCE -> counted(platform.unknownAudience, setting.minimum(), "posts whose audience the export does not record");
      case BY_OTHERS -> counted(platform.byOthers, setting.minimum(), "posts, photos or comments by others linked to you");
      case REOPENED -> platform.restrictedPosts > 0 && platform.newestAudience == Audience.PUBLIC
          ? List.of(String.format(Locale.ROOT, "%,d posts written while the account was private; the newest post is public", platform.restrictedPosts))
          : List.of();
    };
  }

  private static List<String> counted(long count, int minimum, String what) {
    return count >= minimum ? List.of(String.format(Locale.ROOT, "%s: %,d", what, count)) : List.of();
  }
}
