package org.footprint.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.footprint.model.Category;
import org.footprint.synth.CorpusGenerator;
import org.footprint.synth.SyntheticPost;

/**
 * Writes a labelled TSV ({@code id<TAB>labels<TAB>text}) of generated posts, for timing {@code footprint eval}
 * on large inputs. Labels are what each template was written to show.
 *
 * <p>Usage: {@code java -cp footprint-bench/target/footprint-benchmarks.jar org.footprint.bench.WriteCorpus OUT.tsv ROWS [SEED]}
 */
public final class WriteCorpus {
  private WriteCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WriteCorpus OUT.tsv ROWS [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 11;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      writer.write("id\tlabels\ttext\n");
      for (SyntheticPost post : (Iterable<SyntheticPost>) new CorpusGenerator(seed).posts(rows)::iterator) {
        String labels = post.intendedCategories().isEmpty() ? "none"
            : post.intendedCategories().stream().map(Category::id).collect(Collectors.joining(","));
        writer.write(post.item().id() + "\t" + labels + "\t" + post.item().text().replace('\t', ' ').replace('\n', ' ') + "\n");
      }
    }
  }
}
