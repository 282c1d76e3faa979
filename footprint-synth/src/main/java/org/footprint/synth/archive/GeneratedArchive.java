package org.footprint.synth.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ArchiveGenerator} wrote, so tests and the demo know what a reader should find.
 *
 * @param path the zip or folder written
 * @param platform {@code twitter}, {@code facebook} or {@code instagram}
 * @param postTexts the text of each of the user's own posts (posts, replies, quotes, check-ins) in the order
 *     written, exactly as a reader should give it back (mojibake repaired, entities unescaped, links expanded)
 * @param photoLatitude latitude of the GPS position in the one geotagged photo
 * @param photoLongitude longitude of that position
 * @param friendName the friend whose words the archive also holds (a post about the user, a message, a retweet)
 */
public record GeneratedArchive(Path path, String platform, List<String> postTexts, double photoLatitude,
    double photoLongitude, String friendName) {
  public GeneratedArchive {
    postTexts = List.copyOf(postTexts);
  }
}
