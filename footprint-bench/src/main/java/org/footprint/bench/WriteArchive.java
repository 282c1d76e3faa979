package org.footprint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.footprint.synth.Persona;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.FacebookLayout;
import org.footprint.synth.archive.GeneratedArchive;

/**
 * Writes a generated export in a platform's real layout, for timing {@code footprint scan} on large archives.
 *
 * <p>Usage: {@code java -cp footprint-bench/target/footprint-benchmarks.jar org.footprint.bench.WriteArchive
 * twitter|facebook|instagram POSTS OUT.zip [SEED]}
 */
public final class WriteArchive {
  private WriteArchive() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: WriteArchive twitter|facebook|instagram POSTS OUT.zip [SEED]");
      System.exit(2);
    }
    int posts = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 7;
    Persona persona = ArchiveGenerator.persona(seed);
    GeneratedArchive archive = switch (args[0]) {
      case "twitter" -> ArchiveGenerator.twitter(seed, persona, posts, out);
      case "facebook" -> ArchiveGenerator.facebook(seed, persona, posts, FacebookLayout.FACEBOOK_ACTIVITY, out);
      case "instagram" -> ArchiveGenerator.instagram(seed, persona, posts, out);
      default -> throw new IllegalArgumentException("unknown platform '" + args[0] + "' (twitter, facebook, instagram)");
    };
    System.out.printf("%s: %d posts, %,d bytes%n", archive.path(), archive.postTexts().size(), Files.size(out));
  }
}
