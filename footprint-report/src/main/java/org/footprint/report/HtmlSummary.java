package org.footprint.report;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.footprint.model.Category;
import org.footprint.model.Severity;

/**
 * What the HTML report's summary and filters need, counted in a first pass over the findings: counts by category and
 * severity, by month and by platform, the years and platforms to filter on, review states and the old items.
 * Memory: counts only (and {@link FindingsByTime}'s), never a finding.
 */
final class HtmlSummary {
  final Map<Category, long[]> byCategory = new EnumMap<>(Category.class);
  final TreeMap<YearMonth, Long> byMonth = new TreeMap<>();
  final TreeMap<String, Long> byPlatform = new TreeMap<>();
  final TreeSet<String> years = new TreeSet<>();
  final ReviewCounts reviews = new ReviewCounts();
  final FindingsByTime byTime;
  long findings;
  long undated;

  HtmlSummary(ExportScan scan) throws IOException {
    byTime = new FindingsByTime(scan.scannedAt());
    // The fields beside each rendered finding are all this needs: nothing is parsed (but for reviews, when there are any).
    scan.findings().forEachReportedInOrder(found -> {
      findings++;
      byTime.add(found);
      reviews.add(ReviewJson.stateOf(scan.reviews(), found));
      byCategory.computeIfAbsent(found.category(), c -> new long[Severity.values().length])[found.severity().ordinal()]++;
      byPlatform.merge(found.platform(), 1L, Long::sum);
      years.add(HtmlReport.yearOf(found.createdAt()));
      if (found.createdAt() == null) {
        undated++;
      } else {
        byMonth.merge(YearMonth.from(found.createdAt().atZone(ZoneOffset.UTC)), 1L, Long::sum);
      }
    });
  }

  /** The category × severity table, most serious severity first, with totals. */
  void writeTable(Writer out) throws IOException {
    Severity[] severities = Severity.values();
    out.write("<table><caption>Findings by category and severity</caption><thead><tr><th scope=\"col\">Category</th>");
    for (int s = severities.length - 1; s >= 0; s--) {
      out.write("<th scope=\"col\">" + label(severities[s].id()) + "</th>");
    }
    out.write("<th scope=\"col\">Total</th></tr></thead><tbody>\n");
    long[] totals = new long[severities.length];
    for (Map.Entry<Category, long[]> row : byCategory.entrySet()) {
      out.write("<tr><th scope=\"row\">" + label(row.getKey().id()) + "</th>");
      long sum = 0;
      for (int s = severities.length - 1; s >= 0; s--) {
        long n = row.getValue()[s];
        totals[s] += n;
        sum += n;
        out.write(cell(n));
      }
      out.write("<td>" + sum + "</td></tr>\n");
    }
    out.write("</tbody><tfoot><tr><th scope=\"row\">Total</th>");
    for (int s = severities.length - 1; s >= 0; s--) {
      out.write(cell(totals[s]));
    }
    out.write("<td>" + findings + "</td></tr></tfoot></table>\n");
  }

  private static String cell(long n) {
    return n == 0 ? "<td class=\"zero\">0</td>" : "<td>" + n + "</td>";
  }

  /** A bar per month from the first dated finding's month to the last one's, with its count in a tooltip and a year label each January. */
  void writeMonthChart(Writer out) throws IOException {
    if (byMonth.isEmpty()) {
      out.write("<p>No finding has a date.</p>\n");
      return;
    }
    YearMonth first = byMonth.firstKey();
    YearMonth last = byMonth.lastKey();
    int months = (int) (first.until(last, ChronoUnit.MONTHS) + 1);
    long max = byMonth.values().stream().mapToLong(Long::longValue).max().orElse(1);
    Map.Entry<YearMonth, Long> busiest = byMonth.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    // A few months get wide bars, ten years narrow ones; the chart scales down to the page either way.
    int barWidth = Math.max(6, Math.min(40, 600 / months));
    int chartHeight = 120;
    int width = months * barWidth + 40;
    out.write("<svg role=\"img\" aria-labelledby=\"month-title month-desc\" viewBox=\"0 0 " + width + " " + (chartHeight + 40) + "\" width=\"" + width + "\">");
    out.write("<title id=\"month-title\">Findings by month</title>");
    out.write("<desc id=\"month-desc\">" + HtmlText.escape(String.format(Locale.ROOT, "%,d dated findings from %s to %s; the busiest month is %s with %,d.",
        findings - undated, first, last, busiest.getKey(), busiest.getValue())) + "</desc>\n");
    out.write("<line x1=\"30\" y1=\"" + (chartHeight + 10) + "\" x2=\"" + (width - 5) + "\" y2=\"" + (chartHeight + 10) + "\" stroke=\"#4b5563\"/>");
    out.write("<text x=\"0\" y=\"18\">" + max + "</text><text x=\"0\" y=\"" + (chartHeight + 10) + "\">0</text>\n");
    YearMonth month = first;
    for (int i = 0; i < months; i++, month = month.plusMonths(1)) {
      long n = byMonth.getOrDefault(month, 0L);
      int x = 32 + i * barWidth;
      if (n > 0) {
        int h = (int) Math.max(2, Math.round((double) n * chartHeight / max));
        out.write("<rect class=\"bar\" x=\"" + x + "\" y=\"" + (chartHeight + 10 - h) + "\" width=\"" + (barWidth - 2) + "\" height=\"" + h + "\"><title>"
            + month + ": " + n + (n == 1 ? " finding" : " findings") + "</title></rect>");
      }
      if (month.getMonthValue() == 1 || i == 0) {
        out.write("<text x=\"" + x + "\" y=\"" + (chartHeight + 28) + "\">" + month.getYear() + "</text>");
      }
    }
    out.write("</svg>\n");
    if (undated > 0) {
      out.write("<p>" + undated + (undated == 1 ? " finding has" : " findings have") + " no date.</p>\n");
    }
  }

  /** One horizontal bar per platform, with its name and count written beside it. */
  void writePlatformChart(Writer out) throws IOException {
    if (byPlatform.isEmpty()) {
      return;
    }
    long max = byPlatform.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int rowHeight = 24;
    int height = byPlatform.size() * rowHeight + 8;
    out.write("<svg role=\"img\" aria-labelledby=\"platform-title\" viewBox=\"0 0 640 " + height + "\" width=\"640\">");
    StringBuilder description = new StringBuilder("Findings by platform: ");
    byPlatform.forEach((platform, n) -> description.append(platform).append(' ').append(n).append("; "));
    out.write("<title id=\"platform-title\">" + HtmlText.escape(description.substring(0, description.length() - 2)) + "</title>\n");
    int y = 4;
    for (Map.Entry<String, Long> platform : byPlatform.entrySet()) {
      int w = (int) Math.max(2, Math.round(platform.getValue() * 400.0 / max));
      out.write("<text x=\"0\" y=\"" + (y + 15) + "\">" + HtmlText.escape(platform.getKey()) + "</text>");
      out.write("<rect class=\"bar\" x=\"110\" y=\"" + (y + 3) + "\" width=\"" + w + "\" height=\"16\"/>");
      out.write("<text x=\"" + (116 + w) + "\" y=\"" + (y + 15) + "\">" + platform.getValue() + "</text>\n");
      y += rowHeight;
    }
    out.write("</svg>\n");
  }

  /** "false-positive" → "False positive". */
  static String label(String id) {
    String words = id.replace('-', ' ');
    return HtmlText.escape(words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1));
  }
}
