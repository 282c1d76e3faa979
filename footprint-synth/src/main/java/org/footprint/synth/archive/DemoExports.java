package org.footprint.synth.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.footprint.synth.Persona;

/**
 * The exports {@code footprint demo} scans: a made-up professional's X, Facebook and Instagram exports in the
 * platforms' real layouts, with the history scenes on X and Instagram. Also what the server's tests upload.
 */
public final class DemoExports {
  private DemoExports() {}

  /** How many of the person's own posts each platform gets. */
  public record Split(int twitter, int facebook, int instagram) {}

  /** X gets half the posts, as it does for most people who post about work; Facebook and Instagram share the rest. */
  public static Split split(int posts) {
    int onX = posts / 2;
    int onFacebook = (posts - onX + 1) / 2;
    return new Split(onX, onFacebook, posts - onX - onFacebook);
  }

  /** Writes {@code twitter-archive.zip}, {@code facebook-export.zip} and {@code instagram-export.zip} into {@code folder}. */
  public static List<GeneratedArchive> write(long seed, Persona persona, int posts, Path folder) throws IOException {
    Split split = split(posts);
    return List.of(
        ArchiveGenerator.twitter(seed, persona, split.twitter(), folder.resolve("twitter-archive.zip"), true),
        ArchiveGenerator.facebook(seed + 1, persona, split.facebook(), FacebookLayout.FACEBOOK_ACTIVITY, folder.resolve("facebook-export.zip")),
        ArchiveGenerator.instagram(seed + 2, persona, split.instagram(), folder.resolve("instagram-export.zip"), true));
  }
}
