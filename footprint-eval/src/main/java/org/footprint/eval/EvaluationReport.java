package org.footprint.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.footprint.model.Category;

/**
 * The result of one evaluation run. Immutable. Accessors return unrounded values; {@link #toJson()} and
 * {@link #toTable()} round for display: scores to 4 decimals, posts per second to 1, always in plain notation
 * (e.g. {@code 0.5000}, never {@code 1.0E-4}).
 */
public final class EvaluationReport {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /** Confusion counts with the derived scores; every score is 0 where its denominator is 0. */
  public record Scores(long tp, long fp, long fn) {
    public double precision() {
      return EvaluationReport.ratio(tp, tp + fp);
    }

    public double recall() {
      return EvaluationReport.ratio(tp, tp + fn);
    }

    /** Harmonic mean of precision and recall, i.e. 2tp / (2tp + fp + fn); 0 when tp is 0. */
    public double f1() {
      return EvaluationReport.ratio(2 * tp, 2 * tp + fp + fn);
    }
  }

  /** One category's counts: support is the number of rows carrying the gold label. */
  public record CategoryScores(Category category, long support, long tp, long fp, long fn) {
    public Scores scores() {
      return new Scores(tp, fp, fn);
    }

    public double precision() {
      return scores().precision();
    }

    public double recall() {
      return scores().recall();
    }

    public double f1() {
      return scores().f1();
    }
  }

  private final long rows;
  private final long skippedRows;
  private final Map<Category, CategoryScores> categories;
  private final Scores any;
  private final long benignFlaggedMedium;
  private final double postsPerSecond;
  private final Scores evidence;
  private final SortedMap<String, Long> unknownLabels;

  EvaluationReport(Accumulator totals, long judgingNanos, boolean withEvidence) {
    this.rows = totals.rows;
    this.skippedRows = totals.skipped;
    EnumMap<Category, CategoryScores> byCategory = new EnumMap<>(Category.class);
    for (Category category : Labels.CATEGORIES) {
      int i = category.ordinal();
      byCategory.put(category,
          new CategoryScores(category, totals.support[i], totals.tp[i], totals.fp[i], totals.fn[i]));
    }
    this.categories = Collections.unmodifiableMap(byCategory);
    long labelled = 0;
    for (Category category : Labels.CATEGORIES) {
      if (totals.support[category.ordinal()] > 0) {
        labelled |= 1L << category.ordinal();
      }
    }
    long[] anyCounts = totals.anyCounts(labelled);
    this.any = new Scores(anyCounts[0], anyCounts[1], anyCounts[2]);
    this.benignFlaggedMedium = totals.benignFlaggedMedium;
    this.postsPerSecond = judgingNanos <= 0 ? 0.0 : totals.rows / (judgingNanos / 1e9);
    this.evidence = withEvidence ? new Scores(totals.tokenTp, totals.tokenFp, totals.tokenFn) : null;
    this.unknownLabels = Collections.unmodifiableSortedMap(new TreeMap<>(totals.unknownLabels));
  }

  /** Rows judged (header and skipped rows excluded). */
  public long rows() {
    return rows;
  }

  /** Lines with fewer than three tab-separated fields. */
  public long skippedRows() {
    return skippedRows;
  }

  /** Every category of the enum, in enum order. */
  public Map<Category, CategoryScores> categories() {
    return categories;
  }

  public CategoryScores category(Category category) {
    return categories.get(category);
  }

  /** Mean F1 over the categories with support in the file; 0 when none has. */
  public double macroF1() {
    double sum = 0;
    int counted = 0;
    for (CategoryScores scores : categories.values()) {
      if (scores.support() > 0) {
        sum += scores.f1();
        counted++;
      }
    }
    return counted == 0 ? 0.0 : sum / counted;
  }

  /** Counts summed over the categories with support in the file (predictions for other categories are left out). */
  public Scores micro() {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (CategoryScores scores : categories.values()) {
      if (scores.support() > 0) {
        tp += scores.tp();
        fp += scores.fp();
        fn += scores.fn();
      }
    }
    return new Scores(tp, fp, fn);
  }

  public double microF1() {
    return micro().f1();
  }

  /**
   * "Row has any gold label" against "row has a finding at low or above in a category the file labels":
   * a data set says nothing about the categories it never labels.
   */
  public Scores any() {
    return any;
  }

  /** Rows without (known) gold labels that got a finding at medium or above. */
  public long benignFlaggedMedium() {
    return benignFlaggedMedium;
  }

  /** Rows judged per wall-clock second of the reading and judging phase. */
  public double postsPerSecond() {
    return postsPerSecond;
  }

