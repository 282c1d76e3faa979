package org.footprint.analysis.context;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.footprint.analysis.identify.IdentifierMatch;
import org.footprint.analysis.identify.IdentifierScanner;
import org.footprint.analysis.match.Hit;
import org.footprint.analysis.match.LexiconEntry;
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
  // Every lexicon hit of the automaton pass, kept as primitives; Hit objects are made only for the
  // lexicons a rule asks about (most posts hit only pronouns and never reach a rule).
  private LexiconEntry[] hitEntries = new LexiconEntry[8];
  /** Each hit's lexicon beside its entry: the loops over hits compare these ints instead of reading each entry. */
  private int[] hitLexicons = new int[8];
  private int[] hitStarts = new int[8];
  private int[] hitEnds = new int[8];
  private int[] hitTermEnds = new int[8];
  private int hitCount;
  private final BitSet lexiconsHit = new BitSet();
  /** Hits of each lexicon a rule asked about, made on the first request; the array too (most posts reach no rule). */
  private List<Hit>[] lexiconHits;
  /** Derived hits computed so far, by {@link DerivedSources} id: a rule's signals are found once per text. */
  private List<Hit>[] derived;
  private List<Hit> identifierHits;
  private int[] wordIndex;
  private int[] originalWords;
  private int[] normalisedWords;
  private int[] sentenceIndex;
  private int[] sentenceStarts;
  private int shape = -1;
  /** The text's web addresses as start, end pairs ({@link WebAddresses}); most texts have none. */
  private final int[] webAddresses;

  public TextAnalysis(NormalisedText text, LexiconSet lexicons, IdentifierScanner identifiers) {
    this.text = text;
    this.lexicons = lexicons;
    this.identifiers = identifiers;
    this.webAddresses = WebAddresses.in(text.chars());
    lexicons.match(text.chars(), this::record);
  }

  private void record(LexiconEntry entry, int start, int end, int termEnd) {
    if (webAddresses.length > 0 && insideWebAddress(start, end, termEnd)) {
      return;
    }
    if (hitCount == hitEntries.length) {
      hitEntries = java.util.Arrays.copyOf(hitEntries, hitCount * 2);
      hitLexicons = java.util.Arrays.copyOf(hitLexicons, hitCount * 2);
      hitStarts = java.util.Arrays.copyOf(hitStarts, hitCount * 2);
      hitEnds = java.util.Arrays.copyOf(hitEnds, hitCount * 2);
      hitTermEnds = java.util.Arrays.copyOf(hitTermEnds, hitCount * 2);
    }
    int lexicon = entry.lexicon();
    hitEntries[hitCount] = entry;
    hitLexicons[hitCount] = lexicon;
    hitStarts[hitCount] = start;
    hitEnds[hitCount] = end;
    hitTermEnds[hitCount] = termEnd;
    hitCount++;
    lexiconsHit.set(lexicon);
  }

  /**
   * Whether a hit lies inside a web address and its term is no address itself: "gov.uk" found in a link to it counts,
   * the 'x' of "x.com/…" does not.
   */
  private boolean insideWebAddress(int start, int end, int termEnd) {
    char[] chars = text.chars();
    for (int k = 0; k < webAddresses.length; k += 2) {
      if (webAddresses[k] <= start && end <= webAddresses[k + 1]) {
        for (int i = start; i < termEnd; i++) {
          if (chars[i] == '.' || chars[i] == '/') {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  public NormalisedText text() {
    return text;
  }

  /** The first lexicon at or after {@code from} that has a hit in this text, or -1: the lexicons hit, in index order. */
  public int nextLexiconHit(int from) {
    return lexiconsHit.nextSetBit(from);
  }

  public boolean hasHits(int lexiconIndex) {
    return lexiconsHit.get(lexiconIndex);
  }

  /** Receives a hit of the automaton pass: its lexicon's index and its span in the normalised text. */
  @FunctionalInterface
  public interface HitVisitor {
    void hit(int lexicon, int start, int end);
  }

  /** Hands {@code visitor} every hit of the automaton pass, in the order the hits end. */
  public void forEachHit(HitVisitor visitor) {
    for (int i = 0; i < hitCount; i++) {
      visitor.hit(hitLexicons[i], hitStarts[i], hitEnds[i]);
    }
  }

  /** Hits of one lexicon, by name, in text order. */
  public List<Hit> lexiconHits(String name) {
    return lexiconHits(lexicons.indexOf(name));
  }

  /** Hits of the lexicon at {@code index} (-1 for none), in text order. */
  @SuppressWarnings("unchecked")
  public List<Hit> lexiconHits(int index) {
    if (index < 0 || !hasHits(index)) {
      return NONE;
    }
    if (lexiconHits == null) {
      lexiconHits = new List[lexicons.size()];
    }
    List<Hit> hits = lexiconHits[index];
    if (hits == null) {
      hits = new ArrayList<>(2);
      String source = lexicons.get(index).name();
      for (int i = 0; i < hitCount; i++) {
        if (hitLexicons[i] == index) {
          LexiconEntry entry = hitEntries[i];
          // the text holds the term where it was found
          hits.add(new Hit(hitStarts[i], hitEnds[i], source, text.text().substring(hitStarts[i], hitTermEnds[i]), entry.id(), entry.weight()));
        }
      }
      hits.sort(java.util.Comparator.comparingInt(Hit::start));
      lexiconHits[index] = hits;
    }
    return hits;
  }

  /**
   * Hits of a qualified source: a lexicon name, {@code signal:<name>}, {@code id:<type>} or
   * {@code target:<type>}.
   */
  public List<Hit> hits(String source) {
    if (source.indexOf(':') < 0) {
      return lexiconHits(source);
    }
    return derivedHits(source);
  }

  /**
   * False when the source certainly has no hit in this text: a lexicon with no hit, or a signal ruled out by a test of
   * a few characters ({@link Signals#mayOccur}). True for identifiers, which only their scan can rule out.
   */
  public boolean mayHaveHits(Source source) {
    if (source.lexicon() >= 0) {
      return hasHits(source.lexicon());
    }
    return source.signal() == null || Signals.mayOccur(source.shapeNeeded(), shape());
  }

  /** The characters this text holds that signals need ({@link Signals#shapeOf}), found once. */
  int shape() {
    if (shape < 0) {
      shape = Signals.shapeOf(text);
    }
    return shape;
  }

  /** Hits of a source resolved when the rules were loaded: no name is looked up per text. */
  public List<Hit> hits(Source source) {
    return source.lexicon() >= 0 ? lexiconHits(source.lexicon()) : derivedHits(source.derivedId(), source.derived(), source.signal());
  }

  /**
   * A qualified source resolved once against the lexicons: {@code target:} types become the lexicon or signal they
   * stand for, so evaluating a rule compares integers instead of hashing names.
   *
   * @param lexicon the lexicon's index, or -1 when the source is derived
   * @param derived the {@code signal:} or {@code id:} source, when {@code lexicon} is -1
   * @param derivedId the derived source's number ({@link DerivedSources}), or -1
   * @param signal the signal's name when the source is a signal, else null
   * @param shapeNeeded what a text must hold for the signal to occur ({@link Signals#shapeNeeded}), else 0
   */
  public record Source(int lexicon, String derived, int derivedId, String signal, int shapeNeeded) {
    public static Source resolve(String source, LexiconSet lexicons) {
      if (source.startsWith("target:")) {
        String target = source.substring(7);
        return target.equals("mention") || target.equals("named-person")
            ? derived("signal:" + target) : new Source(lexicons.indexOf("target-" + target), null, -1, null, 0);
      }
      return source.indexOf(':') < 0 ? new Source(lexicons.indexOf(source), null, -1, null, 0) : derived(source);
    }

    private static Source derived(String source) {
      String signal = source.startsWith("signal:") ? source.substring(7) : null;
      return new Source(-1, source, DerivedSources.id(source), signal, signal == null ? 0 : Signals.shapeNeeded(signal));
    }
  }

  private List<Hit> derivedHits(String source) {
    return hits(Source.derived(source));
  }

  /** {@code signal} is the signal's name when the source is one ({@link Source#signal}), else null. */
  @SuppressWarnings("unchecked")
  private List<Hit> derivedHits(int id, String source, String signal) {
    if (derived == null || id >= derived.length) {
      List<Hit>[] grown = new List[Math.max(id + 1, DerivedSources.count())];
      if (derived != null) {
        System.arraycopy(derived, 0, grown, 0, derived.length);
      }
      derived = grown;
    }
    List<Hit> cached = derived[id];
    if (cached == null) {
      cached = computeDerived(source, signal);
      derived[id] = cached;
    }
    return cached;
  }

  private List<Hit> computeDerived(String source, String signal) {
    if (signal != null) {
      return Signals.find(signal, text, this);
    }
    if (source.startsWith("target:")) {
      return hits(Source.resolve(source, lexicons));
    }
    if (source.startsWith("id:")) {
      List<Hit> all = identifierHits();
      if (all.isEmpty()) {
        return NONE;
      }
      String type = source.substring(3);
      List<Hit> hits = new ArrayList<>(1);
      for (Hit hit : all) {
        if (hit.term().equals(type)) {
          hits.add(hit);
        }
      }
      return hits;
    }
    throw new IllegalArgumentException("unknown source " + source);
  }

  private List<Hit> identifierHits() {
    List<Hit> all = identifierHits;
    if (all == null) {
      List<IdentifierMatch> matches = identifiers.scan(text.original(), text.originalChars());
      all = matches.isEmpty() ? NONE : new ArrayList<>(matches.size());
      for (IdentifierMatch match : matches) {
        int start = text.normalisedIndexOf(match.start());
        int end = text.normalisedIndexOf(match.end() - 1) + 1;
        if (start < end) {
          all.add(new Hit(start, end, "id:" + match.type().id(), match.type().id(), match.type().id(), 1));
        }
      }
      identifierHits = all;
    }
    return all;
  }

  /** The original text's words (runs of letters) as start, end pairs; found once, shared by the signals' word checks. */
  int[] originalWords() {
    if (originalWords == null) {
      originalWords = WordSet.letterRuns(text.originalChars());
    }
    return originalWords;
  }

  /** The normalised text's words, as {@link #originalWords} for the original. */
  int[] normalisedWords() {
    if (normalisedWords == null) {
      normalisedWords = WordSet.letterRuns(text.chars());
    }
    return normalisedWords;
  }

  /** Index of the word that contains or follows normalised offset {@code offset}. */
  public int wordAt(int offset) {
    if (wordIndex == null) {
      char[] t = text.chars();
      wordIndex = new int[t.length + 1];
      int word = -1;
      boolean inWord = false;
      for (int i = 0; i < t.length; i++) {
        boolean space = t[i] == ' ' || t[i] == '\n';
        if (!space && !inWord) {
          word++;
        }
        inWord = !space;
        wordIndex[i] = space ? word + 1 : word;
      }
      wordIndex[t.length] = word + 1;
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
      char[] t = text.chars();
      sentenceIndex = new int[t.length + 1];
      int sentence = 0;
      for (int i = 0; i < t.length; i++) {
        sentenceIndex[i] = sentence;
        if (endsSentence(t, i)) {
          sentence++;
        }
      }
      sentenceIndex[t.length] = sentence;
    }
    return sentenceIndex[Math.max(0, Math.min(offset, sentenceIndex.length - 1))];
  }

  /** A new line, or a full stop, question or exclamation mark before a space, a new line or the end, ends a sentence. */
  private static boolean endsSentence(char[] t, int i) {
    char c = t[i];
    return c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == t.length || t[i + 1] == ' ' || t[i + 1] == '\n'));
  }

  /**
   * Where each sentence starts in the normalised text, then the text's length: sentence k is {@code [starts[k], starts[k + 1])}.
   * Found once; the array is shared, not to be written to.
   */
  public int[] sentenceStarts() {
    if (sentenceStarts == null) {
      sentenceStarts = findSentenceStarts();
    }
    return sentenceStarts;
  }

  private int[] findSentenceStarts() {
    char[] t = text.chars();
    int[] starts = new int[8];
    int count = 1; // starts[0] = 0
    for (int i = 0; i + 1 < t.length; i++) { // the text's last character closes the last sentence
      if (endsSentence(t, i)) {
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    int[] bounds = java.util.Arrays.copyOf(starts, count + 1);
    bounds[count] = t.length;
    return bounds;
  }

  public boolean sameSentence(Hit a, Hit b) {
    return sentenceAt(a.start()) == sentenceAt(b.start()) || sentenceAt(a.end() - 1) == sentenceAt(b.end() - 1);
  }
}
