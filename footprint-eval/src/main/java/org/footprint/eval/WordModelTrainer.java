package org.footprint.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.footprint.analysis.Analyzer;
import org.footprint.analysis.context.TextAnalysis;
import org.footprint.analysis.identify.IdentifierScanner;
import org.footprint.analysis.learn.WordFeatures;
import org.footprint.analysis.learn.WordModel;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.policy.PolicyPack;
import org.footprint.rules.Rule;
import org.footprint.rules.RuleCatalogue;
import org.footprint.rules.RuleKind;

/**
 * Trains the word model of the learned rules on labelled posts (the TSV shape {@code footprint eval} reads): a
 * logistic regression per category by AdaGrad with L2, rows in a seeded order, so the same files give the same model
 * on any machine. Each category's threshold is the one at which the model best adds to the other rules: the F1 of
 * "a rule fired or the model reached the threshold", on out-of-fold readings (each row read by a model trained
 * without it), the middle of the thresholds that tie for best winning, and "never" when the model adds nothing.
 */
public final class WordModelTrainer {
  private static final List<Category> CATEGORIES = Category.risks();
  private static final int N = CATEGORIES.size();
  private static final String BIAS = "";

  /**
   * How the model is fitted. {@code minRows}: a feature must occur in at least that many training rows to get a
   * weight (a word pair seen once or twice says little and, as most features are such pairs, costs the reading most of
   * its memory traffic). Three rows, not two: at 7,650 training rows the model has 12,694 features instead of 21,076,
   * and the twelve older blind files scored 0.8765 against 0.8743 (docs/ACCURACY.md).
   */
  public record Settings(int epochs, double l2, double rate, int folds, long seed, int minRows) {
    public static final Settings DEFAULT = new Settings(15, 1e-3, 0.3, 5, 11, 3);
  }

  /**
   * One labelled row as the trainer sees it: its features' names, its labels and what the other rules found, as category
   * masks, and whether it has the words the model needs to report ({@link WordModel#MIN_WORDS}): a shorter row still
   * teaches the weights, but at any threshold the model says nothing of it.
   */
  record Example(String[] features, long labels, long rules, boolean readable) {}

  /** A trained model and how it was measured, before it is written. */
  public record Trained(List<String> comments, double[] thresholds, double[] bias, Map<String, double[]> weights) {
    public void write(Writer out) throws IOException {
      WordModel.write(out, comments, thresholds, bias, weights);
    }
  }

  private final RuleCatalogue catalogue;
  private final Analyzer rulesOnly;
  private final IdentifierScanner identifiers = new IdentifierScanner();
  private final long[] lexiconKeys;
  private final Settings settings;

  public WordModelTrainer(RuleCatalogue catalogue, PolicyPack pack, Settings settings) {
    this.catalogue = catalogue;
    this.settings = settings;
    this.rulesOnly = new Analyzer(catalogue, pack,
        catalogue.rules().stream().filter(r -> r.kind() == RuleKind.LEARNED).map(Rule::id).collect(java.util.stream.Collectors.toSet()), List.of());
    this.lexiconKeys = WordFeatures.lexiconKeys(catalogue.lexicons());
  }

