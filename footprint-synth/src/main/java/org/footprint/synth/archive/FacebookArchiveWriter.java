package org.footprint.synth.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.footprint.synth.Persona;
import org.footprint.synth.SyntheticPost;

/**
 * Writes a Facebook "Download your information" JSON export in one of the {@link FacebookLayout}s, mojibake and
 * all: the user's posts ({@code data[].post}) in files of {@value #POSTS_PER_FILE}, the first with a photo whose
 * {@code media_metadata} has GPS (and an {@code upload_ip} from the documentation range, as Meta includes one), the
 * second a check-in; a friend's post on the user's timeline; the profile; a comment; a message thread.
 */
final class FacebookArchiveWriter {
  static final int POSTS_PER_FILE = 250;

  private final Material material;
  private final FacebookLayout layout;
  private final String top;

  FacebookArchiveWriter(Material material, FacebookLayout layout) {
    this.material = material;
    this.layout = layout;
    this.top = "facebook-" + material.me.handle() + "/";
  }

  List<String> write(ArchiveOutput out) throws IOException {
    List<String> expected = new ArrayList<>();
    Persona me = material.me;
    String photoUri = layout.path("posts/media/your_posts/" + (100_000 + material.random.nextInt(900_000)) + "_n.jpg");
    int files = Math.max(1, (material.posts.size() + POSTS_PER_FILE - 1) / POSTS_PER_FILE);
    for (int f = 0; f < files; f++) {
      try (OutputStream file = out.open(top + layout.path(String.format(layout.postsFile, f + 1)));
          JsonGenerator json = MetaJson.open(file)) {
        json.writeStartArray();
        int from = f * POSTS_PER_FILE;
        int to = Math.min(material.posts.size(), from + POSTS_PER_FILE);
        for (int i = from; i < to; i++) {
          SyntheticPost post = material.posts.get(i);
          expected.add(post.item().text());
          post(json, post, photoUri);
        }
        if (f == files - 1) {
          friendOnMyTimeline(json);
        }
        json.writeEndArray();
      }
    }
    if (material.photoPost != null) {
      Instant taken = material.photoPost.item().createdAt().minusSeconds(900);
      out.write(top + photoUri, ExifJpeg.photo(material.random.nextLong(), material.latitude(), material.longitude(), taken,
          "samsung", "SM-G991B"));
    }
    writeProfile(out, me);
    writeComment(out, me);
    writeMessages(out, me);
    return expected;
  }

