package org.footprint.analysis.identify;
import java.util.List;
/** TEMPORARY compile stub. */
public final class IdentifierScanner { public List<IdentifierMatch> scan(String text) { return List.of(); } }
