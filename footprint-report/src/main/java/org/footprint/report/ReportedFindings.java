package org.footprint.report;

import java.io.IOException;

/**
 * The findings of a scan, each with its item, in {@link ItemFinding#REPORT_ORDER}; they can be read more than once.
 * A sink that writes the scan's JSON reads them as rendered ({@link #forEachReportedInOrder}); one that needs the
 * finding and item as objects reads them parsed ({@link #forEachInOrder}).
 */
@FunctionalInterface
public interface ReportedFindings {
  void forEachInOrder(Visitor visitor) throws IOException;

  /** The same findings as rendered for the report; what keeps them rendered (a {@link FindingSpill}) does not render them again. */
  default void forEachReportedInOrder(ReportedVisitor visitor) throws IOException {
    forEachInOrder(found -> visitor.visit(ReportedFinding.of(found)));
  }

  /** Called once per finding, in report order. */
  @FunctionalInterface
  interface Visitor {
    void visit(ItemFinding finding) throws IOException;
  }

  /** Called once per rendered finding, in report order. */
  @FunctionalInterface
  interface ReportedVisitor {
    void visit(ReportedFinding finding) throws IOException;
  }
}
