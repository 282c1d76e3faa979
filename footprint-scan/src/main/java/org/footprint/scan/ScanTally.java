package org.footprint.scan;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.report.ItemFinding;
import org.footprint.report.ReportedFinding;
import org.footprint.review.ReviewDecision;
import org.footprint.review.ReviewState;

/**
 * What the text summary of a scan prints, gathered in one pass over the findings in report order: counts per
 * platform, category and severity, and the first {@code shown} items with all their findings; then, apart, the
 * strengths: counted by rule, the first {@code shown} kept. Memory stays that of the counts and the shown items,
 * however many findings there are.
 */
public final class ScanTally {
  /** One platform's findings, counted by severity and by category in the order each first appears. */
  public static final class PlatformCounts {
    private long findings;
    private final Map<String, Long> bySeverity = new LinkedHashMap<>();
    private final Map<String, Long> byCategory = new LinkedHashMap<>();

    public long findings() {
      return findings;
    }

    public Map<String, Long> bySeverity() {
      return Collections.unmodifiableMap(bySeverity);
    }

    public Map<String, Long> byCategory() {
      return Collections.unmodifiableMap(byCategory);
    }
  }

  /** An item the text output shows, with its findings in report order. */
  public record ShownItem(Item item, List<Finding> findings) {}

  private final int shown;
  private final Set<String> crossItemRules;
  /** Findings about the whole history (a handful, whatever its size): all shown, in a section of their own. */
  private final List<ShownItem> acrossItems = new ArrayList<>();
  private long findings;
  private final Map<String, PlatformCounts> byPlatform = new LinkedHashMap<>();
  private final Map<Category, long[]> table = new EnumMap<>(Category.class);
  /** Shown items by the user's involvement, so what others wrote or the user only endorsed is never mixed with their own. */
  private final Map<Involvement, Map<String, ShownItem>> shownItems = new EnumMap<>(Involvement.class);
  private final Map<Involvement, Long> byInvolvement = new EnumMap<>(Involvement.class);
  private long strengths;
  private final Map<String, Long> strengthsByRule = new LinkedHashMap<>();
  private final List<ItemFinding> shownStrengths = new ArrayList<>();
  /** Findings the user already reviewed (their item unchanged since), by decision: never behind --fail-on. */
  private final Map<ReviewDecision, Long> reviewed = new EnumMap<>(ReviewDecision.class);
  private Severity highestOpen;

  /** @param crossItemRules ids of the rules that judge the whole history */
  public ScanTally(int shown, Set<String> crossItemRules) {
    this.shown = shown;
    this.crossItemRules = crossItemRules;
  }

  /**
   * Counts one finding with its review: an open one always, a reviewed one apart by its decision, and with the open
   * ones too only when {@code showReviewed}.
   */
  public void add(ReportedFinding found, ReviewState review, boolean showReviewed) {
    if (review == null) {
      Severity severity = found.severity();
      highestOpen = highestOpen == null || severity.atLeast(highestOpen) ? severity : highestOpen;
      add(found);
    } else {
      reviewed.merge(review.decision(), 1L, Long::sum);
      if (showReviewed) {
        add(found);
      }
    }
  }

  /** The most serious open finding's severity, or null when none is open. */
  public Severity highestOpen() {
    return highestOpen;
  }

  /** Findings already reviewed, by decision, in the decisions' order (only those with one or more). */
  public Map<ReviewDecision, Long> reviewedByDecision() {
    return Collections.unmodifiableMap(reviewed);
  }

  public long reviewed() {
    return reviewed.values().stream().mapToLong(Long::longValue).sum();
  }

