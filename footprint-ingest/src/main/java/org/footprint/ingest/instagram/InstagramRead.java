package org.footprint.ingest.instagram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footprint.ingest.audience.PrivacyHistory;
import org.footprint.ingest.json.JsonRecords;
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

/** One reading of one export: the account and its privacy history first, then posts, stories and comments. */
final class InstagramRead {
  private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)");

  private final ExportTree tree;
  private final ReadContext context;
  private final PrivacyHistory history = new PrivacyHistory(Audience.FOLLOWERS);
  private final MediaPaths paths;
  private final MetaIds ids = new MetaIds();

  InstagramRead(ExportTree tree, ReadContext context) {
    this.tree = tree;
    this.context = context;
    this.paths = new MediaPaths(tree, context);
  }

  void run() {
    List<ExportEntry> entries = tree.entries();
    boolean any = false;
    for (ExportEntry entry : entries) {
      any |= Arrays.stream(InstagramFile.values()).anyMatch(file -> file.matches(entry));
      if (InstagramFile.PERSONAL_INFORMATION.matches(entry)) {
        JsonRecords.records(entry, context, InstagramFile.PERSONAL_INFORMATION.keys, "profile records",
            (record, index) -> personal(record.path("string_map_data")));
      } else if (InstagramFile.PRIVACY_CHANGES.matches(entry)) {
        JsonRecords.records(entry, context, InstagramFile.PRIVACY_CHANGES.keys, "privacy changes",
            (record, index) -> privacyChange(record));
      }
    }
    for (ExportEntry entry : entries) {
      for (InstagramFile file : List.of(InstagramFile.POSTS, InstagramFile.REELS, InstagramFile.ARCHIVED_POSTS,
          InstagramFile.RECENTLY_DELETED, InstagramFile.STORIES, InstagramFile.PROFILE_PHOTOS, InstagramFile.THREADS)) {
        if (file.matches(entry)) {
          readPosts(entry, file);
        }
      }
      if (InstagramFile.COMMENTS.matches(entry)) {
        readComments(entry);
      }
    }
    if (!any) {
      HtmlExport.marker(tree, InstagramReader.HTML_TWINS).ifPresent(html -> HtmlExport.report(context, html, "Instagram"));
    }
  }

  // ---------------------------------------------------------------- account

  private void personal(JsonNode labels) {
    String bio = label(labels, "Bio");
    if (bio != null && !bio.isBlank()) {
      context.accept(Item.builder(InstagramReader.PLATFORM, "profile:bio").kind(ItemKind.PROFILE_FIELD).text(bio)
          .audience(Audience.PUBLIC).build());
    }
    String isPrivate = label(labels, "Private Account");
    if (isPrivate != null) {
      history.currentlyRestricted(Boolean.parseBoolean(isPrivate.strip()));
    }
  }

  /** {@code {title:"Switched to Private" | "Switched to Public", string_map_data:{Time:{timestamp}}}}. */
  private void privacyChange(JsonNode record) {
    String title = MetaText.repair(JsonRecords.text(record, "title"));
    JsonNode time = record.path("string_map_data").path("Time").path("timestamp");
    if (title != null) {
      String lower = title.toLowerCase(Locale.ROOT);
      if (lower.contains("private") || lower.contains("public")) {
        history.switched(MetaMedia.epochSeconds(time), lower.contains("private"));
      }
    }
  }

  // ---------------------------------------------------------------- posts and stories

  private void readPosts(ExportEntry entry, InstagramFile file) {
    int[] undated = {0};
    JsonRecords.records(entry, context, file.keys, "posts", (record, index) -> {
      Item item = post(record, file == InstagramFile.PROFILE_PHOTOS);
      if (item != null) {
        if (item.createdAt() == null) {
          undated[0]++;
        }
        context.accept(item);
      }
    });
    if (undated[0] > 0) {
      context.problem(entry, JsonRecords.MISSING_FIELD, undated[0] + (undated[0] == 1 ? " post has" : " posts have")
          + " no creation_timestamp; scanned with the date unknown");
    }
  }

  /** A post ({@code media:[…]} with an optional outer title and time) or a bare media object (stories, photos). */
  private Item post(JsonNode record, boolean profilePhoto) {
    List<MetaMedia> parts = new ArrayList<>();
    String firstCaption = null;
    Instant firstTime = null;
    for (JsonNode one : record.has("media") ? record.get("media") : List.of(record)) {
      MetaMedia media = MetaMedia.of(one, paths);
      if (media != null) {
        parts.add(media);
      }
      String caption = MetaText.repair(JsonRecords.text(one, "title"));
      if (firstCaption == null && caption != null && !caption.isBlank()) {
        firstCaption = caption; // text-only Threads posts keep it in a media entry without a file
      }
      firstTime = firstTime != null ? firstTime : MetaMedia.epochSeconds(one.path("creation_timestamp"));
    }
    String text = MetaText.repair(JsonRecords.text(record, "title"));
    if (text == null || text.isBlank()) {
      text = firstCaption;
    }
    text = text == null ? "" : text;
    if (text.isBlank() && parts.isEmpty()) {
      return null;
    }
    Instant at = MetaMedia.epochSeconds(record.path("creation_timestamp"));
    at = at != null ? at : firstTime;
    List<Media> media = parts.stream().map(MetaMedia::media).toList();
    ItemKind kind = text.isBlank() || profilePhoto ? ItemKind.PHOTO
        : record.path("text_app_post").path("is_reply").asBoolean(false) ? ItemKind.REPLY : ItemKind.POST;
    // Posts move from posts_1.json to archived_posts.json and back: their id is made from the post alone.
    return Item.builder(InstagramReader.PLATFORM, ids.of(kind, at, text, MetaIds.fileNames(media)))
        .kind(kind).createdAt(at).text(text).mentions(mentions(text)).media(media).place(Exif.firstLocation(media))
        .audience(history.audienceAt(at)).build();
  }

  // ---------------------------------------------------------------- comments

  private void readComments(ExportEntry entry) {
    JsonRecords.records(entry, context, InstagramFile.COMMENTS.keys, "comments", (record, index) -> {
      JsonNode labels = record.path("string_map_data");
      String text = label(labels, "Comment");
      JsonNode time = labels.path("Comment creation time").path("timestamp");
      if (time.isMissingNode()) {
        time = labels.path("Time").path("timestamp");
      }
      JsonNode listed = record.path("string_list_data").path(0);
      if (text == null && !listed.isMissingNode()) {
        // Before 2021 a comment was one entry of string_list_data.
        text = MetaText.repair(JsonRecords.text(listed, "value"));
        time = listed.path("timestamp");
      }
      if (text == null || text.isBlank()) {
        return;
      }
      String owner = label(labels, "Media owner");
      if (owner == null) {
        owner = label(labels, "Media Owner");
      }
      if (owner == null) {
        owner = MetaText.repair(JsonRecords.text(record, "title"));
      }
      Instant at = MetaMedia.epochSeconds(time);
      context.accept(Item.builder(InstagramReader.PLATFORM, ids.of(ItemKind.COMMENT, at, text, owner))
          .kind(ItemKind.COMMENT).createdAt(at).text(text).replyTo(owner == null || owner.isBlank() ? null : owner)
          .mentions(mentions(text)).audience(history.audienceAt(at)).build());
    });
  }

  // ---------------------------------------------------------------- helpers

  /** {@code string_map_data.<label>.value}, repaired; null when absent. Labels are English in English exports. */
  private static String label(JsonNode labels, String name) {
    return MetaText.repair(JsonRecords.text(labels.path(name), "value"));
  }

  private static List<String> mentions(String text) {
    List<String> handles = new ArrayList<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      if (!handles.contains(m.group(1))) {
        handles.add(m.group(1));
      }
    }
    return handles;
  }
}
