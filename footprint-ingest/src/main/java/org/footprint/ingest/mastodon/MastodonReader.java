package org.footprint.ingest.mastodon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.footprint.ingest.html.HtmlText;
import org.footprint.ingest.problems.ReadProblems;
import org.footprint.ingest.sniff.Sniff;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.ingest.time.Timestamps;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Media;

/**
 * A Mastodon account archive (checked against 4.x exports of 2021–2024): {@code outbox.json}, {@code actor.json},
 * {@code likes.json} and {@code media_attachments/}.
 * <ul>
 *   <li>{@code outbox.json}, an ActivityStreams {@code OrderedCollection} streamed item by item:
 *       {@code Create} of a {@code Note} (or {@code Question}, {@code Article}) is the user's post, a reply when
 *       {@code inReplyTo} is set. Its text is the content warning ({@code summary}) as {@code "CW: …"}, a blank
 *       line, then the HTML {@code content} as text, then a poll's options one per line. Mentions come from
 *       {@code tag} of type Mention (without the leading '@'), hashtags go to {@code tags} as {@code #name},
 *       attachments become media with their path in the archive when the file is there.
 *       {@code Announce} (a boost) is a repost of someone else's post: not authored, no text, the boosted URL as
 *       permalink.</li>
 *   <li>Audience from {@code to}/{@code cc}: {@code as:Public} in either is public (in {@code cc} only it is
 *       "unlisted", still public); a followers collection without it is followers; only people is direct;
 *       no addressing at all is unknown.</li>
 *   <li>{@code actor.json}: display name, bio ({@code summary}) and profile fields ({@code attachment} of type
 *       PropertyValue, as {@code name: value}) are profile-field items.</li>
 *   <li>{@code likes.json}: one like item per liked URL, not authored, no text (the archive holds only URLs);
 *       kept so reports can count endorsements. {@code bookmarks.json} is private and not read.</li>
 * </ul>
 * Problems: {@code ingest.json.wrong-shape} (no {@code orderedItems} array, or an item that is not an
 * object), {@code ingest.json.too-large} (an {@code actor.json} over 5 MB, which is read whole) and those of
 * {@link ReadProblems}.
 */
public final class MastodonReader implements ExportReader {
  private static final Set<String> PUBLIC = Set.of("https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public");
  private static final Set<String> AUTHORED_TYPES = Set.of("Note", "Question", "Article", "Page");
  private static final String MEDIA_FOLDER = "media_attachments/";
  /** actor.json is read whole; a real one is a few kilobytes. */
  private static final long MAX_ACTOR_BYTES = 5L * 1024 * 1024;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String platform() {
    return "mastodon";
  }

  @Override
  public int detect(ExportTree tree) {
    Optional<ExportEntry> outbox = tree.find("outbox.json");
    if (outbox.isEmpty() || !"OrderedCollection".equals(topLevelType(tree, outbox.get()))) {
      return 0;
    }
    return tree.find("actor.json").isPresent() ? 95 : 70;
  }

  /** The top-level {@code type} of a JSON object, read without going into its children. */
  private static String topLevelType(ExportTree tree, ExportEntry entry) {
    // the type follows @context, within the first kilobytes; a cut further on ends the look
    try (JsonParser parser = new JsonFactory().createParser(Sniff.head(tree, entry, Sniff.JSON_HEAD_BYTES))) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("type") && value == JsonToken.VALUE_STRING) {
          return parser.getText();
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    Map<String, String> mediaFiles = mediaFiles(tree);
    tree.find("actor.json").ifPresent(entry -> readActor(context, entry));
    tree.find("outbox.json").ifPresent(entry ->
        streamOrderedItems(context, entry, item -> readActivity(context, entry, item, mediaFiles)));
    tree.find("likes.json").ifPresent(entry ->
        streamOrderedItems(context, entry, item -> readLike(item)
            .ifPresentOrElse(context::accept, () -> wrongShape(context, entry, "a like that is not a URL"))));
  }

  /** Attachment files by their path from {@code media_attachments/} on, whatever folder the archive was unpacked in. */
  private static Map<String, String> mediaFiles(ExportTree tree) {
    Map<String, String> files = new HashMap<>();
    for (ExportEntry entry : tree.entries()) {
      String key = mediaKey(entry.path());
      if (key != null) {
        files.putIfAbsent(key, entry.path());
      }
    }
    return files;
  }

  private static String mediaKey(String path) {
    int at = path.indexOf(MEDIA_FOLDER);
    return at < 0 ? null : path.substring(at);
  }

