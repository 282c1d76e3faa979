package org.footprint.analysis.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.footprint.analysis.identify.IdentifierMatch;
import org.footprint.analysis.identify.IdentifierScanner;
import org.footprint.analysis.match.Hit;
import org.footprint.analysis.match.LexiconSet;
import org.footprint.analysis.normalise.NormalisedText;

/**
 * Everything known about one text while it is judged: the normalised form, every lexicon hit from the
 * single automaton pass, and (computed only when a rule asks) words, sentences, signals and identifiers.
 * One instance per text; not thread-safe.
 */
public final class TextAnalysis {
  private static final List<Hit> NONE = List.of();

  private final NormalisedText text;
  private final LexiconSet lexicons;
  private final IdentifierScanner identifiers;
  private final List<Hit>[] lexiconHits;
  private final boolean anyHits;
  private Map<String, List<Hit>> derived;
  private int[] wordIndex;
  private int[] sentenceIndex;

  @SuppressWarnings("unchecked")
  public TextAnalysis(NormalisedText text, LexiconSet lexicons, IdentifierScanner identifiers) {
    this.text = text;
    this.lexicons = lexicons;
    this.identifiers = identifiers;
    this.lexiconHits = new List[lexicons.size()];
    boolean[] any = new boolean[1];
    lexicons.match(text.text(), (entry, start, end) -> {
      List<Hit> hits = lexiconHits[entry.lexicon()];
      if (hits == null) {
        hits = new ArrayList<>(2);
        lexiconHits[entry.lexicon()] = hits;
      }
      hits.add(new Hit(start, end, lexicons.get(entry.lexicon()).name(), entry.term(), entry.id(), entry.weight()));
      any[0] = true;
    });
    this.anyHits = any[0];
  }

  public NormalisedText text() {
    return text;
  }

  public boolean hasLexiconHits() {
    return anyHits;
  }

  public boolean hasHits(int lexiconIndex) {
    return lexiconHits[lexiconIndex] != null;
  }

  /** Hits of one lexicon, by name. */
  public List<Hit> lexiconHits(String name) {
    int index = lexicons.indexOf(name);
    return index < 0 || lexiconHits[index] == null ? NONE : lexiconHits[index];
  }

  /**
   * Hits of a qualified source: a lexicon name, {@code signal:<name>}, {@code id:<type>} or
   * {@code target:<type>}.
   */
  public List<Hit> hits(String source) {
    if (source.indexOf(':') < 0) {
      return lexiconHits(source);
    }
    if (derived == null) {
      derived = new HashMap<>();
    }
    List<Hit> cached = derived.get(source);
    if (cached == null) {
      cached = computeDerived(source);
      derived.put(source, cached);
    }
    return cached;
  }

  private List<Hit> computeDerived(String source) {
    if (source.startsWith("signal:")) {
      return Signals.find(source.substring(7), text, this);
    }
    if (source.startsWith("target:")) {
      String target = source.substring(7);
      if (target.equals("mention") || target.equals("named-person")) {
        return hits("signal:" + target);
      }
      return lexiconHits("target-" + target);
    }
    if (source.startsWith("id:")) {
      String type = source.substring(3);
      List<Hit> hits = new ArrayList<>(1);
      for (Hit hit : identifierHits()) {
        if (hit.term().equals(type)) {
          hits.add(hit);
        }
      }
      return hits;
    }
    throw new IllegalArgumentException("unknown source " + source);
  }

  private List<Hit> identifierHits() {
    List<Hit> all = derived.get("id:*");
    if (all == null) {
      all = new ArrayList<>(1);
      for (IdentifierMatch match : identifiers.scan(text.original())) {
        int start = text.normalisedIndexOf(match.start());
        int end = text.normalisedIndexOf(match.end() - 1) + 1;
        if (start < end) {
          all.add(new Hit(start, end, "id:" + match.type().id(), match.type().id(), match.type().id(), 1));
        }
      }
      derived.put("id:*", all);
    }
    return all;
  }

  /** Index of the word that contains or follows normalised offset {@code offset}. */
  public int wordAt(int offset) {
    if (wordIndex == null) {
      String t = text.text();
      wordIndex = new int[t.length() + 1];
      int word = -1;
      boolean inWord = false;
      for (int i = 0; i < t.length(); i++) {
        boolean space = t.charAt(i) == ' ' || t.charAt(i) == '\n';
        if (!space && !inWord) {
          word++;
        }
        inWord = !space;
        wordIndex[i] = space ? word + 1 : word;
      }
      wordIndex[t.length()] = word + 1;
    }
    return wordIndex[Math.max(0, Math.min(offset, wordIndex.length - 1))];
  }

  /** Number of words between two hits (0 when they touch or overlap). */
  public int wordDistance(Hit a, Hit b) {
    if (a.overlaps(b)) {
      return 0;
    }
    Hit first = a.start() <= b.start() ? a : b;
    Hit second = first == a ? b : a;
    return Math.max(0, wordAt(second.start()) - wordAt(first.end() - 1) - 1);
  }

  /** Index of the sentence that contains normalised offset {@code offset}. */
  public int sentenceAt(int offset) {
    if (sentenceIndex == null) {
      String t = text.text();
      sentenceIndex = new int[t.length() + 1];
      int sentence = 0;
      for (int i = 0; i < t.length(); i++) {
        sentenceIndex[i] = sentence;
        char c = t.charAt(i);
        boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\n'));
        if (end) {
          sentence++;
        }
      }
      sentenceIndex[t.length()] = sentence;
    }
    return sentenceIndex[Math.max(0, Math.min(offset, sentenceIndex.length - 1))];
  }

  public boolean sameSentence(Hit a, Hit b) {
    return sentenceAt(a.start()) == sentenceAt(b.start()) || sentenceAt(a.end() - 1) == sentenceAt(b.end() - 1);
  }
}
