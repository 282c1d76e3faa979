package org.footprint.analysis.match;

/**
 * One place in a normalised text where a source (a lexicon entry, a signal, an identifier, a target)
 * was found.
 *
 * @param start normalised start offset
 * @param end normalised end offset (exclusive)
 * @param source the source's name, e.g. {@code insults} or {@code signal:age}
 * @param term what was matched, normalised (the lexicon term, or the identifier type)
 * @param entryId the lexicon entry id, or the signal/identifier id
 * @param weight the entry's weight (1 for signals and identifiers)
 */
public record Hit(int start, int end, String source, String term, String entryId, double weight) {

  public boolean overlaps(Hit other) {
    return start < other.end && other.start < end;
  }

  public boolean within(Hit other) {
    return other.start <= start && end <= other.end;
  }
}