  private void streamOrderedItems(ReadContext context, ExportEntry entry, Consumer<JsonNode> items) {
    try (Reader reader = context.text(entry); JsonParser parser = context.json().createParser(reader)) {
      parser.setCodec(MAPPER);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        wrongShape(context, entry, "not a JSON object");
        return;
      }
      boolean found = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("orderedItems") && value == JsonToken.START_ARRAY) {
          found = true;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.accept(parser.readValueAsTree());
          }
        } else {
          parser.skipChildren();
        }
      }
      if (!found) {
        wrongShape(context, entry, "no orderedItems array");
      }
    } catch (IOException e) {
      ReadProblems.report(context, entry, e);
    }
  }

  private void readActivity(ReadContext context, ExportEntry entry, JsonNode activity, Map<String, String> mediaFiles) {
    if (!activity.isObject()) {
      wrongShape(context, entry, "an item that is not an object");
      return;
    }
    String type = activity.path("type").asText();
    JsonNode object = activity.path("object");
    if (type.equals("Announce")) {
      context.accept(Item.builder(platform(), activity.path("id").asText(null))
          .kind(ItemKind.REPOST)
          .authoredBySelf(false)
          .createdAt(Timestamps.parse(activity.path("published").asText(null)))
          .audience(audience(activity))
          .permalink(object.isTextual() ? object.asText() : object.path("id").asText(null))
          .build());
    } else if (type.equals("Create") && object.isObject() && AUTHORED_TYPES.contains(object.path("type").asText())) {
      context.accept(note(activity, object, mediaFiles));
    }
  }

  private Item note(JsonNode activity, JsonNode note, Map<String, String> mediaFiles) {
    String inReplyTo = note.path("inReplyTo").asText(null);
    List<String> mentions = new ArrayList<>();
    List<String> hashtags = new ArrayList<>();
    for (JsonNode tag : note.path("tag")) {
      String name = tag.path("name").asText("");
      switch (tag.path("type").asText()) {
        case "Mention" -> mentions.add(name.startsWith("@") ? name.substring(1) : name);
        case "Hashtag" -> hashtags.add(name.startsWith("#") ? name : "#" + name);
        default -> { }
      }
    }
    List<Media> media = new ArrayList<>();
    for (JsonNode attachment : note.path("attachment")) {
      media.add(new Media(mediaFiles.get(mediaKey(attachment.path("url").asText(""))), null, null, null));
    }
    Instant published = Timestamps.parse(note.path("published").asText(activity.path("published").asText(null)));
    String permalink = note.path("url").isTextual() ? note.path("url").asText() : note.path("id").asText(null);
    return Item.builder(platform(), note.path("id").asText(activity.path("id").asText(null)))
        .kind(inReplyTo == null ? ItemKind.POST : ItemKind.REPLY)
        .createdAt(published)
        .text(text(note))
        .audience(audience(note.has("to") ? note : activity))
        .replyTo(inReplyTo)
        .mentions(mentions)
        .tags(hashtags)
        .media(media)
        .permalink(permalink)
        .build();
  }

  /** Content warning, body and poll options, in the order a reader sees them. */
  private static String text(JsonNode note) {
    StringBuilder text = new StringBuilder();
    String warning = note.path("summary").asText("");
    if (!warning.isBlank()) {
      text.append("CW: ").append(warning.strip()).append("\n\n");
    }
    text.append(HtmlText.toText(content(note)));
    for (String choice : List.of("oneOf", "anyOf")) {
      for (JsonNode option : note.path(choice)) {
        text.append('\n').append(option.path("name").asText(""));
      }
    }
    return text.toString().strip();
  }

  /** {@code content}, or when it is missing the first language of {@code contentMap}. */
  private static String content(JsonNode note) {
    if (note.path("content").isTextual()) {
      return note.path("content").asText();
    }
    Iterator<JsonNode> languages = note.path("contentMap").elements();
    return languages.hasNext() ? languages.next().asText("") : "";
  }

  static Audience audience(JsonNode addressed) {
    List<String> to = strings(addressed.path("to"));
    List<String> cc = strings(addressed.path("cc"));
    if (to.isEmpty() && cc.isEmpty()) {
      return Audience.UNKNOWN;
    }
    if (to.stream().anyMatch(PUBLIC::contains) || cc.stream().anyMatch(PUBLIC::contains)) {
      return Audience.PUBLIC;
    }
    if (to.stream().anyMatch(a -> a.endsWith("/followers")) || cc.stream().anyMatch(a -> a.endsWith("/followers"))) {
      return Audience.FOLLOWERS;
    }
    return Audience.DIRECT;
  }

  private static List<String> strings(JsonNode node) {
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  private Optional<Item> readLike(JsonNode like) {
    if (!like.isTextual()) {
      return Optional.empty();
    }
    return Optional.of(Item.builder(platform(), "like:" + like.asText())
        .kind(ItemKind.LIKE)
        .authoredBySelf(false)
        .audience(Audience.PUBLIC)
        .permalink(like.asText())
        .build());
  }

  private void readActor(ReadContext context, ExportEntry entry) {
    if (entry.size() > MAX_ACTOR_BYTES) {
      context.problem(entry, "ingest.json.too-large",
          "actor.json is " + entry.size() + " bytes; a profile is a few kilobytes, so it was not read.");
      return;
    }
    try (Reader reader = context.text(entry); JsonParser parser = context.json().createParser(reader)) {
      JsonNode actor = MAPPER.readTree(parser);
      if (actor == null || !actor.isObject()) {
        wrongShape(context, entry, "not a JSON object");
        return;
      }
      String url = actor.path("url").asText(null);
      profileField(context, "actor/name", actor.path("name").asText(""), url);
      profileField(context, "actor/summary", HtmlText.toText(actor.path("summary").asText("")), url);
      int n = 0;
      for (JsonNode field : actor.path("attachment")) {
        if (field.path("type").asText().equals("PropertyValue")) {
          String value = HtmlText.toText(field.path("value").asText(""));
          profileField(context, "actor/field/" + n++, field.path("name").asText("") + ": " + value, url);
        }
      }
    } catch (IOException e) {
      ReadProblems.report(context, entry, e);
    }
  }

  private void profileField(ReadContext context, String nativeId, String text, String url) {
    if (!text.isBlank()) {
      context.accept(Item.builder(platform(), nativeId).kind(ItemKind.PROFILE_FIELD)
          .text(text).audience(Audience.PUBLIC).permalink(url).build());
    }
  }

  private static void wrongShape(ReadContext context, ExportEntry entry, String what) {
    context.problem(entry, "ingest.json.wrong-shape", "Not the shape of a Mastodon archive file: " + what + ".");
  }
}
