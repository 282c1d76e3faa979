package org.footprint.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule example with its {@code [[…]]} marks removed, and the spans they marked (offsets into the clean text): what
 * the example tests of every kind of rule (the catalogue's, the watch-list's) compare findings with.
 */
public record MarkedExample(String text, List<int[]> spans) {

  public static MarkedExample parse(String marked) {
    StringBuilder clean = new StringBuilder(marked.length());
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    int open = -1;
    while (i < marked.length()) {
      if (marked.startsWith("[[", i) && open < 0) {
        open = clean.length();
        i += 2;
      } else if (marked.startsWith("]]", i) && open >= 0) {
        spans.add(new int[] {open, clean.length()});
        open = -1;
        i += 2;
      } else {
        clean.append(marked.charAt(i));
        i++;
      }
    }
    if (open >= 0) {
      throw new IllegalArgumentException("unclosed [[ in example: " + marked);
    }
    return new MarkedExample(clean.toString(), spans);
  }
}
