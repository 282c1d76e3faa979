package org.footprint.ingest.spi;

/**
 * Reads one platform's export layout into items. Implementations are stateless, found with
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services/org.footprint.ingest.spi.ExportReader}),
 * and know nothing of analysis.
 */
public interface ExportReader {
  /** Lower-case platform id used in items and reports, e.g. {@code twitter}, {@code facebook}. */
  String platform();

  /**
   * How sure this reader is that it can read {@code tree}, judged from entry names and, where names are
   * not enough, the first bytes of a file (a CSV header, a JSON key): 0 when not at all, up to 100 when
   * the layout is unmistakable. The reader with the highest score reads the tree.
   */
  int detect(ExportTree tree);

  /** Reads every item of the export into {@code context}; broken entries become problems, not exceptions. */
  void read(ExportTree tree, ReadContext context);
}
