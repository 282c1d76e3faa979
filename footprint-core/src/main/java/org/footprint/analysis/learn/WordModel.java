package org.footprint.analysis.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.footprint.analysis.context.TextAnalysis;
import org.footprint.analysis.match.Hit;
import org.footprint.analysis.match.LexiconSet;
import org.footprint.model.Category;

/**
 * A logistic regression per risk category over {@link WordFeatures}: a post's score for a category is the sum of the
 * weights of the features it has (each counted once) and the category's bias, its probability the logistic of that,
 * and the category is reported from the category's threshold up. Read from a TSV file written by the trainer
 * ({@code footprint train}): comment lines, a header naming the ten categories in order, a {@code threshold} row,
 * a {@code bias} row, then one row per feature. Immutable and thread-safe.
 */
public final class WordModel {
  /** Where the built-in model lives on the classpath. */
  public static final String RESOURCE = "model/word-model.tsv";
  static final String THRESHOLD = "threshold";
  static final String BIAS = "bias";
  private static final List<Category> CATEGORIES = Category.risks();
  private static final int N = CATEGORIES.size();
  /** Words a finding never shows as its evidence (one per line): they weigh, but say nothing to a reader on their own. */
  public static final String QUIET_WORDS = "model/quiet-words.txt";

  private final List<String> comments;
  private final double[] thresholds;
  private final double[] bias;
  /** By category, the score (before the logistic) a sentence read alone must reach: {@link #SENTENCE_MIN_PROBABILITY} or the threshold. */
  private final double[] sentenceBar;
  /**
   * An open-addressing table with one long per slot: the top 40 bits of a feature's key above its row (24 bits),
   * so one probe both finds the feature and says where its ten weights are ({@code row * N} of a dense array). Two
   * different features share a slot's 40 bits about once in 10^12 lookups.
   */
  private final long[] entries;
  private final float[] weights;
  /** The row of each lexicon's feature, by lexicon index, or -1 where the model does not know it: no hashing for word classes. */
  private final int[] lexiconRows;
  private final long[] lexiconKeys;
  private final LexiconSet lexicons;
  private final Set<String> quietWords;
  private static final int ROW_BITS = 24;
  /** What separates the words of a place the model shows: spaces and punctuation but the apostrophe; compiled once. */
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s\\p{P}&&[^']]+");
  private static final long ROW_MASK = (1L << ROW_BITS) - 1;

  private WordModel(List<String> comments, double[] thresholds, double[] bias, Map<Long, float[]> features, LexiconSet lexicons,
      Set<String> quietWords) {
    if (features.size() >= 1 << ROW_BITS) {
      throw new IllegalArgumentException("a word model holds fewer than " + (1 << ROW_BITS) + " features");
    }
    this.comments = List.copyOf(comments);
    this.thresholds = thresholds;
    this.bias = bias;
    this.sentenceBar = new double[N];
    for (int c = 0; c < N; c++) {
      double bar = Math.max(thresholds[c], SENTENCE_MIN_PROBABILITY);
      sentenceBar[c] = Math.log(bar / (1 - bar));
    }
    this.lexicons = lexicons;
    this.quietWords = quietWords;
    this.lexiconKeys = WordFeatures.lexiconKeys(lexicons);
    int capacity = Integer.highestOneBit(Math.max(2, features.size()) * 2 - 1) << 1;
    this.entries = new long[capacity];
    this.weights = new float[features.size() * N];
    int row = 0;
    for (Map.Entry<Long, float[]> feature : features.entrySet()) {
      int slot = slot(feature.getKey());
      while (entries[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      entries[slot] = fingerprint(feature.getKey()) | row;
      System.arraycopy(feature.getValue(), 0, weights, row * N, N);
      row++;
    }
    this.lexiconRows = new int[lexiconKeys.length];
    for (int l = 0; l < lexiconKeys.length; l++) {
      lexiconRows[l] = rowOf(lexiconKeys[l]);
    }
  }

  /** Reads a model file; every error names {@code resource} and the line. {@code quietWords}: those never shown as evidence. */
  public static WordModel read(String resource, InputStream in, LexiconSet lexicons, Set<String> quietWords) throws IOException {
    List<String> comments = new ArrayList<>();
    double[] thresholds = null;
    double[] bias = null;
    // rows in the file's order: the trainer writes the features most posts hold first, so that their weights lie together
    // (the analysis 6 % faster than with rows in hash order, docs/PERFORMANCE.md)
    Map<Long, float[]> features = new LinkedHashMap<>(1 << 15);
    boolean headerSeen = false;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.startsWith("#")) {
        comments.add(line.substring(1).strip());
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String where = resource + " line " + number + ": ";
      if (!headerSeen) {
        if (!line.equals(header())) {
          throw new IllegalArgumentException(where + "expected the header '" + header().replace('\t', ' ') + "'");
        }
        headerSeen = true;
        continue;
      }
      if (fields.length != N + 1) {
        throw new IllegalArgumentException(where + "expected a name and " + N + " numbers, found " + fields.length + " fields");
      }
      double[] values = new double[N];
      for (int c = 0; c < N; c++) {
        try {
          values[c] = Double.parseDouble(fields[c + 1]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(where + "'" + fields[c + 1] + "' is not a number");
        }
      }
      switch (fields[0]) {
        case THRESHOLD -> thresholds = values;
        case BIAS -> bias = values;
        default -> {
          float[] row = new float[N];
          for (int c = 0; c < N; c++) {
            row[c] = (float) values[c];
          }
          long key;
          try {
            key = WordFeatures.keyOf(fields[0]);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage());
          }
          if (features.put(key, row) != null) {
            throw new IllegalArgumentException(where + "the feature '" + fields[0] + "' is listed twice");
          }
        }
      }
    }
    if (thresholds == null || bias == null) {
      throw new IllegalArgumentException(resource + ": a model needs a 'threshold' row and a 'bias' row");
    }
    return new WordModel(comments, thresholds, bias, features, lexicons, quietWords);
  }

  /** A model that reads nothing into any text: what a catalogue has before its first training. */
  public static WordModel empty(LexiconSet lexicons) {
    double[] unreachable = new double[N];
    java.util.Arrays.fill(unreachable, 2);
    return new WordModel(List.of("untrained"), unreachable, new double[N], Map.of(), lexicons, Set.of());
  }

  /**
   * Writes a model in the form {@link #read} reads: features in the order given (their rows' order when read back; the
   * trainer puts the commonest first), weights to four decimals.
   */
  public static void write(Writer out, List<String> comments, double[] thresholds, double[] bias, Map<String, double[]> features)
      throws IOException {
    for (String comment : comments) {
      out.write("# " + comment + "\n");
    }
    out.write(header() + "\n");
    out.write(row(THRESHOLD, thresholds, "%.2f"));
    out.write(row(BIAS, bias, "%.4f"));
    for (Map.Entry<String, double[]> feature : features.entrySet()) {
      out.write(row(feature.getKey(), feature.getValue(), "%.4f"));
    }
  }

  private static String row(String name, double[] values, String format) {
    StringBuilder row = new StringBuilder(name);
    for (double value : values) {
      row.append('\t').append(String.format(Locale.ROOT, format, value + 0.0).replace("-0.0000", "0.0000"));
    }
    return row.append('\n').toString();
  }

  private static String header() {
    StringBuilder header = new StringBuilder("feature");
    CATEGORIES.forEach(c -> header.append('\t').append(c.id()));
    return header.toString();
  }

  /** The file's comment lines: how and on what the model was trained. */
  public List<String> comments() {
    return comments;
  }

  /** The probability from which the category is reported. */
  public double threshold(Category category) {
    return thresholds[column(category)];
  }

  /** The category's column in the file and in the arrays: the risks come first in declaration order. */
  private static int column(Category category) {
    if (!category.isRisk()) {
      throw new IllegalArgumentException("the word model reads risks only, not " + category.id());
    }
    return category.ordinal();
  }

  /**
   * A text of fewer words (emoji count as words) reaches no category whatever it scores: the model was trained on
   * posts, and on a greeting or a reply of one or two words a single feature decides ("thanks" weighs towards
   * hostility, having come up in sarcastic posts). The written rules still judge such texts.
   */
  public static final int MIN_WORDS = 4;
  /**
   * A sentence read alone reports only from this probability, above the thresholds: the model was trained on whole posts,
   * and a few words without the everyday words around them score high more easily. On the project's generated posts
   * (chatty sentences around each risky one) 0.95 did best (macro-F1 0.804 → 0.821; 0.90: 0.809, 0.99: 0.811), and left
   * the own blind sets where they were (mean 0.868).
   */
  public static final double SENTENCE_MIN_PROBABILITY = 0.95;

  /** The model's reading of one text: each category's probability, and the features that made it. */
  public Reading read(TextAnalysis analysis) {
    Reading reading = new Reading(analysis);
    WordFeatures.extract(analysis, lexicons, lexiconKeys, reading);
    reading.finish();
    return reading;
  }

  private int rowOf(long key) {
    long wanted = fingerprint(key);
    int mask = entries.length - 1;
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      long entry = entries[slot];
      if (entry == 0) {
        return -1;
      }
      if ((entry & ~ROW_MASK) == wanted) {
        return (int) (entry & ROW_MASK);
      }
    }
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & (entries.length - 1);
  }

  /** The key's top 40 bits in place, never all zero (a zero entry is an empty slot). */
  private static long fingerprint(long key) {
    long high = key & ~ROW_MASK;
    return high == 0 ? 1L << ROW_BITS : high;
  }

  private static double logistic(double score) {
    return 1 / (1 + Math.exp(-score));
  }

  /** One feature's part in a category's score: what to show, where, and its weight. */
  public record Contribution(String shown, String role, int start, int end, double weight) {}

  /** Everything the model found in one text. Not thread-safe; one per text. */
  public final class Reading implements WordFeatures.Sink {
    private final TextAnalysis analysis;
    private final double[] scores = bias.clone();
    // by category, the bias and every positive weight found: the most any one sentence can score (summed as found, so
    // that asking costs nothing)
    private final double[] highest = bias.clone();
    // each known feature once, three ints each: its row, and where it first occurred (start -1 and end = index for a lexicon)
    // sized for the ~50 features the model knows of a typical post; a longer one grows them
    private int[] found = new int[3 * 64];
    private int count;
    private int[] seen = new int[128];
    // where each word starts, to count the words of one sentence
    private int[] wordStarts = new int[32];
    // by sentence, its score for each category ([sentence * N + category]) and its words: found on the first request
    private double[] sentenceScores;
    private int[] sentenceWords;
    // whether the model knows the last two words passed to word(): the words of the next pair
    private boolean previousKnown;
    private boolean lastKnown;
    private int words;

    private Reading(TextAnalysis analysis) {
      this.analysis = analysis;
    }

    @Override
    public void word(long key, int start, int end) {
      if (words == wordStarts.length) {
        wordStarts = java.util.Arrays.copyOf(wordStarts, words * 2);
      }
      wordStarts[words++] = start;
      int row = rowOf(key);
      previousKnown = lastKnown;
      lastKnown = row >= 0;
      add(row, start, end);
    }

    /**
     * A pair is looked up only when the model knows both its words: the trainer gives a feature a weight only when it
     * occurs in enough rows, and each word of a pair occurs in at least as many rows as the pair.
     */
    @Override
    public void pair(long key, int firstStart, int firstEnd, int secondStart, int secondEnd) {
      if (previousKnown && lastKnown) {
        add(rowOf(key), firstStart, secondEnd);
      }
    }

    @Override
    public void lexicon(long key, int lexicon) {
      add(lexiconRows[lexicon], -1, lexicon);
    }

    private void add(int row, int start, int end) {
      if (row < 0 || !firstTime(row)) {
        return;
      }
      if (3 * count == found.length) {
        found = java.util.Arrays.copyOf(found, found.length * 2);
      }
      found[3 * count] = row;
      found[3 * count + 1] = start;
      found[3 * count + 2] = end;
      count++;
      for (int c = 0; c < N; c++) {
        float weight = weights[row * N + c];
        scores[c] += weight;
        highest[c] += Math.max(0, weight);
      }
    }

    /** Whether {@code row} is new to this text (an open-addressing set of rows + 1, grown as needed). */
    private boolean firstTime(int row) {
      if (count * 2 >= seen.length) {
        int[] old = seen;
        seen = new int[old.length * 2];
        for (int value : old) {
          if (value != 0) {
            insert(value);
          }
        }
      }
      return insert(row + 1);
    }

    private boolean insert(int value) {
      int mask = seen.length - 1;
      for (int slot = (value * 0x9E3779B9) >>> 7 & mask; ; slot = (slot + 1) & mask) {
        if (seen[slot] == value) {
          return false;
        }
        if (seen[slot] == 0) {
          seen[slot] = value;
          return true;
        }
      }
    }

    /** Tells whether a place of the normalised text, {@code [start, end)}, is to be left out. */
    @FunctionalInterface
    public interface Places {
      boolean cancelled(int start, int end);
    }

    /**
     * This reading without the features found at cancelled places (a word class's feature: where each of its hits is):
     * what the model would make of the text with those words left out, "disgrace" in "he told me I was a disgrace".
     */
    public Reading without(Places cancelled) {
      return kept(cancelled, words);
    }

    /**
     * The reading of the one sentence of the text that scores highest for {@code category} when read alone, among those
     * of {@link #MIN_WORDS} words or more whose probability reaches both the category's threshold and {@link
     * #SENTENCE_MIN_PROBABILITY}; null when none does. A sentence's features are its words and pairs, and the word
     * classes with a hit in it. A threat or a leer in one sentence of a chatty post still reads as one, where the other
     * sentences' everyday words pull the whole post's score down. The sentences are {@link TextAnalysis#sentenceStarts}'.
     */
    public Reading bestSentence(Category category) {
      int c = column(category);
      if (!anySentenceCanReach(c)) {
        return null;
      }
      int[] starts = analysis.sentenceStarts();
      if (starts.length <= 2) {
        return null;
      }
      if (sentenceScores == null) {
        scoreSentences(starts);
      }
      int best = -1;
      for (int k = 0; k + 1 < starts.length; k++) {
        double score = sentenceScores[k * N + c];
        if (score >= sentenceBar[c] && sentenceWords[k] >= MIN_WORDS && (best < 0 || score > sentenceScores[best * N + c])) {
          best = k;
        }
      }
      if (best < 0) {
        return null;
      }
      int from = starts[best];
      int to = starts[best + 1];
      // the first pass counted a word once in the whole text; read alone, the sentence has its repeats back
      Reading sentence = kept((start, end) -> start < from || end > to, sentenceWords[best]);
      return sentence.scores[c] >= logistic(sentenceBar[c]) ? sentence : null;
    }

    /**
     * Whether some sentence could reach the sentence bar for column {@code c}: a sentence's features are among the
     * text's, so its score is at most the bias plus every positive weight found. On most benign posts this sum stays
     * below the bar, and the sentences are never scored.
     */
    private boolean anySentenceCanReach(int c) {
      return highest[c] + 1e-9 >= sentenceBar[c]; // the margin: sums of the same weights in another order
    }

    /**
     * Each sentence's score for every category and its number of words, in one pass over the features found: the words
     * and pairs were found in text order, so one cursor walks the sentences beside them.
     */
    private void scoreSentences(int[] starts) {
      int sentences = starts.length - 1;
      sentenceScores = new double[sentences * N];
      for (int k = 0; k < sentences; k++) {
        System.arraycopy(bias, 0, sentenceScores, k * N, N);
      }
      sentenceWords = new int[sentences];
      for (int w = 0, k = 0; w < words; w++) {
        k = sentenceFrom(starts, k, wordStarts[w]);
        sentenceWords[k]++;
      }
      for (int i = 0, k = 0; i < count && found[3 * i + 1] >= 0; i++) {
        k = sentenceFrom(starts, k, found[3 * i + 1]);
        if (found[3 * i + 2] <= starts[k + 1]) {
          addWeights(found[3 * i], k);
        }
      }
      // a word class counts once in each sentence with a hit of it; the hits come in the order they end, so the
      // sentences of those inside one sentence never go back
      int[] lastSentence = new int[lexiconRows.length];
      java.util.Arrays.fill(lastSentence, -1);
      analysis.forEachHit((lexicon, start, end) -> {
        int row = lexiconRows[lexicon];
        if (row >= 0) {
          int k = sentenceFrom(starts, 0, start);
          if (end <= starts[k + 1] && lastSentence[lexicon] != k) {
            lastSentence[lexicon] = k;
            addWeights(row, k);
          }
        }
      });
    }

    /** The sentence holding {@code offset}, looked for from sentence {@code k} on. */
    private static int sentenceFrom(int[] starts, int k, int offset) {
      while (offset >= starts[k + 1] && k + 2 < starts.length) {
        k++;
      }
      return k;
    }

    private void addWeights(int row, int sentence) {
      for (int c = 0; c < N; c++) {
        sentenceScores[sentence * N + c] += weights[row * N + c];
      }
    }

    private Reading kept(Places cancelled, int keptWords) {
      Reading kept = new Reading(analysis);
      kept.words = keptWords;
      for (int i = 0; i < count; i++) {
        int start = found[3 * i + 1];
        int end = found[3 * i + 2];
        if (!(start >= 0 ? cancelled.cancelled(start, end) : everyHitCancelled(end, cancelled))) {
          kept.add(found[3 * i], start, end);
        }
      }
      kept.finish();
      return kept;
    }

    private boolean everyHitCancelled(int lexicon, Places cancelled) {
      for (Hit hit : analysis.lexiconHits(lexicon)) {
        if (!cancelled.cancelled(hit.start(), hit.end())) {
          return false;
        }
      }
      return true;
    }

    private void finish() {
      for (int c = 0; c < N; c++) {
        scores[c] = logistic(scores[c]);
      }
    }

    public double probability(Category category) {
      return scores[column(category)];
    }

    /** The text reads as {@code category}: its score reaches the category's threshold and it has {@link #MIN_WORDS} words or more. */
    public boolean reaches(Category category) {
      int c = column(category);
      return words >= MIN_WORDS && scores[c] >= thresholds[c];
    }

    /**
     * The places that weighed most towards {@code category}, heaviest first: at most {@code max}, each of weight at
     * least {@code minWeight}. Features at the same place (a word, its pair, its word class) count as one place, their
     * weights added; a place of quiet words only (pronouns, articles, "and I'm") weighs in the score but is not shown.
     */
    public List<Contribution> strongest(Category category, int max, double minWeight) {
      int c = column(category);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        if (weights[found[3 * i] * N + c] > 0) {
          order.add(i);
        }
      }
      order.sort((a, b) -> Float.compare(weights[found[3 * b] * N + c], weights[found[3 * a] * N + c]));
      List<Contribution> places = new ArrayList<>();
      for (int i : order) {
        double weight = weights[found[3 * i] * N + c];
        Contribution place = place(i, weight);
        if (quiet(place)) {
          continue;
        }
        int same = -1;
        for (int p = 0; p < places.size() && same < 0; p++) {
          if (places.get(p).start() < place.end() && place.start() < places.get(p).end()) {
            same = p;
          }
        }
        if (same >= 0) {
          Contribution kept = places.get(same);
          places.set(same, new Contribution(kept.shown(), kept.role(), kept.start(), kept.end(), kept.weight() + weight));
        } else if (places.size() < max) {
          places.add(place);
        }
      }
      places.removeIf(place -> place.weight() < minWeight);
      places.sort((a, b) -> Double.compare(b.weight(), a.weight()));
      return places;
    }

    private Contribution place(int i, double weight) {
      int start = found[3 * i + 1];
      int end = found[3 * i + 2];
      if (start >= 0) {
        return new Contribution("'" + analysis.text().originalText(start, end) + "'", "telling words", start, end, weight);
      }
      Hit first = analysis.lexiconHits(end).get(0);
      String lexicon = lexicons.get(end).name();
      return new Contribution("'" + analysis.text().originalText(first.start(), first.end()) + "' (" + lexicon + ")", "word class " + lexicon,
          first.start(), first.end(), weight);
    }

    /** Whether everything at the place is a quiet word (an emoji or any other word is not). */
    private boolean quiet(Contribution place) {
      boolean any = false;
      for (String token : BETWEEN_WORDS.split(analysis.text().text().substring(place.start(), place.end()))) {
        if (!token.isEmpty()) {
          if (!quietWords.contains(token)) {
            return false;
          }
          any = true;
        }
      }
      return any;
    }
  }
}
