package org.footprint.ingest.facebook;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footprint.ingest.json.JsonRecords;
import org.footprint.ingest.json.JsonRecords.BadData;
import org.footprint.ingest.media.Exif;
import org.footprint.ingest.meta.HtmlExport;
import org.footprint.ingest.meta.MediaPaths;
import org.footprint.ingest.meta.MetaIds;
import org.footprint.ingest.meta.MetaMedia;
import org.footprint.ingest.meta.MetaText;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Media;
import org.footprint.model.Place;

/** One reading of one export: the profile first (who "me" is), then every other file. */
final class FacebookRead {
  // English titles only; other languages leave reply-to empty and authorship to the author field.
  private static final Pattern ON_TIMELINE = Pattern.compile("^(.+?) (?:wrote|posted) on (.+?)['’]s? (?:timeline|wall)\\b.*");
  private static final Pattern REPLIED_TO = Pattern.compile(".*?(?:commented on|replied to) (.+?)['’]s? (?:post|photo|comment|video|link|status|album|story|event|note)\\b.*");

  private final ExportTree tree;
  private final ReadContext context;
  private final Set<String> myNames = new HashSet<>();
  private final MediaPaths paths;
  private final MetaIds ids = new MetaIds();

  FacebookRead(ExportTree tree, ReadContext context) {
    this.tree = tree;
    this.context = context;
    this.paths = new MediaPaths(tree, context);
  }

  void run() {
    List<ExportEntry> entries = tree.entries();
    boolean any = false;
    for (ExportEntry entry : entries) {
      if (FacebookFile.PROFILE.matches(entry)) {
        readProfile(entry);
        any = true;
      }
    }
    for (ExportEntry entry : entries) {
      for (FacebookFile file : FacebookFile.values()) {
        if (file != FacebookFile.PROFILE && file.matches(entry)) {
          read(entry, file);
          any = true;
          break;
        }
      }
    }
    if (!any) {
      HtmlExport.marker(tree, FacebookReader.HTML_TWINS).ifPresent(html -> HtmlExport.report(context, html, "Facebook"));
    }
  }

  private void read(ExportEntry entry, FacebookFile file) {
    int[] undated = {0};
    JsonRecords.RecordHandler handler = switch (file) {
      case POSTS, CHECK_INS, GROUP_POSTS, STORIES -> (record, index) -> post(record, false, undated);
      case TIMELINE_BY_OTHERS -> (record, index) -> post(record, true, undated);
      case PHOTOS, VIDEOS -> (record, index) -> photo(record, undated);
      case COMMENTS, GROUP_COMMENTS -> (record, index) -> comment(record, undated);
      case MESSAGES -> null;
      case PROFILE -> throw new IllegalArgumentException("the profile is read first");
    };
    if (handler == null) {
      readMessages(entry, undated);
    } else {
      JsonRecords.records(entry, context, file.keys, "records", handler);
    }
    if (undated[0] > 0) {
      context.problem(entry, JsonRecords.MISSING_FIELD, undated[0] + (undated[0] == 1 ? " record has" : " records have")
          + " no timestamp; " + (undated[0] == 1 ? "it is" : "they are") + " scanned with the date unknown");
    }
  }

  // ---------------------------------------------------------------- profile

