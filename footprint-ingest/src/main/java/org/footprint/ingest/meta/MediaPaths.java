package org.footprint.ingest.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.model.Media;

/**
 * Meta's {@code uri}s are relative to the export's root ({@code posts/media/your_posts/1_n.jpg}), but users unpack
 * exports under folders of their own ({@code facebook-jo/…}). This finds the entry a uri names, so a media's path is
 * where the file really sits in what the user gave us; a uri with no file in the export is kept as it is.
 */
public final class MediaPaths {
  private final Map<String, List<String>> pathsByFileName = new HashMap<>();

  public MediaPaths(ExportTree tree) {
    for (ExportEntry entry : tree.entries()) {
      if (!entry.fileName().endsWith(".json")) {
        pathsByFileName.computeIfAbsent(entry.fileName(), name -> new ArrayList<>(1)).add(entry.path());
      }
    }
  }

  /** The media with its path replaced by the entry's path when the export holds the file. */
  public Media resolve(Media media) {
    String uri = media.path();
    int slash = uri.lastIndexOf('/');
    for (String path : pathsByFileName.getOrDefault(uri.substring(slash + 1), List.of())) {
      if (path.equals(uri) || path.endsWith("/" + uri)) {
        return path.equals(uri) ? media : new Media(path, media.takenAt(), media.location(), media.camera());
      }
    }
    return media;
  }
}
