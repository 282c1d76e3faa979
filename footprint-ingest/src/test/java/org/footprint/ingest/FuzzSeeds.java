package org.footprint.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.footprint.ingest.container.ZipBuilder;
import org.footprint.synth.archive.FacebookLayout;

/**
 * Writes the fuzz tests' seed inputs (run from footprint-ingest, see docs/FUZZING.md), so that every seed the
 * repository ships is made by this code: good zips, hostile ones, drafts of each kind, and each platform's
 * characteristic entry (good, of each generation, and broken).
 */
public final class FuzzSeeds {
  private FuzzSeeds() {}

  public static void main(String[] args) throws IOException {
    Path resources = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/footprint/ingest");
    byte[] good = new ZipBuilder().file("export/posts.jsonl", "{\"id\":\"1\",\"text\":\"a post\"}\n").file("export/notes.txt", "a draft\n\nanother").bytes();
    byte[][] zips = {
        good,
        new ZipBuilder().file("../../escape.txt", "x").file("/abs.txt", "y").file("ok.txt", "z").bytes(),
        new ZipBuilder().symlink("link.txt", "/etc/passwd").file("ok.txt", "z").bytes(),
        new ZipBuilder().file("inner.zip", good).file("ok.md", "z").bytes(),
        new ZipBuilder().raw("bomb.txt", ZipBuilder.deflatedZeros(2), 100, 0).file("ok.txt", "z").bytes(),
        Arrays.copyOf(good, good.length / 2),
        new ZipBuilder().file("posts.csv", "id,text\n1,\"quoted, text\"\n").stored("a.jsonl", "[1,2]\n{\"text\":1}".getBytes(StandardCharsets.UTF_8)).bytes(),
    };
    for (String method : new String[] {"any_bytes_as_a_zip_stay_contained", "any_bytes_as_a_nested_zip_stay_contained"}) {
      Path folder = Files.createDirectories(resources.resolve("container/ZipTreeFuzzTestInputs/" + method));
      for (int i = 0; i < zips.length; i++) {
        Files.write(folder.resolve("seed-" + i), zips[i]);
      }
    }
    String[] drafts = {
        "First draft\n\nSecond draft 🍸\r\n\r\n",
        "# Heading\n\nsome *markdown*\n",
        "{\"id\":\"a\",\"text\":\"hello\",\"created_at\":\"2024-01-01T00:00:00Z\"}\n{\"text\":\n[[[[\n",
        "id,date,text\n1,2024-01-01,\"multi\nline\"\n2,,\"unterminated\n",
    };
    Path folder = Files.createDirectories(resources.resolve("drafts/DraftsReaderFuzzTestInputs/any_drafts_file_reads_without_throwing"));
    for (int i = 0; i < drafts.length; i++) {
      // FuzzedDataProvider takes the kind (an int in 0..3) from the last byte.
      byte[] text = drafts[i].getBytes(StandardCharsets.UTF_8);
      byte[] seed = Arrays.copyOf(text, text.length + 1);
      seed[text.length] = (byte) i;
      Files.write(folder.resolve("seed-" + i), seed);
    }
    Files.write(folder.resolve("seed-latin1"), new byte[] {'C', 'a', 'f', (byte) 0xE9, 0, '\n', 0});
    writeReaderSeeds(resources.resolve("ReaderFuzzTestInputs"));
  }

  /** For each method of ReaderFuzzTest: the good contents of its entry, then each cut in half and with bad bytes in it. */
  private static void writeReaderSeeds(Path inputs) throws IOException {
    Map<String, FuzzExport> exports = new LinkedHashMap<>();
    exports.put("any_x_tweets_js", FuzzExport.twitter());
    exports.put("any_instagram_posts_json", FuzzExport.instagram());
    exports.put("any_linkedin_shares_csv", FuzzExport.linkedin());
    exports.put("any_mastodon_outbox_json", FuzzExport.mastodon());
    exports.put("any_bluesky_car", FuzzExport.bluesky());
    exports.put("any_tiktok_user_data_json", FuzzExport.tiktok());
    exports.put("any_reddit_comments_csv", FuzzExport.reddit());
    exports.put("any_youtube_comments_csv", FuzzExport.youtube());
    exports.put("any_whatsapp_chat_txt", FuzzExport.whatsapp());
    for (Map.Entry<String, FuzzExport> export : exports.entrySet()) {
      writeAll(Files.createDirectories(inputs.resolve(export.getKey())), seeds(export.getValue()), -1);
    }
    Files.write(inputs.resolve("any_bluesky_car/seed-negative-digest-length"), withNegativeDigestLength(exports.get("any_bluesky_car")));
    Path facebook = Files.createDirectories(inputs.resolve("any_facebook_posts_json_in_each_layout"));
    for (FacebookLayout layout : FacebookLayout.values()) {
      writeAll(facebook, seeds(FuzzExport.facebook(layout)), layout.ordinal());
    }
  }

  /**
   * The good CAR with one more block whose CID (v1, dag-cbor, sha-256) gives its digest length as a ten-byte varint
   * with the top bit set: read as a negative length, it once made the reader throw.
   */
  private static byte[] withNegativeDigestLength(FuzzExport bluesky) {
    byte[] car = bluesky.entries().get(bluesky.fuzzed());
    byte[] block = {13, 0x01, 0x71, 0x12, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01};
    byte[] seed = Arrays.copyOf(car, car.length + block.length);
    System.arraycopy(block, 0, seed, car.length, block.length);
    return seed;
  }

  private static List<byte[]> seeds(FuzzExport export) {
    List<byte[]> seeds = new ArrayList<>(export.goodContents());
    byte[] good = seeds.get(0);
    seeds.add(Arrays.copyOf(good, good.length / 2));
    byte[] bad = good.clone();
    bad[bad.length / 3] = (byte) 0xFF;
    bad[bad.length / 2] = 0;
    seeds.add(bad);
    return seeds;
  }

  /** Writes seeds named by {@code layout} (when not -1) and number; FuzzedDataProvider takes the layout from the last byte. */
  private static void writeAll(Path folder, List<byte[]> seeds, int layout) throws IOException {
    for (int i = 0; i < seeds.size(); i++) {
      byte[] seed = seeds.get(i);
      if (layout >= 0) {
        seed = Arrays.copyOf(seed, seed.length + 1);
        seed[seed.length - 1] = (byte) layout;
      }
      Files.write(folder.resolve(layout >= 0 ? "seed-" + FacebookLayout.values()[layout] + "-" + i : "seed-" + i), seed);
    }
  }
}
