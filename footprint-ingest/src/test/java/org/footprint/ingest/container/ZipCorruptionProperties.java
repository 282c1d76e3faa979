package org.footprint.ingest.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.IngestTestSupport;
import org.footprint.ingest.IngestTestSupport.Scan;

/** Any damage to the bytes of one entry (its local header or its data) leaves every other entry readable. */
class ZipCorruptionProperties {
  private Path temp;

  @BeforeProperty
  void createTemp() throws IOException {
    temp = Files.createTempDirectory("footprint-zip-corruption");
  }

  @AfterProperty
  void deleteTemp() {
    IngestTestSupport.deleteTree(temp);
  }

  /** One byte change: where in the victim entry's bytes (as a fraction) and what to XOR it with. */
  record Damage(double where, int xor) {}

  @Provide
  Arbitrary<List<Damage>> damages() {
    return Combinators.combine(Arbitraries.doubles().between(0, 0.9999).ofScale(4), Arbitraries.integers().between(1, 255)).as(Damage::new).list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 60)
  void damaging_one_entry_leaves_the_others_intact(
      @ForAll("damages") List<Damage> damages,
      @ForAll("entryCounts") int entries,
      @ForAll("seeds") int victimSeed) throws IOException {
    ZipBuilder builder = new ZipBuilder();
    List<List<String>> texts = new ArrayList<>();
    for (int e = 0; e < entries; e++) {
      List<String> lines = new ArrayList<>();
      StringBuilder file = new StringBuilder();
      for (int line = 0; line < 5; line++) {
        String text = "entry " + e + " post " + line + " " + "lorem ipsum ".repeat(line + 1);
        lines.add(text);
        file.append("{\"text\":\"").append(text).append("\"}\n");
      }
      texts.add(lines);
      byte[] data = file.toString().getBytes(StandardCharsets.UTF_8);
      if ((e + victimSeed) % 2 == 0) {
        builder.stored("posts" + e + ".jsonl", data);
      } else {
        builder.file("posts" + e + ".jsonl", data);
      }
    }
    byte[] zip = builder.bytes();
    int victim = Math.floorMod(victimSeed, entries);
    long[] range = range(zip, "posts" + victim + ".jsonl");
    for (Damage damage : damages) {
      int at = (int) (range[0] + (long) (damage.where() * (range[1] - range[0])));
      zip[at] ^= (byte) damage.xor();
    }
    Path input = Files.write(temp.resolve("damaged-" + System.nanoTime() + ".zip"), zip);
    Path work = Files.createDirectories(temp.resolve("work"));

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), work, input);

    List<String> read = scan.items().stream().map(i -> i.text()).toList();
    for (int e = 0; e < entries; e++) {
      if (e != victim) {
        assertThat(read).as("problems %s", scan.summary().problems()).containsAll(texts.get(e));
      }
    }
    assertThat(IngestTestSupport.listing(work)).containsExactly("");
  }

  @Provide
  Arbitrary<Integer> entryCounts() {
    return Arbitraries.integers().between(2, 5);
  }

  @Provide
  Arbitrary<Integer> seeds() {
    return Arbitraries.integers().between(0, 1000);
  }

  /** From the entry's local header to the end of its data. */
  private static long[] range(byte[] zip, String name) throws IOException {
    try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      ZipArchiveEntry entry = file.getEntry(name);
      return new long[] {entry.getLocalHeaderOffset(), entry.getDataOffset() + entry.getCompressedSize()};
    }
  }
}
