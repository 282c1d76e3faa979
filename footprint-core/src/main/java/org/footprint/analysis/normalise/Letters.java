package org.footprint.analysis.normalise;

/**
 * {@link Character#isLetter(char)} from a table: the scanners ask it of every character around a match, and for
 * characters beyond Latin-1 (emoji halves, above all) the JDK's answer takes several lookups. 8 KB, built once.
 */
public final class Letters {
  private static final long[] LETTERS = table();

  private Letters() {}

  public static boolean isLetter(char c) {
    return (LETTERS[c >>> 6] & (1L << c)) != 0;
  }

  private static long[] table() {
    long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetter((char) c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }
}