  private void readProfile(ExportEntry entry) {
    JsonRecords.parse(entry, context, JsonRecords.text(context, entry), parser -> {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw BadData.wrongShape("expected the profile as one object under profile_v2");
      }
      JsonNode root = JsonRecords.tree(parser);
      JsonNode profile = root.has("profile_v2") ? root.get("profile_v2") : root.path("profile");
      if (profile.isMissingNode()) {
        throw BadData.wrongShape("expected the profile under profile_v2");
      }
      profile(profile);
    });
  }

  private void profile(JsonNode profile) {
    addName(text(profile.path("name"), "full_name"));
    for (JsonNode previous : profile.path("previous_names")) {
      addName(text(previous, "name"));
    }
    field("current_city", "Current city", text(profile.path("current_city"), "name"));
    field("hometown", "Hometown", text(profile.path("hometown"), "name"));
    int i = 0;
    for (JsonNode work : profile.path("work_experiences")) {
      String employer = text(work, "employer");
      String title = text(work, "title");
      field("work:" + i++, "Works at", employer == null ? null : employer + (title == null || title.isBlank() ? "" : " as " + title));
    }
    i = 0;
    for (JsonNode school : profile.path("education_experiences")) {
      field("education:" + i++, "Studied at", text(school, "name"));
    }
    JsonNode relationship = profile.path("relationship");
    String status = text(relationship, "status");
    String partner = text(relationship, "partner");
    field("relationship", "Relationship", status == null ? null : status + (partner == null ? "" : " with " + partner));
  }

  private void addName(String name) {
    if (name != null && !name.isBlank()) {
      myNames.add(name.strip().toLowerCase(Locale.ROOT));
    }
  }

  private boolean isMe(String name) {
    return name != null && myNames.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  private void field(String key, String label, String value) {
    if (value != null && !value.isBlank()) {
      context.accept(Item.builder(FacebookReader.PLATFORM, "profile:" + key).kind(ItemKind.PROFILE_FIELD)
          .text(label + ": " + value).build());
    }
  }

  // ---------------------------------------------------------------- posts, photos, comments

  private void post(JsonNode record, boolean byOthers, int[] undated) {
    Instant at = time(record.path("timestamp"), undated);
    String title = text(record, "title");
    StringBuilder body = new StringBuilder();
    for (JsonNode data : record.path("data")) {
      String post = text(data, "post");
      if (post != null && !post.isBlank()) {
        body.append(body.length() == 0 ? "" : "\n").append(post);
      }
    }
    Attachments attached = Attachments.of(record.path("attachments"), paths);
    List<Media> media = attached.media();
    Place place = attached.place();
    String caption = attached.caption();
    String link = attached.link();
    String text = body.length() > 0 ? body.toString() : caption != null ? caption : link != null ? link : "";
    if (text.isEmpty() && media.isEmpty() && place == null) {
      return; // "updated her status" with nothing left of it: nothing to scan
    }
    boolean othersWrote = byOthers || writtenOnMyTimelineByOthers(title);
    ItemKind kind = place != null ? ItemKind.CHECK_IN : body.length() == 0 && !media.isEmpty() ? ItemKind.PHOTO : ItemKind.POST;
    String id = ids.of(kind, at, text, MetaIds.fileNames(media), place == null ? null : place.name());
    context.accept(Item.builder(FacebookReader.PLATFORM, id).kind(kind).authoredBySelf(!othersWrote)
        .createdAt(at).text(text).tags(tags(record.path("tags"))).media(media)
        .place(place != null ? place : Exif.firstLocation(media)).build());
  }

  /** Records of uncategorised photos and videos are media objects themselves. */
  private void photo(JsonNode record, int[] undated) {
    MetaMedia one = MetaMedia.of(record, paths);
    if (one == null) {
      return;
    }
    if (one.createdAt() == null) {
      undated[0]++;
    }
    String text = one.description() != null ? one.description() : "";
    String id = ids.of(ItemKind.PHOTO, one.createdAt(), text, MetaIds.fileNames(List.of(one.media())), null);
    context.accept(Item.builder(FacebookReader.PLATFORM, id).kind(ItemKind.PHOTO)
        .createdAt(one.createdAt()).text(text).media(List.of(one.media())).place(one.media().location()).build());
  }

  private void comment(JsonNode record, int[] undated) {
    Instant at = time(record.path("timestamp"), undated);
    String title = text(record, "title");
    for (JsonNode data : record.path("data")) {
      JsonNode comment = data.path("comment");
      String text = text(comment, "comment");
      if (text == null || text.isBlank()) {
        continue;
      }
      String author = text(comment, "author");
      boolean mine = author == null || myNames.isEmpty() || isMe(author);
      Instant when = MetaMedia.epochSeconds(comment.path("timestamp"));
      Attachments attached = Attachments.of(record.path("attachments"), paths);
      Instant written = when != null ? when : at;
      String id = ids.of(ItemKind.COMMENT, written, text, author, MetaIds.fileNames(attached.media()));
      context.accept(Item.builder(FacebookReader.PLATFORM, id).kind(ItemKind.COMMENT)
          .authoredBySelf(mine).createdAt(written).text(text).replyTo(repliedTo(title))
          .media(attached.media()).place(attached.place() != null ? attached.place() : Exif.firstLocation(attached.media()))
          .build());
    }
  }

  // ---------------------------------------------------------------- messages

  /** {@code {participants:[{name}], messages:[{sender_name, timestamp_ms, content, photos[], videos[]}], title}}. */
  private void readMessages(ExportEntry entry, int[] undated) {
    String[] me = {null};
    JsonRecords.parse(entry, context, JsonRecords.text(context, entry), parser -> {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw BadData.wrongShape("expected a conversation: an object with participants and messages");
      }
      boolean found = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("participants".equals(name) && value == JsonToken.START_ARRAY) {
          me[0] = meAmong(JsonRecords.tree(parser), entry);
        } else if ("messages".equals(name) && value == JsonToken.START_ARRAY) {
          found = true;
          JsonRecords.eachElement(parser, (message, index) -> message(message, me[0], undated));
        } else {
          parser.skipChildren();
        }
      }
      if (!found) {
        throw BadData.wrongShape("expected a list of messages under messages");
      }
    });
  }

  /**
   * The user's name in a conversation: from the profile, or, without one, the participant the thread folder is
   * not named after (folders are the other person's name in lower case plus an id, e.g. {@code janedoe_2qr6kux07q}).
   */
  private String meAmong(JsonNode participants, ExportEntry entry) {
    String[] parts = entry.path().split("/");
    String folder = parts.length >= 2 ? parts[parts.length - 2].toLowerCase(Locale.ROOT) : "";
    String thread = folder.contains("_") ? folder.substring(0, folder.lastIndexOf('_')) : folder;
    String notFolder = null;
    int others = 0;
    for (JsonNode participant : participants) {
      String name = text(participant, "name");
      if (isMe(name)) {
        return name;
      }
      if (name != null && !squash(name).equals(thread)) {
        notFolder = name;
        others++;
      }
    }
    return myNames.isEmpty() && others == 1 && participants.size() == 2 ? notFolder : null;
  }

  private static String squash(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private void message(JsonNode message, String me, int[] undated) {
    String text = text(message, "content");
    List<Media> media = new ArrayList<>();
    for (String kind : List.of("photos", "videos")) {
      for (JsonNode file : message.path(kind)) {
        MetaMedia one = MetaMedia.of(file, paths);
        if (one != null) {
          media.add(one.media());
        }
      }
    }
    if ((text == null || text.isBlank()) && media.isEmpty()) {
      return; // stickers, reactions, calls
    }
    JsonNode millis = message.path("timestamp_ms");
    Instant at = millis.canConvertToLong() && millis.asLong() > 0 ? Instant.ofEpochMilli(millis.asLong()) : null;
    if (at == null) {
      undated[0]++;
    }
    String sender = text(message, "sender_name");
    boolean mine = sender != null && (isMe(sender) || sender.equals(me));
    String id = ids.of(ItemKind.MESSAGE, at, sender, text, MetaIds.fileNames(media));
    context.accept(Item.builder(FacebookReader.PLATFORM, id).kind(ItemKind.MESSAGE)
        .audience(Audience.DIRECT).authoredBySelf(mine).createdAt(at).text(text == null ? "" : text).media(media).build());
  }

  // ---------------------------------------------------------------- helpers

  private boolean writtenOnMyTimelineByOthers(String title) {
    if (title == null || myNames.isEmpty()) {
      return false;
    }
    Matcher m = ON_TIMELINE.matcher(title);
    return m.matches() && !isMe(m.group(1)) && isMe(m.group(2));
  }

  private static String repliedTo(String title) {
    if (title == null) {
      return null;
    }
    Matcher m = REPLIED_TO.matcher(title);
    return m.matches() ? m.group(1) : null;
  }

  private static List<String> tags(JsonNode tags) {
    List<String> names = new ArrayList<>();
    for (JsonNode tag : tags) {
      String name = tag.isTextual() ? MetaText.repair(tag.asText()) : text(tag, "name");
      if (name != null && !name.isBlank()) {
        names.add(name);
      }
    }
    return names;
  }

  /** What {@code attachments[].data[]} holds: media, a place, a link; the first caption of the media. */
  private record Attachments(List<Media> media, Place place, String caption, String link) {
    static Attachments of(JsonNode attachments, MediaPaths paths) {
      List<Media> media = new ArrayList<>();
      Place place = null;
      String caption = null;
      String link = null;
      for (JsonNode attachment : attachments) {
        for (JsonNode data : attachment.path("data")) {
          MetaMedia one = data.has("media") ? MetaMedia.of(data.get("media"), paths) : null;
          if (one != null) {
            media.add(one.media());
            caption = caption != null ? caption : blankToNull(one.description());
          }
          if (data.has("place")) {
            place = place != null ? place : FacebookRead.place(data.get("place"));
          }
          if (data.has("external_context")) {
            link = link != null ? link : text(data.get("external_context"), "url");
          }
        }
      }
      return new Attachments(media, place, caption, link);
    }
  }

  private static Place place(JsonNode place) {
    JsonNode at = place.path("coordinate");
    Double latitude = at.hasNonNull("latitude") ? at.get("latitude").asDouble() : null;
    Double longitude = at.hasNonNull("longitude") ? at.get("longitude").asDouble() : null;
    String name = text(place, "name");
    return name == null && latitude == null ? null : new Place(name, latitude, longitude);
  }

  private static Instant time(JsonNode seconds, int[] undated) {
    Instant at = MetaMedia.epochSeconds(seconds);
    if (seconds.isMissingNode()) {
      undated[0]++;
    }
    return at;
  }

  private static String text(JsonNode node, String field) {
    return MetaText.repair(JsonRecords.text(node, field));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
