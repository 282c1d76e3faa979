package org.footprint.analysis.context;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number for every derived source ({@code signal:…}, {@code id:…}) that rules name, given when the rules are loaded,
 * so that each text keeps its derived hits in an array instead of a map keyed by name. Thread-safe; numbers only grow
 * (a handful of dozen sources).
 */
final class DerivedSources {
  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();

  private DerivedSources() {}

  static int id(String source) {
    Integer id = IDS.get(source);
    return id != null ? id : IDS.computeIfAbsent(source, s -> NEXT.getAndIncrement());
  }

  static int count() {
    return NEXT.get();
  }
}
