package org.footprint.ingest.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.footprint.ingest.media.Exif;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.model.Media;

/**
 * Meta's {@code uri}s are relative to the export's root ({@code posts/media/your_posts/1_n.jpg}), but users unpack
 * exports under folders of their own ({@code facebook-jo/…}). This finds the entry a uri names, so a media's path is
 * where the file really sits in what the user gave us; a uri with no file in the export is kept as it is.
 */
public final class MediaPaths {
  private final ExportTree tree;
  private final ReadContext context;
  private final Map<String, List<ExportEntry>> entriesByFileName = new HashMap<>();

  public MediaPaths(ExportTree tree, ReadContext context) {
    this.tree = tree;
    this.context = context;
    for (ExportEntry entry : tree.entries()) {
      if (!entry.fileName().endsWith(".json")) {
        entriesByFileName.computeIfAbsent(entry.fileName(), name -> new ArrayList<>(1)).add(entry);
      }
    }
  }

  /**
   * The media with its path replaced by the entry's path when the export holds the file. What the JSON's
   * {@code exif_data} does not say (often nothing: Meta strips it from many exports) is taken from the file's own
   * metadata, which some exports keep, so a photo's GPS position is not missed.
   */
  public Media resolve(Media media) {
    String uri = media.path();
    int slash = uri.lastIndexOf('/');
    for (ExportEntry entry : entriesByFileName.getOrDefault(uri.substring(slash + 1), List.of())) {
      if (entry.path().equals(uri) || entry.path().endsWith("/" + uri)) {
        return complete(new Media(entry.path(), media.takenAt(), media.location(), media.camera()), entry);
      }
    }
    return media;
  }

  private Media complete(Media recorded, ExportEntry file) {
    if (recorded.takenAt() != null && recorded.location() != null && recorded.camera() != null || !Exif.isImage(file.fileName())) {
      return recorded;
    }
    Media own = Exif.read(tree, file, context);
    return new Media(recorded.path(), recorded.takenAt() != null ? recorded.takenAt() : own.takenAt(),
        recorded.location() != null ? recorded.location() : own.location(), recorded.camera() != null ? recorded.camera() : own.camera());
  }
}
