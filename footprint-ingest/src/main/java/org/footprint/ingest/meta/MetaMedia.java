package org.footprint.ingest.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.footprint.ingest.json.JsonRecords;
import org.footprint.ingest.media.Exif;
import org.footprint.model.Media;
import org.footprint.model.Place;

/**
 * One {@code media} object of a Meta export (Facebook and Instagram share the shape):
 * {@code {uri, creation_timestamp, title, description, media_metadata:{photo_metadata|video_metadata:{exif_data:[…]}}}}.
 * Only time, GPS and camera are taken from {@code exif_data}; {@code upload_ip} and device ids are never read.
 *
 * @param media path, time taken, GPS and camera
 * @param createdAt when it was uploaded ({@code creation_timestamp}), or null
 * @param title the media's title, repaired (an Instagram caption, a Facebook album name)
 * @param description the media's description, repaired (a Facebook caption), or null
 */
public record MetaMedia(Media media, Instant createdAt, String title, String description) {
  private static final DateTimeFormatter EXIF_CLOCK = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

  /** Reads a media object, its path resolved to the export's entry; null when it has no {@code uri}. */
  public static MetaMedia of(JsonNode node, MediaPaths paths) {
    String uri = MetaText.repair(JsonRecords.text(node, "uri"));
    if (uri == null || uri.isBlank()) {
      return null;
    }
    Instant taken = null;
    Double latitude = null;
    Double longitude = null;
    String make = null;
    String model = null;
    JsonNode metadata = node.path("media_metadata");
    for (JsonNode kind : new JsonNode[] {metadata.path("photo_metadata"), metadata.path("video_metadata")}) {
      for (JsonNode exif : kind.path("exif_data")) {
        if (exif.hasNonNull("latitude") && exif.hasNonNull("longitude")) {
          latitude = exif.get("latitude").asDouble();
          longitude = exif.get("longitude").asDouble();
        }
        if (taken == null) {
          taken = epochSeconds(exif.path("taken_timestamp"));
        }
        if (taken == null) {
          taken = exifClock(JsonRecords.text(exif, "date_time_original"));
        }
        make = first(make, JsonRecords.text(exif, "camera_make"), JsonRecords.text(exif, "lens_make"));
        model = first(model, JsonRecords.text(exif, "camera_model"), JsonRecords.text(exif, "lens_model"));
      }
    }
    Place location = latitude == null || (latitude == 0 && longitude == 0) ? null : new Place(null, latitude, longitude);
    Media media = paths.resolve(new Media(uri, taken, location, MetaText.repair(Exif.cameraName(make, model))));
    return new MetaMedia(media, epochSeconds(node.path("creation_timestamp")),
        MetaText.repair(JsonRecords.text(node, "title")), MetaText.repair(JsonRecords.text(node, "description")));
  }

  /** Unix seconds as an instant; null for missing, zero or non-numeric values (Meta writes 0 for "unknown"). */
  public static Instant epochSeconds(JsonNode value) {
    if (value == null || !value.canConvertToLong()) {
      return null;
    }
    long seconds = value.asLong();
    return seconds <= 0 ? null : Instant.ofEpochSecond(seconds);
  }

  private static Instant exifClock(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text, EXIF_CLOCK).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException unusual) {
      return null;
    }
  }

  private static String first(String current, String a, String b) {
    if (current != null) {
      return current;
    }
    return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
  }
}