  /** Token-level evidence agreement; present only when a spans file was given. */
  public Optional<Scores> evidence() {
    return Optional.ofNullable(evidence);
  }

  /** Unknown label names (lower-cased) and how often each occurred, sorted by name. */
  public SortedMap<String, Long> unknownLabels() {
    return unknownLabels;
  }

  /** Exactly one JSON object on one line, no trailing newline. */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("rows", rows);
    Map<String, Object> byCategory = new LinkedHashMap<>();
    for (CategoryScores scores : categories.values()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("support", scores.support());
      one.put("tp", scores.tp());
      one.put("fp", scores.fp());
      one.put("fn", scores.fn());
      one.put("precision", round4(scores.precision()));
      one.put("recall", round4(scores.recall()));
      one.put("f1", round4(scores.f1()));
      byCategory.put(scores.category().id(), one);
    }
    root.put("categories", byCategory);
    root.put("macro_f1", round4(macroF1()));
    root.put("micro_f1", round4(microF1()));
    Map<String, Object> anyJson = new LinkedHashMap<>();
    anyJson.put("precision", round4(any.precision()));
    anyJson.put("recall", round4(any.recall()));
    anyJson.put("f1", round4(any.f1()));
    root.put("any", anyJson);
    root.put("benign_flagged_medium", benignFlaggedMedium);
    root.put("posts_per_second", round(postsPerSecond, 1));
    if (evidence != null) {
      Map<String, Object> evidenceJson = new LinkedHashMap<>();
      evidenceJson.put("token_precision", round4(evidence.precision()));
      evidenceJson.put("token_recall", round4(evidence.recall()));
      evidenceJson.put("token_f1", round4(evidence.f1()));
      root.put("evidence", evidenceJson);
    }
    if (skippedRows > 0) {
      root.put("skipped_rows", skippedRows);
    }
    if (!unknownLabels.isEmpty()) {
      root.put("unknown_labels", new LinkedHashMap<>(unknownLabels));
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixed-width table for people, followed by the summary figures; ends with a newline. */
  public String toTable() {
    StringBuilder out = new StringBuilder(2048);
    String header = String.format(Locale.ROOT, "%-18s %9s %9s %9s %9s %9s %9s %9s%n",
        "category", "support", "tp", "fp", "fn", "precision", "recall", "f1");
    out.append(header);
    out.append("-".repeat(header.strip().length())).append(System.lineSeparator());
    boolean anyUnsupported = false;
    for (CategoryScores scores : categories.values()) {
      String name = scores.category().id();
      if (scores.support() == 0) {
        name += " *";
        anyUnsupported = true;
      }
      out.append(String.format(Locale.ROOT, "%-18s %9d %9d %9d %9d %9.4f %9.4f %9.4f%n",
          name, scores.support(), scores.tp(), scores.fp(), scores.fn(),
          scores.precision(), scores.recall(), scores.f1()));
    }
    if (anyUnsupported) {
      out.append(String.format(Locale.ROOT, "* no gold rows in this file: left out of macro and micro F1%n"));
    }
    out.append(System.lineSeparator());
    out.append(String.format(Locale.ROOT, "%-26s %.4f%n", "macro F1", macroF1()));
    out.append(String.format(Locale.ROOT, "%-26s %.4f%n", "micro F1", microF1()));
    out.append(String.format(Locale.ROOT, "%-26s precision %.4f  recall %.4f  f1 %.4f%n", "any label",
        any.precision(), any.recall(), any.f1()));
    if (evidence != null) {
      out.append(String.format(Locale.ROOT, "%-26s precision %.4f  recall %.4f  f1 %.4f%n", "evidence tokens",
          evidence.precision(), evidence.recall(), evidence.f1()));
    }
    out.append(String.format(Locale.ROOT, "%-26s %d%n", "benign flagged medium+", benignFlaggedMedium));
    out.append(String.format(Locale.ROOT, "%-26s %d%n", "rows", rows));
    if (skippedRows > 0) {
      out.append(String.format(Locale.ROOT, "%-26s %d%n", "skipped rows (malformed)", skippedRows));
    }
    if (!unknownLabels.isEmpty()) {
      List<String> parts = new ArrayList<>();
      unknownLabels.forEach((name, count) -> parts.add(name + "=" + count));
      out.append(String.format(Locale.ROOT, "%-26s %s%n", "unknown labels (ignored)", String.join(", ", parts)));
    }
    out.append(String.format(Locale.ROOT, "%-26s %.1f%n", "posts per second", postsPerSecond));
    return out.toString();
  }

  @Override
  public String toString() {
    return toJson();
  }

  static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }

  private static BigDecimal round4(double value) {
    return round(value, 4);
  }

  private static BigDecimal round(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      value = 0.0;
    }
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }
}
