package org.footprint.report;

import java.io.IOException;

/** The findings of a scan, each with its item, in {@link ItemFinding#REPORT_ORDER}; they can be read more than once. */
@FunctionalInterface
public interface ReportedFindings {
  void forEachInOrder(Visitor visitor) throws IOException;

  /** Called once per finding, in report order. */
  @FunctionalInterface
  interface Visitor {
    void visit(ItemFinding finding) throws IOException;
  }
}
