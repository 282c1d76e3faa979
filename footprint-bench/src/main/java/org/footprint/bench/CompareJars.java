package org.footprint.bench;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the analyser of two builds in one process: each benchmark jar in a class loader of its own, rounds of
 * 10,000 generated posts alternating between them, CPU time per post per round. On a shared machine whose speed drifts
 * by ±30 % within the hour, two runs of JMH minutes apart cannot tell a 10 % change from the drift; rounds a second
 * apart see the same machine. (The two analysers also share the caches, so an effect through cache misses is diluted.)
 *
 * <p>Usage: {@code java -Xmx1g -cp footprint-bench/target/footprint-benchmarks.jar org.footprint.bench.CompareJars
 * BEFORE.jar AFTER.jar [ROUNDS]} with two {@code footprint-benchmarks.jar} builds.
 */
public final class CompareJars {
  private static final int POSTS = 10_000;
  private static final int WARM_UP_ROUNDS = 5;

  private CompareJars() {}

  public static void main(String[] args) throws Throwable {
    if (args.length < 2) {
      System.err.println("usage: CompareJars BEFORE.jar AFTER.jar [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Build[] builds = {Build.load(args[0]), Build.load(args[1])};
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[][] micros = new double[2][rounds];
    long findings = 0;
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      for (int turn = 0; turn < 2; turn++) {
        int which = (round & 1) == 0 ? turn : 1 - turn; // who goes first alternates too
        long start = cpu.getCurrentThreadCpuTime();
        findings += builds[which].analyseAll();
        if (round >= 0) {
          micros[which][round] = (cpu.getCurrentThreadCpuTime() - start) / 1e3 / POSTS;
        }
      }
    }
    double[] ratio = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      ratio[round] = micros[1][round] / micros[0][round];
    }
    Arrays.sort(ratio);
    for (double[] times : micros) {
      Arrays.sort(times);
    }
    System.out.printf("before: median %.2f µs a post (fastest %.2f); after: median %.2f µs (fastest %.2f)%n",
        micros[0][rounds / 2], micros[0][0], micros[1][rounds / 2], micros[1][0]);
    System.out.printf("after/before per round: median %.3f, quartiles %.3f–%.3f (%d rounds; %d findings)%n",
        ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4], rounds, findings);
  }

  /** One build's analyser and its own generated posts (seed 7, as {@link AnalyzerBenchmark}). */
  private record Build(MethodHandle analyse, Object[] items) {
    static Build load(String jar) throws Throwable {
      ClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> analyzerClass = Class.forName("org.footprint.analysis.Analyzer", true, loader);
      Class<?> itemClass = Class.forName("org.footprint.model.Item", true, loader);
      Class<?> generatorClass = Class.forName("org.footprint.synth.CorpusGenerator", true, loader);
      Object analyzer = analyzerClass.getMethod("builtIn").invoke(null);
      Object generator = generatorClass.getConstructor(long.class).newInstance(7L);
      Object[] items = new Object[POSTS];
      for (int i = 0; i < POSTS; i++) {
        Object text = generatorClass.getMethod("nextPost").invoke(generator);
        items[i] = itemClass.getMethod("draft", String.class, String.class).invoke(null, "bench:" + i, text);
      }
      MethodHandle analyse = MethodHandles.publicLookup().unreflect(analyzerClass.getMethod("analyze", itemClass))
          .bindTo(analyzer).asType(MethodType.methodType(List.class, Object.class));
      return new Build(analyse, items);
    }

    long analyseAll() throws Throwable {
      long findings = 0;
      for (Object item : items) {
        findings += ((List<?>) analyse.invokeExact(item)).size();
      }
      return findings;
    }
  }
}
