package org.footprint.synth.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.footprint.synth.Persona;
import org.footprint.synth.PersonaGenerator;

/**
 * Writes realistic, seeded data exports in the platforms' real layouts, filled with the project's synthetic
 * posts, for the demo, tests and benchmarks. The same seed, persona and size give the same archive, byte for byte.
 *
 * <pre>{@code
 * Persona persona = ArchiveGenerator.persona(7);
 * GeneratedArchive x = ArchiveGenerator.twitter(7, persona, 500, dir.resolve("twitter.zip"));
 * GeneratedArchive fb = ArchiveGenerator.facebook(7, persona, 500, FacebookLayout.Y2022, dir.resolve("facebook"));
 * GeneratedArchive ig = ArchiveGenerator.instagram(7, persona, 500, dir.resolve("instagram.zip"));
 * }</pre>
 *
 * <p>An output path ending in {@code .zip} gets a zip; any other path a folder laid out as the unpacked zip. Each
 * archive holds {@code posts} posts written by the persona (their texts, in order, are
 * {@link GeneratedArchive#postTexts()}) plus a fixed handful of other items:
 * <ul>
 *   <li>X: the first post carries a photo with GPS EXIF in {@code data/tweets_media/}, the second is a reply, the
 *       third a quote, later posts over 280 characters are note tweets; plus one retweet and one like of the
 *       friend's words, a direct-message exchange (one message each way), the bio and location;</li>
 *   <li>Facebook: the first post is a photo with GPS in {@code media_metadata} (and the JPEG itself), the second
 *       a check-in; plus the friend's post about the user on their timeline, one comment, a message thread (one
 *       message each way), and the profile (city, work) as profile fields;</li>
 *   <li>Instagram: the first post's photo has GPS in {@code exif_data} (and the JPEG itself); plus a story with no
 *       caption, one comment, and the bio.</li>
 * </ul>
 * Nothing is copied from any real export; names, places and texts come from the synthetic generator.
 */
public final class ArchiveGenerator {
  private ArchiveGenerator() {}

  /** A made-up professional to write archives for, the same for the same seed. */
  public static Persona persona(long seed) {
    return new PersonaGenerator(seed).persona();
  }

  /** An X archive (2022+ layout, {@code data/tweets.js} with {@code manifest.js}) of {@code posts} posts. */
  public static GeneratedArchive twitter(long seed, Persona persona, int posts, Path out) throws IOException {
    return twitter(seed, persona, posts, out, false);
  }

  /**
   * An X archive as {@link #twitter(long, Persona, int, Path)}, with, when {@code withScenes}, the posts of
   * {@link #scenes} after the persona's own (their texts are in {@link GeneratedArchive#postTexts()} too).
   */
  public static GeneratedArchive twitter(long seed, Persona persona, int posts, Path out, boolean withScenes) throws IOException {
    return write("twitter", new Material(seed, persona, posts, withScenes ? scenes(seed, persona) : null), out,
        material -> new TwitterArchiveWriter(material)::write);
  }

  /** A Facebook JSON export in {@code layout} of {@code posts} posts, with Meta's mojibake. */
  public static GeneratedArchive facebook(long seed, Persona persona, int posts, FacebookLayout layout, Path out) throws IOException {
    return write("facebook", new Material(seed, persona, posts), out, material -> new FacebookArchiveWriter(material, layout)::write);
  }

  /**
   * A later Facebook export of the same account: every post of {@code facebook(seed, persona, posts, …)}, with the
   * same text, time and media, plus {@code added} posts drawn with {@code addedSeed} and dated across the same years,
   * so that they come before, between and after the earlier ones; the other items are the same too.
   */
  public static GeneratedArchive facebookReexport(long seed, Persona persona, int posts, long addedSeed, int added,
      FacebookLayout layout, Path out) throws IOException {
    return write("facebook", new Material(seed, persona, posts, addedSeed, added, null), out,
        material -> new FacebookArchiveWriter(material, layout)::write);
  }

  /** An Instagram JSON export (2022 layout) of {@code posts} posts, with Meta's mojibake. */
  public static GeneratedArchive instagram(long seed, Persona persona, int posts, Path out) throws IOException {
    return instagram(seed, persona, posts, out, false);
  }

  /** An Instagram export as {@link #instagram(long, Persona, int, Path)}, with, when {@code withScenes}, the photos of {@link #scenes}. */
  public static GeneratedArchive instagram(long seed, Persona persona, int posts, Path out, boolean withScenes) throws IOException {
    return write("instagram", new Material(seed, persona, posts, withScenes ? scenes(seed, persona) : null), out,
        material -> new InstagramArchiveWriter(material)::write);
  }

  /** The history scenes an archive of {@code seed} for {@code persona} gets when asked for them (the friend is the archive's). */
  public static HistoryScenes scenes(long seed, Persona persona) {
    return HistoryScenes.of(persona, seed, new Material(seed, persona, 0).friend.handle());
  }

  /** A later Instagram export of the same account, as {@link #facebookReexport} is of Facebook's. */
  public static GeneratedArchive instagramReexport(long seed, Persona persona, int posts, long addedSeed, int added, Path out)
      throws IOException {
    return write("instagram", new Material(seed, persona, posts, addedSeed, added, null), out,
        material -> new InstagramArchiveWriter(material)::write);
  }

  /** Writes one layout's files; returns the texts of the user's posts in order. */
  private interface Layout {
    List<String> write(ArchiveOutput out) throws IOException;
  }

  private static GeneratedArchive write(String platform, Material material, Path out, Function<Material, Layout> layout)
      throws IOException {
    List<String> texts;
    try (ArchiveOutput output = ArchiveOutput.to(out)) {
      texts = layout.apply(material).write(output);
    }
    return new GeneratedArchive(out, platform, texts, material.latitude(), material.longitude(), material.friend.name());
  }

  /** A profile bio of the kind the scan should notice: job, employer, town. */
  static String bio(Persona persona) {
    return persona.profession().label() + " at " + persona.employer() + ". " + persona.homeTown()
        + ". Views my own \u2615";
  }
}
