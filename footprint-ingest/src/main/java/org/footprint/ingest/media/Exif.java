package org.footprint.ingest.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.footprint.ingest.problems.ReadProblems;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.model.Media;
import org.footprint.model.Place;

/**
 * Reads what a photo's own metadata says (time taken, GPS position, camera) with metadata-extractor, for any
 * reader whose export ships the image files.
 */
public final class Exif {
  private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "heic", "heif", "tif", "tiff", "webp");
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private Exif() {}

  /** True when the file name looks like an image whose metadata is worth reading. */
  public static boolean isImage(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot >= 0 && IMAGE_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * The media at {@code path} with what its metadata records; fields the file does not have are null. A file
   * that is not an image metadata-extractor understands gives a media with only the path. Camera clocks carry no
   * zone unless the file says so; they are read as UTC.
   *
   * @throws IOException only when the bytes cannot be read at all
   */
  public static Media read(String path, InputStream image) throws IOException {
    Metadata metadata;
    try {
      metadata = ImageMetadataReader.readMetadata(image);
    } catch (ImageProcessingException notAnImage) {
      return new Media(path, null, null, null);
    }
    return new Media(path, takenAt(metadata), location(metadata), camera(metadata));
  }

  /**
   * The media of an export's file with what its own metadata records; a file that is not an image gives only the
   * path, and one whose bytes cannot be read becomes a problem of the entry and gives only the path.
   */
  public static Media read(ExportTree tree, ExportEntry file, ReadContext context) {
    if (!isImage(file.fileName())) {
      return new Media(file.path(), null, null, null);
    }
    try (InputStream image = tree.open(file)) {
      return read(file.path(), image);
    } catch (IOException unreadable) {
      context.problem(file, ReadProblems.UNREADABLE, "the photo could not be read: " + unreadable.getMessage());
      return new Media(file.path(), null, null, null);
    }
  }

  private static Instant takenAt(Metadata metadata) {
    ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
    Date date = exif == null ? null : exif.getDateOriginal(UTC);
    return date == null ? null : date.toInstant();
  }

  private static Place location(Metadata metadata) {
    GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
    GeoLocation where = gps == null ? null : gps.getGeoLocation();
    return where == null || where.isZero() ? null : new Place(null, where.getLatitude(), where.getLongitude());
  }

  private static String camera(Metadata metadata) {
    ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    if (ifd0 == null) {
      return null;
    }
    String make = ifd0.getString(ExifIFD0Directory.TAG_MAKE);
    String model = ifd0.getString(ExifIFD0Directory.TAG_MODEL);
    return cameraName(make, model);
  }

  /** The GPS position of the first media that has one, or null: where an item was posted from when it says no more. */
  public static Place firstLocation(List<Media> media) {
    for (Media one : media) {
      if (one.location() != null) {
        return one.location();
      }
    }
    return null;
  }

  /**
   * "Make Model" as one name, without repeating a make the model already starts with ("Apple iPhone 6s", not
   * "Apple Apple iPhone 6s"); null when both are blank.
   */
  public static String cameraName(String make, String model) {
    String m = make == null ? "" : make.strip();
    String n = model == null ? "" : model.strip();
    if (n.isEmpty()) {
      return m.isEmpty() ? null : m;
    }
    if (m.isEmpty() || n.toLowerCase(Locale.ROOT).startsWith(m.toLowerCase(Locale.ROOT))) {
      return n;
    }
    return m + " " + n;
  }
}
