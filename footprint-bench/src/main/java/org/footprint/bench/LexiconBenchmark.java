package org.footprint.bench;

import java.util.concurrent.TimeUnit;
import org.footprint.analysis.match.LexiconSet;
import org.footprint.analysis.normalise.Normaliser;
import org.footprint.rules.RuleCatalogue;
import org.footprint.synth.CorpusGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The lexicon pass alone: every built-in lexicon matched over the project's generated posts, already normalised (as
 * the analyser hands them over), each hit handed to a sink. The score is posts per second; microseconds per post =
 * 1e6 / score. {@link AnalyzerBenchmark} is the whole analysis this pass is part of.
 *
 * <p>Run: {@code java -jar footprint-bench/target/footprint-benchmarks.jar LexiconBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LexiconBenchmark {
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
