package org.footprint.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.footprint.analysis.Analyzer;

/**
 * The analysers of one JVM (a Spark executor, or the driver in local mode), one per pack, each built the first time a
 * partition asks for it: building one loads the rules and the compiled lexicons (about a second, ~90 MB), far too
 * much per row or per partition, and an {@link Analyzer} is immutable and thread-safe, so every task shares it.
 */
final class SharedAnalyzers {
  private static final Map<String, Analyzer> BY_PACK = new ConcurrentHashMap<>();

  private SharedAnalyzers() {}

  /** The built-in rules with the pack {@code packId}, built once in this JVM. */
  static Analyzer forPack(String packId) {
    return BY_PACK.computeIfAbsent(packId, Analyzer::builtIn);
  }
}
