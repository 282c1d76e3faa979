package org.footprint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.footprint.analysis.normalise.NormalisedText;
import org.footprint.analysis.normalise.Normaliser;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.RuleCatalogue;
import org.footprint.synth.CorpusGenerator;
import org.footprint.watch.WatchList;
import org.footprint.watch.WatchRule;
import org.footprint.watch.WatchedNames;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the private watch-list adds to each post: the lookup alone, on texts the analyser has already normalised (as
 * it gets them), over the project's generated posts with a made-up watch-list of {@link #entries} names, one post in
 * twenty naming one of them. The score is posts per second; microseconds per post = 1e6 / score.
 *
 * <p>Run: {@code java -jar footprint-bench/target/footprint-benchmarks.jar WatchListBenchmark}
 */
public class WatchListBenchmark extends OneThreadThroughput {
  static final int POSTS = 10_000;

  @Param({"50", "2000"})
  public int entries;

  private WatchedNames watched;
  private Item[] items;
  private NormalisedText[] texts;

  @Setup(Level.Trial)
  public void setUp() {
    Normaliser normaliser = RuleCatalogue.builtIn().normaliser();
    Random random = new Random(7);
    List<String> names = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) {
      names.add(word(random) + (i % 2 == 0 ? " " + word(random) : ""));
    }
    WatchList list = WatchList.create();
    list.add(names, normaliser);
    watched = new WatchedNames(list, WatchRule.builtIn(), PolicyPacks.loadBuiltIn().defaultPack());
    CorpusGenerator corpus = new CorpusGenerator(7);
    items = new Item[POSTS];
    texts = new NormalisedText[POSTS];
    for (int i = 0; i < POSTS; i++) {
      String text = corpus.nextPost() + (i % 20 == 0 ? " with " + names.get(random.nextInt(entries)) : "");
      items[i] = Item.draft("bench:" + i, text);
      texts[i] = normaliser.normalise(text);
    }
  }

  /** A made-up name-like word of 5 to 9 letters. */
  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    int length = 5 + random.nextInt(5);
    for (int c = 0; c < length; c++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  /** One operation = one post's lookup. */
  @Benchmark
  @OperationsPerInvocation(POSTS)
  public void look_up_posts(Blackhole sink) {
    List<Finding> none = List.of();
    for (int i = 0; i < POSTS; i++) {
      sink.consume(watched.apply(items[i], texts[i], none));
    }
  }
}
