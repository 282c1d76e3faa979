package org.footprint.analysis.context;

/**
 * Finds the web addresses of a normalised text: the runs without spaces that hold a mark only an address holds
 * ("://", "www.", ".com", ".co.", ".org", ".net", ".uk"). A lexicon term found inside one says nothing of the post:
 * the 'x' of "x.com/…" is no kiss, the "kill" of "killarney-walks.co.uk" no threat.
 */
final class WebAddresses {
  private static final int[] NONE = new int[0];
  private static final String[] DOT_MARKS = {".com", ".co.", ".org", ".net", ".uk"};

  private WebAddresses() {}

  /** The addresses as start, end pairs in text order; empty (and found by one pass of character tests) when there are none. */
  static int[] in(char[] text) {
    int[] spans = NONE;
    int count = 0;
    int i = 0;
    while (i < text.length) {
      if ((text[i] == '.' || text[i] == ':') && marksAddress(text, i)) {
        int from = i;
        while (from > 0 && !isSpace(text[from - 1])) {
          from--;
        }
        int to = i;
        while (to < text.length && !isSpace(text[to])) {
          to++;
        }
        if (count == spans.length) {
          spans = java.util.Arrays.copyOf(spans, Math.max(4, count * 2));
        }
        spans[count++] = from;
        spans[count++] = to;
        i = to;
      } else {
        i++;
      }
    }
    return count == spans.length ? spans : java.util.Arrays.copyOf(spans, count);
  }

  private static boolean marksAddress(char[] text, int i) {
    if (text[i] == ':') {
      return i + 2 < text.length && text[i + 1] == '/' && text[i + 2] == '/';
    }
    if (i >= 3 && text[i - 1] == 'w' && text[i - 2] == 'w' && text[i - 3] == 'w') {
      return true;
    }
    for (String mark : DOT_MARKS) {
      if (startsWith(text, i, mark)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(char[] text, int at, String mark) {
    if (at + mark.length() > text.length) {
      return false;
    }
    for (int k = 0; k < mark.length(); k++) {
      if (text[at + k] != mark.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }
}
