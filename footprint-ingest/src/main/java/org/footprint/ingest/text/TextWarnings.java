package org.footprint.ingest.text;

/** Where decoding reports what it had to guess or repair; the text is still read. */
@FunctionalInterface
public interface TextWarnings {
  void warn(String code, String message);
}
