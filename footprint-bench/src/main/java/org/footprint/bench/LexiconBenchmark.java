package org.footprint.bench;

import org.footprint.analysis.match.LexiconSet;
import org.footprint.analysis.normalise.Normaliser;
import org.footprint.rules.RuleCatalogue;
import org.footprint.synth.CorpusGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The lexicon pass alone: every built-in lexicon matched over the project's generated posts, already normalised (as
 * the analyser hands them over), each hit handed to a sink. The score is posts per second; microseconds per post =
 * 1e6 / score. {@link AnalyzerBenchmark} is the whole analysis this pass is part of.
 *
 * <p>Run: {@code java -jar footprint-bench/target/footprint-benchmarks.jar LexiconBenchmark}
 */
public class LexiconBenchmark extends OneThreadThroughput {
  static final int POSTS = 10_000;

  private LexiconSet lexicons;
  private char[][] texts;

  @Setup(Level.Trial)
  public void setUp() {
    RuleCatalogue catalogue = RuleCatalogue.builtIn();
    Normaliser normaliser = catalogue.normaliser();
    lexicons = catalogue.lexicons();
    CorpusGenerator corpus = new CorpusGenerator(7);
    texts = new char[POSTS][];
    for (int i = 0; i < POSTS; i++) {
      texts[i] = normaliser.normalise(corpus.nextPost()).chars();
    }
  }

  /** One operation = one post's hits. */
  @Benchmark
  @OperationsPerInvocation(POSTS)
  public void match_posts(Blackhole sink) {
    for (char[] text : texts) {
      lexicons.match(text, (entry, start, end, termEnd) -> sink.consume(start + end));
    }
  }
}
