package org.footprint.analysis.match;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every lexicon compiled into one Aho-Corasick automaton, so a text is scanned once whatever the
 * number of lexicons and terms. Immutable and thread-safe.
 */
public final class LexiconSet {
  private final List<Lexicon> lexicons;
  private final Map<String, Integer> indexByName = new HashMap<>();
  private final AhoCorasickDoubleArrayTrie<LexiconEntry[]> automaton = new AhoCorasickDoubleArrayTrie<>();

  public LexiconSet(List<Lexicon> lexicons) {
    this.lexicons = List.copyOf(lexicons);
    TreeMap<String, List<LexiconEntry>> byTerm = new TreeMap<>();
    for (int i = 0; i < lexicons.size(); i++) {
      indexByName.put(lexicons.get(i).name(), i);
      for (LexiconEntry entry : lexicons.get(i).entries()) {
        if (entry.lexicon() != i) {
          throw new IllegalStateException(lexicons.get(i).resource() + ": entry " + entry.id() + " has the wrong lexicon index");
        }
        byTerm.computeIfAbsent(entry.term(), t -> new ArrayList<>()).add(entry);
      }
    }
    TreeMap<String, LexiconEntry[]> compiled = new TreeMap<>();
    byTerm.forEach((term, entries) -> compiled.put(term, entries.toArray(new LexiconEntry[0])));
    automaton.build(compiled);
  }

  public List<Lexicon> lexicons() {
    return lexicons;
  }

  public int size() {
    return lexicons.size();
  }

  /** Index of the named lexicon, or -1. */
  public int indexOf(String name) {
    return indexByName.getOrDefault(name, -1);
  }

  public Lexicon get(int index) {
    return lexicons.get(index);
  }

  /**
   * Calls {@code sink} for every whole-word occurrence of every term in the normalised text;
   * {@code chars} is the same text as an array (the automaton scans arrays faster than strings).
   */
  public void match(String text, char[] chars, HitSink sink) {
    automaton.parseText(chars, (AhoCorasickDoubleArrayTrie.IHit<LexiconEntry[]>) (begin, end, entries) -> {
      if (!leftBoundary(text, begin, entries[0].term())) {
        return;
      }
      boolean rightOk = rightBoundary(text, end, entries[0].term());
      for (LexiconEntry entry : entries) {
        if (rightOk || entry.prefix()) {
          sink.hit(entry, begin, end);
        }
      }
    });
  }

  /** Receives lexicon hits in normalised offsets. */
  @FunctionalInterface
  public interface HitSink {
    void hit(LexiconEntry entry, int start, int end);
  }

  private static boolean leftBoundary(String text, int begin, String term) {
    if (begin == 0 || !isWordChar(term.charAt(0))) {
      return true;
    }
    char before = text.charAt(begin - 1);
    // a term inside an @handle is part of a name, not a word of the post
    return !isWordChar(before) && before != '@';
  }

  private static boolean rightBoundary(String text, int end, String term) {
    return end == text.length() || !isWordChar(term.charAt(term.length() - 1)) || !isWordChar(text.charAt(end));
  }

  public static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 128 && Character.isLetter(c));
  }
}
