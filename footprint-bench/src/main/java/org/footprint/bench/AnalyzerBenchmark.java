package org.footprint.bench;

import java.nio.charset.StandardCharsets;
import org.footprint.analysis.Analyzer;
import org.footprint.model.Item;
import org.footprint.synth.CorpusGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Posts per second through the whole analyser (normalise, one automaton pass, rules, findings) on one
 * thread, over the project's own generated posts (~150 characters, mostly benign like real timelines).
 * MB/s = posts/s × {@link #meanBytes} / 1e6; the mean UTF-8 size is printed at set-up.
 *
 * <p>Run: {@code ./mvnw -q -pl footprint-bench -am package -DskipTests && java -jar footprint-bench/target/footprint-benchmarks.jar}
 */
public class AnalyzerBenchmark extends OneThreadThroughput {
  static final int POSTS = 10_000;

  private Analyzer analyzer;
  private Item[] items;
  double meanBytes;

  @Setup(Level.Trial)
  public void setUp() {
    analyzer = Analyzer.builtIn();
    CorpusGenerator corpus = new CorpusGenerator(7);
    items = new Item[POSTS];
    long bytes = 0;
    for (int i = 0; i < POSTS; i++) {
      String text = corpus.nextPost();
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
      items[i] = Item.draft("bench:" + i, text);
    }
    meanBytes = (double) bytes / POSTS;
    System.out.printf("%n# corpus: %d posts, mean %.1f UTF-8 bytes (MB/s = posts/s x %.1f / 1e6)%n", POSTS, meanBytes, meanBytes);
  }

  /** One operation = one post; the score is posts per second. */
  @Benchmark
  @OperationsPerInvocation(POSTS)
  public void analyse_posts(Blackhole sink) {
    for (Item item : items) {
      sink.consume(analyzer.analyze(item));
    }
  }
}
