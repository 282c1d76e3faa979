package org.footprint.synth.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.footprint.synth.SyntheticPost;

/**
 * Writes an Instagram JSON export in the 2022 layout, mojibake and all: {@code content/posts_1.json} (single photos
 * with the caption in {@code media[0].title}; about one post in five a carousel with the caption in the outer title), the
 * first photo with GPS in {@code exif_data} and as a real JPEG, {@code content/stories.json} (one story, no
 * caption), {@code comments/post_comments_1.json} (one comment on the friend's post), and
 * {@code account_information/personal_information.json} (handle, name, bio, public account).
 */
final class InstagramArchiveWriter {
  private static final DateTimeFormatter EXIF_CLOCK = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final Material material;
  private final String top;

  InstagramArchiveWriter(Material material) {
    this.material = material;
    this.top = material.me.handle() + "_20240630/";
  }

  List<String> write(ArchiveOutput out) throws IOException {
    List<String> expected = new ArrayList<>();
    String photoUri = null;
    try (OutputStream file = out.open(top + "content/posts_1.json"); JsonGenerator json = MetaJson.open(file)) {
      json.writeStartArray();
      for (int i = 0; i < material.posts.size(); i++) {
        SyntheticPost post = material.posts.get(i);
        expected.add(post.item().text());
        String uri = post(json, post);
        if (post == material.photoPost) {
          photoUri = uri;
        }
      }
      if (material.scenes != null) {
        for (HistoryScenes.Photo photo : material.scenes.photos()) {
          expected.add(photo.caption());
          scenePhoto(json, photo);
        }
      }
      json.writeEndArray();
    }
    if (photoUri != null) {
      Instant taken = material.photoPost.item().createdAt().minusSeconds(1800);
      out.write(top + photoUri, ExifJpeg.photo(material.random.nextLong(), material.latitude(), material.longitude(), taken,
          "Apple", "iPhone 13"));
    }
    writeStory(out);
    writeComment(out);
    writePersonalInformation(out);
    return expected;
  }

  private String post(JsonGenerator json, SyntheticPost post) throws IOException {
    Instant at = post.item().createdAt();
    boolean carousel = Material.mediaNumber(post, 5) == 4;
    String month = DateTimeFormatter.ofPattern("yyyyMM").withZone(ZoneOffset.UTC).format(at);
    String firstUri = null;
    json.writeStartObject();
    json.writeArrayFieldStart("media");
    for (int part = 0; part < (carousel ? 2 : 1); part++) {
      String uri = "media/posts/" + month + "/" + (10_000_000 + Material.mediaNumber(post, 90_000_000)) + "_n_" + part + ".jpg";
      firstUri = firstUri == null ? uri : firstUri;
      json.writeStartObject();
      json.writeStringField("uri", uri);
      json.writeNumberField("creation_timestamp", at.getEpochSecond());
      if (post == material.photoPost) {
        writeExif(json, material.latitude(), material.longitude(), at.minusSeconds(1800));
      }
      json.writeStringField("title", carousel ? "" : post.item().text());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (carousel) {
      json.writeStringField("title", post.item().text());
      json.writeNumberField("creation_timestamp", at.getEpochSecond());
    }
    json.writeEndObject();
    return firstUri;
  }

  /** A photo of the history scenes: one picture, its GPS and time in {@code exif_data}, posted an hour after it was taken. */
  private void scenePhoto(JsonGenerator json, HistoryScenes.Photo photo) throws IOException {
    long posted = photo.takenAt().getEpochSecond() + 3600;
    json.writeStartObject();
    json.writeArrayFieldStart("media");
    json.writeStartObject();
    json.writeStringField("uri", "media/posts/" + DateTimeFormatter.ofPattern("yyyyMM").withZone(ZoneOffset.UTC).format(photo.takenAt()) + "/"
        + (10_000_000 + material.random.nextInt(90_000_000)) + "_n_scene.jpg");
    json.writeNumberField("creation_timestamp", posted);
    writeExif(json, photo.latitude(), photo.longitude(), photo.takenAt());
    json.writeStringField("title", photo.caption());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The photo's {@code media_metadata}: GPS in one {@code exif_data} record, the camera and the time it was taken in the next. */
  private static void writeExif(JsonGenerator json, double latitude, double longitude, Instant taken) throws IOException {
    json.writeObjectFieldStart("media_metadata");
    json.writeObjectFieldStart("photo_metadata");
    json.writeArrayFieldStart("exif_data");
    json.writeStartObject();
    json.writeNumberField("latitude", latitude);
    json.writeNumberField("longitude", longitude);
    json.writeEndObject();
    json.writeStartObject();
    json.writeStringField("device_id", "00000000-0000-4000-8000-000000000000");
    json.writeStringField("date_time_original", EXIF_CLOCK.format(taken));
    json.writeStringField("lens_make", "Apple");
    json.writeStringField("lens_model", "iPhone 13 back camera 5.1mm f/1.6");
    json.writeStringField("source_type", "library");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeStory(ArchiveOutput out) throws IOException {
    Instant at = material.friendPosts.get(0).item().createdAt();
    try (OutputStream file = out.open(top + "content/stories.json"); JsonGenerator json = MetaJson.open(file)) {
      json.writeStartObject();
      json.writeArrayFieldStart("ig_stories");
      json.writeStartObject();
      json.writeStringField("uri", "media/stories/" + DateTimeFormatter.ofPattern("yyyyMM").withZone(ZoneOffset.UTC).format(at) + "/story_1.jpg");
      json.writeNumberField("creation_timestamp", at.getEpochSecond());
      json.writeStringField("title", "");
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private void writeComment(ArchiveOutput out) throws IOException {
    long at = material.friendPosts.get(1).item().createdAt().getEpochSecond() + 300;
    try (OutputStream file = out.open(top + "comments/post_comments_1.json"); JsonGenerator json = MetaJson.open(file)) {
      json.writeStartObject();
      json.writeArrayFieldStart("comments_media_comments");
      json.writeStartObject();
      json.writeStringField("title", material.friend.handle());
      json.writeObjectFieldStart("media_map_data");
      json.writeEndObject();
      json.writeObjectFieldStart("string_map_data");
      label(json, "Comment", "Gorgeous! \uD83D\uDE0D Where is this @" + material.friend.handle() + "?", 0);
      label(json, "Comment creation time", "", at);
      label(json, "Media owner", material.friend.handle(), 0);
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private void writePersonalInformation(ArchiveOutput out) throws IOException {
    try (OutputStream file = out.open(top + "account_information/personal_information.json"); JsonGenerator json = MetaJson.open(file)) {
      json.writeStartObject();
      json.writeArrayFieldStart("profile_user");
      json.writeStartObject();
      json.writeStringField("title", "User Information");
      json.writeObjectFieldStart("media_map_data");
      json.writeEndObject();
      json.writeObjectFieldStart("string_map_data");
      label(json, "Username", material.me.handle(), 0);
      label(json, "Name", material.me.name(), 0);
      label(json, "Bio", ArchiveGenerator.bio(material.me), 0);
      label(json, "Private Account", "False", 0);
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void label(JsonGenerator json, String name, String value, long timestamp) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("href", "");
    json.writeStringField("value", value);
    json.writeNumberField("timestamp", timestamp);
    json.writeEndObject();
  }
}
