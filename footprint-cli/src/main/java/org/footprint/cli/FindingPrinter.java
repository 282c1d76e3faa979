package org.footprint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.footprint.model.Clause;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;

/** Prints findings for people: the post with its evidence highlighted, why, the clauses and what to do. */
final class FindingPrinter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String HIGHLIGHT = "\u001b[1;4;31m";
  private static final int ELSEWHERE_SHOWN = 12;

  private final PrintWriter out;
  private final boolean colour;

  FindingPrinter(PrintWriter out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  /** Colour only when writing to a terminal and the user has not asked for none (NO_COLOR). */
  static boolean colourWanted() {
    return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
  }

  void print(String text, Finding finding) {
    out.println(style(BOLD, label(finding.severity()) + " " + finding.category().id()) + "  " + finding.message() + "  [" + finding.ruleId() + "]");
    List<EvidenceSpan> own = finding.evidence().stream().filter(span -> span.itemId() == null).toList();
    out.println("    " + highlight(text, own.stream().filter(span -> span.end() > span.start()).toList()));
    // A photo's evidence is what its metadata shows, not a part of the text.
    own.stream().filter(span -> span.end() == span.start()).forEach(span -> out.println("    this item: " + span.text() + " (" + span.role() + ")"));
    printElsewhere(finding.evidence());
    out.println("    Why: " + finding.explanation());
    if (!finding.clauses().isEmpty()) {
      out.println("    Code: " + finding.clauses().stream().map(FindingPrinter::clause).collect(Collectors.joining("; ")));
    }
    out.println("    Fix: " + finding.remediation().stream().map(Remediation::advice).collect(Collectors.joining("; ")) + ".");
    if (finding.suggestion() != null) {
      out.println("    Suggestion: " + finding.suggestion());
    }
  }

  /** A cross-item finding's evidence in its other items, one line each, up to {@value #ELSEWHERE_SHOWN} (the report has all). */
  private void printElsewhere(List<EvidenceSpan> evidence) {
    List<EvidenceSpan> elsewhere = evidence.stream().filter(span -> span.itemId() != null).toList();
    for (EvidenceSpan span : elsewhere.subList(0, Math.min(ELSEWHERE_SHOWN, elsewhere.size()))) {
      out.println("    also " + span.itemId() + ": " + (span.start() == span.end() ? span.text() : style(HIGHLIGHT, "»" + span.text() + "«"))
          + " (" + span.role() + ")");
    }
    if (elsewhere.size() > ELSEWHERE_SHOWN) {
      out.println("    … and " + (elsewhere.size() - ELSEWHERE_SHOWN) + " more in other items: see the report.");
    }
  }

  private static String label(Severity severity) {
    return severity.id().toUpperCase(java.util.Locale.ROOT);
  }

  private static String clause(Clause clause) {
    return clause.code() + " " + clause.reference() + " (" + clause.summary() + ")";
  }

  /** The text with each evidence span marked: ANSI colour on a terminal, »…« otherwise. */
  String highlight(String text, List<EvidenceSpan> evidence) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (EvidenceSpan span : evidence.stream().sorted(java.util.Comparator.comparingInt(EvidenceSpan::start)).toList()) {
      if (span.start() < at) {
        continue;
      }
      out.append(text, at, span.start());
      out.append(colour ? HIGHLIGHT : "»").append(text, span.start(), span.end()).append(colour ? RESET : "«");
      at = span.end();
    }
    out.append(text.substring(at));
    return out.toString().replace('\n', ' ');
  }

  private String style(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
