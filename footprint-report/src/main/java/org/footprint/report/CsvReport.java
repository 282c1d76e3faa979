package org.footprint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Remediation;
import org.footprint.review.ReviewState;

/**
 * Writes a scan's findings as CSV for spreadsheets: a header, then one row per finding in report order (RFC 4180:
 * quoted where needed, CRLF line ends). Lists in a cell (evidence, clauses, remediation) are joined with
 * {@value #LIST_SEPARATOR}. A cell a spreadsheet would run as a formula is defused (see {@link #defused}).
 */
public final class CsvReport {
  public static final List<String> HEADER = List.of("id", "item_id", "platform", "created_at", "kind", "authored_by_self", "audience",
      "involvement", "category", "severity", "confidence", "rule", "message", "evidence", "clauses", "remediation", "permalink",
      "review_decision", "review_note", "review_decided_at", "text");
  static final String LIST_SEPARATOR = " | ";

  private CsvReport() {}

  /** Streams the rows one finding at a time; {@code out} is flushed, not closed. */
  public static void write(ExportScan scan, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
    csv.printRecord(HEADER);
    scan.findings().forEachInOrder(found -> csv.printRecord(row(found.item(), found.finding(), scan.reviews().stateOf(found.item(), found.finding()))));
    csv.flush();
  }

  private static List<String> row(Item item, Finding finding, ReviewState review) {
    return List.of(finding.id(), item.id(), item.platform(), item.createdAt() == null ? "" : item.createdAt().toString(), item.kind().id(),
        String.valueOf(item.authoredBySelf()), item.audience().id(), finding.involvement().id(), finding.category().id(), finding.severity().id(),
        String.valueOf(finding.confidence()), finding.ruleId(), finding.message(),
        finding.evidence().stream().map(EvidenceSpan::text).collect(Collectors.joining(LIST_SEPARATOR)),
        finding.clauses().stream().map(c -> c.code() + " " + c.reference() + (c.verified() ? "" : " (unverified)")).collect(Collectors.joining(LIST_SEPARATOR)),
        finding.remediation().stream().map(Remediation::id).collect(Collectors.joining(LIST_SEPARATOR)),
        nullToEmpty(item.permalink()), review == null ? "" : review.decision().id(), review == null ? "" : nullToEmpty(review.note()),
        review == null ? "" : review.decidedAt().toString(), item.text())
        .stream().map(CsvReport::defused).toList();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /**
   * A cell starting with {@code = + - @} (or a tab or carriage return, which some spreadsheets skip before reading
   * one) is prefixed with {@code '}: user text such as {@code =HYPERLINK(…)} must stay text when the file is opened
   * in a spreadsheet (CSV injection).
   */
  static String defused(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}