  /** Trains on every row of {@code files}; a row that cannot be read stops the training with the file and line named. */
  public Trained train(List<Path> files) throws IOException {
    List<Example> examples = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    comments.add("Footprint's word model, for the learned rules: written by `footprint train`, do not edit by hand.");
    StringBuilder sources = new StringBuilder("trained on");
    for (Path file : files) {
      int before = examples.size();
      read(file, examples);
      sources.append(' ').append(file.getFileName()).append(" (").append(examples.size() - before).append(" rows)");
    }
    if (examples.size() < settings.folds()) {
      throw new IllegalArgumentException(files + ": " + examples.size() + " labelled rows; training needs at least " + settings.folds());
    }
    comments.add(sources.append(": ").append(examples.size()).append(" rows").toString());
    comments.add(String.format(Locale.ROOT, "settings: %d epochs, L2 %s, rate %s, %d folds, seed %d, features in at least %d rows", settings.epochs(),
        settings.l2(), settings.rate(), settings.folds(), settings.seed(), settings.minRows()));
    double[][] outOfFold = new double[examples.size()][];
    for (int fold = 0; fold < settings.folds(); fold++) {
      List<Example> training = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (i % settings.folds() != fold) {
          training.add(examples.get(i));
        }
      }
      Map<String, double[]> weights = fit(training, rowsHolding(training), settings.seed() + fold);
      for (int i = fold; i < examples.size(); i += settings.folds()) {
        outOfFold[i] = probabilities(weights, examples.get(i).features());
      }
    }
    double[] thresholds = new double[N];
    StringBuilder measured = new StringBuilder("out-of-fold F1, the other rules alone -> with the model at its threshold (1.00: never):");
    for (int c = 0; c < N; c++) {
      double rulesAlone = f1(examples, outOfFold, c, Double.POSITIVE_INFINITY);
      double best = rulesAlone;
      int lowest = -1;
      int highest = -1;
      // from 0.50 up: a finding never says the model thinks the category less likely than not
      for (int step = 19; step >= 10; step--) {
        double f1 = f1(examples, outOfFold, c, step * 0.05);
        if (f1 > best + 1e-9) {
          best = f1;
          lowest = step;
          highest = step;
        } else if (lowest >= 0 && f1 > best - 1e-9) {
          lowest = step;
        }
      }
      // the middle of the best thresholds: on well-separated rows a whole range is best, and its top edge fits the training rows too tightly
      thresholds[c] = highest < 0 ? 1 : (lowest + highest) / 2 * 0.05;
      measured.append(String.format(Locale.ROOT, " %s %.3f -> %.3f (%.2f)", CATEGORIES.get(c).id(), rulesAlone, best, thresholds[c]));
    }
    comments.add(measured.toString());
    Map<String, Integer> rows = rowsHolding(examples);
    Map<String, double[]> weights = fit(examples, rows, settings.seed());
    double[] bias = weights.remove(BIAS);
    return new Trained(comments, thresholds, bias, commonestFirst(weights, rows));
  }

  /**
   * The features in the order of how many training rows hold them, most first (then by name): the model's rows follow
   * the file, so the weights of the words most posts hold share a few cache lines instead of lying anywhere in ~760 KB.
   */
  private static Map<String, double[]> commonestFirst(Map<String, double[]> weights, Map<String, Integer> rows) {
    List<String> names = new ArrayList<>(weights.keySet());
    names.sort(Comparator.comparing((String name) -> -rows.get(name)).thenComparing(Comparator.naturalOrder()));
    Map<String, double[]> ordered = new LinkedHashMap<>();
    names.forEach(name -> ordered.put(name, weights.get(name)));
    return ordered;
  }

  private void read(Path file, List<Example> examples) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = reader.readLine();
      int number = 1;
      if (line != null && !Evaluator.isHeader(line)) {
        examples.add(example(file, number, line));
      }
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          examples.add(example(file, number, line));
        }
      }
    }
  }

  private Example example(Path file, int number, String line) {
    String[] fields = line.split("\t", 4);
    if (fields.length < 3) {
      throw new IllegalArgumentException(file + " line " + number + ": expected id<TAB>labels<TAB>text");
    }
    long labels = Labels.parse(fields[1], 0, fields[1].length(), null);
    if (labels < 0) {
      throw new IllegalArgumentException(file + " line " + number + ": unknown label in '" + fields[1] + "'");
    }
    long rules = 0;
    for (Finding finding : rulesOnly.analyzeText(fields[0], fields[2])) {
      if (Evaluator.predicts(finding)) {
        rules |= 1L << CATEGORIES.indexOf(finding.category());
      }
    }
    TreeSet<String> names = new TreeSet<>();
    int words = features(fields[2], names);
    return new Example(names.toArray(String[]::new), labels, rules, words >= WordModel.MIN_WORDS);
  }

  /** Adds the names of a text's features to {@code names} (each once, in name order); returns its number of words as the model counts them. */
  private int features(String text, TreeSet<String> names) {
    TextAnalysis analysis = new TextAnalysis(catalogue.normaliser().normalise(text), catalogue.lexicons(), identifiers);
    char[] chars = analysis.text().chars();
    int[] words = new int[1];
    WordFeatures.extract(analysis, catalogue.lexicons(), lexiconKeys, new WordFeatures.Sink() {
      @Override
      public void word(long key, int start, int end) {
        words[0]++;
        names.add(WordFeatures.WORD + new String(chars, start, end - start));
      }

      @Override
      public void pair(long key, int firstStart, int firstEnd, int secondStart, int secondEnd) {
        names.add(WordFeatures.PAIR + new String(chars, firstStart, firstEnd - firstStart) + " " + new String(chars, secondStart, secondEnd - secondStart));
      }

      @Override
      public void lexicon(long key, int lexicon) {
        names.add(WordFeatures.LEXICON + catalogue.lexicons().get(lexicon).name());
      }
    });
    return words[0];
  }

  /** By feature name, how many of {@code examples} hold it. */
  private static Map<String, Integer> rowsHolding(List<Example> examples) {
    Map<String, Integer> rows = new HashMap<>();
    for (Example example : examples) {
      for (String feature : example.features()) {
        rows.merge(feature, 1, Integer::sum);
      }
    }
    return rows;
  }

  /**
   * AdaGrad on the logistic loss with L2, every category at once; the bias is the feature named {@link #BIAS}.
   * {@code rows}: {@link #rowsHolding} of {@code examples}.
   */
  private Map<String, double[]> fit(List<Example> examples, Map<String, Integer> rows, long seed) {
    Map<String, double[]> weights = new HashMap<>();
    Map<String, double[]> squares = new HashMap<>();
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(seed);
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      Collections.shuffle(order, random);
      for (Example example : order) {
        double[] p = probabilities(weights, example.features());
        for (int f = -1; f < example.features().length; f++) {
          String name = f < 0 ? BIAS : example.features()[f];
          if (f >= 0 && rows.get(name) < settings.minRows()) {
            continue;
          }
          double[] w = weights.computeIfAbsent(name, k -> new double[N]);
          double[] g = squares.computeIfAbsent(name, k -> new double[N]);
          for (int c = 0; c < N; c++) {
            double y = (example.labels() >>> c & 1) == 1 ? 1 : 0;
            double gradient = p[c] - y + settings.l2() * w[c];
            g[c] += gradient * gradient;
            w[c] -= settings.rate() * gradient / StrictMath.sqrt(g[c] + 1e-8);
          }
        }
      }
    }
    return weights;
  }

  private static double[] probabilities(Map<String, double[]> weights, String[] features) {
    double[] z = new double[N];
    add(z, weights.get(BIAS));
    for (String feature : features) {
      add(z, weights.get(feature));
    }
    for (int c = 0; c < N; c++) {
      z[c] = 1 / (1 + StrictMath.exp(-z[c]));
    }
    return z;
  }

  private static void add(double[] z, double[] w) {
    if (w != null) {
      for (int c = 0; c < N; c++) {
        z[c] += w[c];
      }
    }
  }

  private static double f1(List<Example> examples, double[][] probabilities, int c, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < examples.size(); i++) {
      boolean gold = (examples.get(i).labels() >>> c & 1) == 1;
      boolean predicted = (examples.get(i).rules() >>> c & 1) == 1 || examples.get(i).readable() && probabilities[i][c] >= threshold;
      if (predicted && gold) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (gold) {
        fn++;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
