package org.footprint.ingest;

import java.util.List;

/**
 * The outcome of reading a set of inputs.
 *
 * @param sources every export found, in input order (a zip's nested zips after it)
 * @param items items read in all
 */
public record IngestSummary(List<SourceStats> sources, long items) {
  public IngestSummary {
    sources = List.copyOf(sources);
  }

  /** Every problem of every source, in source order. */
  public List<Problem> problems() {
    return sources.stream().flatMap(source -> source.problems().stream()).toList();
  }

  /** True when not a single item was read and no export was read cleanly: the scan had nothing to work on. */
  public boolean nothingRead() {
    return items == 0 && sources.stream().noneMatch(SourceStats::readCleanly);
  }
}
