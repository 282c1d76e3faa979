package org.footprint.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.footprint.ingest.container.ZipBuilder;

/**
 * Writes the fuzz tests' seed inputs (run from footprint-ingest, see docs/FUZZING.md), so that every seed the
 * repository ships is made by this code: good zips, hostile ones, and drafts of each kind.
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
  }
}