  /** e.g. {@code keep 3, false-positive 2}, in the decisions' order. */
  public String reviewedCounts() {
    return reviewed.entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  /**
   * Counts one finding; the first {@code shown} items met (those of the most serious findings) are kept whole, and
   * only their findings are read back from the report's JSON.
   */
  private void add(ReportedFinding found) {
    findings++;
    PlatformCounts platform = byPlatform.computeIfAbsent(found.platform(), p -> new PlatformCounts());
    platform.findings++;
    platform.bySeverity.merge(found.severity().id(), 1L, Long::sum);
    platform.byCategory.merge(found.category().id(), 1L, Long::sum);
    table.computeIfAbsent(found.category(), c -> new long[Severity.values().length])[found.severity().ordinal()]++;
    byInvolvement.merge(found.involvement(), 1L, Long::sum);
    if (crossItemRules.contains(found.ruleId())) {
      ItemFinding whole = found.parsed();
      acrossItems.add(new ShownItem(whole.item(), List.of(whole.finding())));
      return;
    }
    Map<String, ShownItem> section = shownItems.computeIfAbsent(found.involvement(), i -> new LinkedHashMap<>());
    ShownItem item = section.get(found.itemId());
    if (item == null && section.size() >= shown) {
      return;
    }
    ItemFinding whole = found.parsed();
    if (item == null) {
      item = new ShownItem(whole.item(), new ArrayList<>());
      section.put(found.itemId(), item);
    }
    item.findings().add(whole.finding());
  }

  public long findings() {
    return findings;
  }

  /** Counts one strength (never a finding); the first {@code shown} are kept to print. */
  public void addStrength(ReportedFinding found) {
    strengths++;
    strengthsByRule.merge(found.ruleId(), 1L, Long::sum);
    if (shownStrengths.size() < shown) {
      shownStrengths.add(found.parsed());
    }
  }

  public long strengths() {
    return strengths;
  }

  /** e.g. {@code strength.learning 4, strength.advocacy 1}, in the order of first appearance. */
  public String strengthCounts() {
    return counts(strengthsByRule);
  }

  public List<ItemFinding> shownStrengths() {
    return List.copyOf(shownStrengths);
  }

  /** The platform's counts, empty when none of its items has a finding. */
  public PlatformCounts platform(String platform) {
    return byPlatform.getOrDefault(platform, new PlatformCounts());
  }

  /** The items to show of one involvement, in the order of their most serious finding. */
  public List<ShownItem> shownItems(Involvement involvement) {
    return List.copyOf(shownItems.getOrDefault(involvement, Map.of()).values());
  }

  /** The findings about the whole history, most serious first, each with the most recent item it draws on. */
  public List<ShownItem> acrossItems() {
    return List.copyOf(acrossItems);
  }

  /** How many items are shown in all. */
  public int shownCount() {
    return shownItems.values().stream().mapToInt(Map::size).sum();
  }

  /** Findings by involvement, e.g. {@code authored 40, endorsed 3}, in the enum's order. */
  public String involvementCounts() {
    return byInvolvement.entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  /** e.g. {@code high 2, medium 5}, in the order of first appearance. */
  public static String counts(Map<String, Long> counted) {
    return counted.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  /** The findings counted, by severity, most serious first (only severities with one or more). */
  public Map<Severity, Long> bySeverity() {
    Map<Severity, Long> counted = new LinkedHashMap<>();
    for (int i = Severity.values().length - 1; i >= 0; i--) {
      int column = i;
      long count = table.values().stream().mapToLong(row -> row[column]).sum();
      if (count > 0) {
        counted.put(Severity.values()[i], count);
      }
    }
    return counted;
  }

  /** The findings counted, by category, in the categories' order (only categories with one or more). */
  public Map<Category, Long> byCategory() {
    Map<Category, Long> counted = new EnumMap<>(Category.class);
    table.forEach((category, row) -> counted.put(category, Arrays.stream(row).sum()));
    return counted;
  }

  /** Findings counted by category and severity, one row per category. */
  public void printTable(PrintWriter out) {
    out.printf("%-16s", "category");
    for (Severity severity : Severity.values()) {
      out.printf("%9s", severity.id());
    }
    out.printf("%9s%n", "total");
    for (Category category : Category.risks()) {
      long[] row = table.getOrDefault(category, new long[Severity.values().length]);
      out.printf("%-16s", category.id());
      long total = 0;
      for (long count : row) {
        out.printf("%9d", count);
        total += count;
      }
      out.printf("%9d%n", total);
    }
  }
}
