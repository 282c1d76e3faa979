package org.footprint.analysis.identify;
/** TEMPORARY compile stub. */
public record IdentifierMatch(IdentifierType type, int start, int end, String text) {}