  private void post(JsonGenerator json, SyntheticPost post, String photoUri) throws IOException {
    long at = post.item().createdAt().getEpochSecond();
    json.writeStartObject();
    json.writeNumberField("timestamp", at);
    if (post == material.photoPost) {
      json.writeArrayFieldStart("attachments");
      json.writeStartObject();
      json.writeArrayFieldStart("data");
      json.writeStartObject();
      json.writeObjectFieldStart("media");
      json.writeStringField("uri", photoUri);
      json.writeNumberField("creation_timestamp", at);
      json.writeObjectFieldStart("media_metadata");
      json.writeObjectFieldStart("photo_metadata");
      json.writeArrayFieldStart("exif_data");
      json.writeStartObject();
      json.writeStringField("upload_ip", "192.0.2." + (1 + material.random.nextInt(250)));
      json.writeNumberField("taken_timestamp", at - 900);
      json.writeNumberField("latitude", material.latitude());
      json.writeNumberField("longitude", material.longitude());
      json.writeStringField("camera_make", "samsung");
      json.writeStringField("camera_model", "SM-G991B");
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeStringField("title", "Mobile uploads");
      json.writeStringField("description", post.item().text());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
    } else if (post == material.checkInPost) {
      json.writeArrayFieldStart("attachments");
      json.writeStartObject();
      json.writeArrayFieldStart("data");
      json.writeStartObject();
      json.writeObjectFieldStart("place");
      json.writeStringField("name", material.me.homeTown() + " Leisure Centre");
      json.writeObjectFieldStart("coordinate");
      json.writeNumberField("latitude", material.latitude() + 0.01);
      json.writeNumberField("longitude", material.longitude() - 0.01);
      json.writeEndObject();
      json.writeStringField("address", material.me.homeTown());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeArrayFieldStart("data");
    json.writeStartObject();
    json.writeStringField("post", post.item().text());
    json.writeEndObject();
    json.writeStartObject();
    json.writeNumberField("update_timestamp", at);
    json.writeEndObject();
    json.writeEndArray();
    json.writeStringField("title", post == material.photoPost ? material.me.name() + " added a new photo."
        : post == material.checkInPost ? material.me.name() + " was at " + material.me.homeTown() + " Leisure Centre."
        : material.me.name() + " updated their status.");
    json.writeEndObject();
  }

  /** A friend's post about the user on the user's timeline: the user's export holds it, but they did not write it. */
  private void friendOnMyTimeline(JsonGenerator json) throws IOException {
    SyntheticPost theirs = material.friendPosts.get(0);
    json.writeStartObject();
    json.writeNumberField("timestamp", theirs.item().createdAt().getEpochSecond());
    json.writeArrayFieldStart("data");
    json.writeStartObject();
    json.writeStringField("post", friendText());
    json.writeEndObject();
    json.writeEndArray();
    json.writeStringField("title", material.friend.name() + " wrote on " + material.me.name() + "'s timeline.");
    json.writeEndObject();
  }

  /**
   * What the friend wrote on the user's timeline: the canonical post by others that a regulator could see, a friend
   * telling everyone how drunk the user was at a wedding.
   */
  String friendText() {
    return "Happy birthday " + material.me.firstName() + "! Still can't get over the state of you at the wedding \uD83D\uDE02\uD83C\uDF7E absolutely steaming,"
        + " we had to pour you into the taxi. See you at " + material.me.homeTown() + " on Saturday";
  }

  private void writeProfile(ArchiveOutput out, Persona me) throws IOException {
    try (OutputStream file = out.open(top + layout.path(layout.profileFile)); JsonGenerator json = MetaJson.open(file)) {
      json.writeStartObject();
      json.writeObjectFieldStart("profile_v2");
      json.writeObjectFieldStart("name");
      json.writeStringField("full_name", me.name());
      json.writeStringField("first_name", me.firstName());
      json.writeStringField("last_name", me.name().substring(me.firstName().length()).strip());
      json.writeEndObject();
      json.writeObjectFieldStart("current_city");
      json.writeStringField("name", me.homeTown());
      json.writeNumberField("timestamp", 0);
      json.writeEndObject();
      json.writeArrayFieldStart("work_experiences");
      json.writeStartObject();
      json.writeStringField("employer", me.employer());
      json.writeStringField("title", me.profession().label());
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  private void writeComment(ArchiveOutput out, Persona me) throws IOException {
    SyntheticPost on = material.friendPosts.get(1);
    long at = on.item().createdAt().getEpochSecond() + 120;
    try (OutputStream file = out.open(top + layout.path("comments_and_reactions/comments.json")); JsonGenerator json = MetaJson.open(file)) {
      json.writeStartObject();
      json.writeArrayFieldStart("comments_v2");
      json.writeStartObject();
      json.writeNumberField("timestamp", at);
      json.writeArrayFieldStart("data");
      json.writeStartObject();
      json.writeObjectFieldStart("comment");
      json.writeNumberField("timestamp", at);
      json.writeStringField("comment", "Ha, brilliant \u2014 see you Friday " + material.friend.firstName());
      json.writeStringField("author", me.name());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeStringField("title", me.name() + " commented on " + material.friend.name() + "'s post.");
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private void writeMessages(ArchiveOutput out, Persona me) throws IOException {
    String thread = Material.squash(material.friend.name()) + "_" + Long.toString(Math.abs(material.random.nextLong()), 36).substring(0, 10);
    long at = material.friendPosts.get(2).item().createdAt().toEpochMilli();
    try (OutputStream file = out.open(top + layout.path("messages/inbox/" + thread + "/message_1.json"));
        JsonGenerator json = MetaJson.open(file)) {
      json.writeStartObject();
      json.writeArrayFieldStart("participants");
      json.writeStartObject();
      json.writeStringField("name", material.friend.name());
      json.writeEndObject();
      json.writeStartObject();
      json.writeStringField("name", me.name());
      json.writeEndObject();
      json.writeEndArray();
      json.writeArrayFieldStart("messages");
      message(json, me.name(), at + 60_000, "Sounds good, I'll bring the cake \uD83C\uDF82");
      message(json, material.friend.name(), at, material.friendPosts.get(2).item().text());
      json.writeEndArray();
      json.writeStringField("title", material.friend.name());
      json.writeBooleanField("is_still_participant", true);
      json.writeStringField("thread_type", "Regular");
      json.writeStringField("thread_path", "inbox/" + thread);
      json.writeEndObject();
    }
  }

  private static void message(JsonGenerator json, String sender, long at, String text) throws IOException {
    json.writeStartObject();
    json.writeStringField("sender_name", sender);
    json.writeNumberField("timestamp_ms", at);
    json.writeStringField("content", text);
    json.writeStringField("type", "Generic");
    json.writeBooleanField("is_unsent", false);
    json.writeEndObject();
  }
}
