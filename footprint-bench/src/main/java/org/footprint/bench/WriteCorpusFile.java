package org.footprint.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.footprint.synth.CorpusFile;

/**
 * Writes a generated researcher's corpus (columns {@code id, author, created_at, text, platform, reply_to}) as JSON
 * Lines or CSV, for timing the Spark job (docs/PERFORMANCE.md): 10,000,000 rows of ~150-character posts make ~2.2 GB
 * of JSON Lines.
 *
 * <p>Usage: {@code java -cp footprint-bench/target/footprint-benchmarks.jar org.footprint.bench.WriteCorpusFile OUT.jsonl|OUT.csv ROWS [AUTHORS] [SEED]}
 */
public final class WriteCorpusFile {
  private WriteCorpusFile() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WriteCorpusFile OUT.jsonl|OUT.csv ROWS [AUTHORS] [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    int authors = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 11;
    CorpusFile.write(out, CorpusFile.Format.of(out), CorpusFile.rows(seed, rows, authors));
  }
}
