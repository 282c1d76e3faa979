package org.footprint.eval;

import java.util.Locale;
import java.util.Map;
import org.footprint.model.Category;

/**
 * Parses the labels field of a row into a bit mask over {@link Category#ordinal()}, without allocating on known labels.
 * Only risk categories are labels: a strength is never scored (it is last in the enum, so ordinals stay indices).
 */
final class Labels {
  static final Category[] CATEGORIES = Category.risks().toArray(Category[]::new);
  private static final String[] IDS = new String[CATEGORIES.length];
  private static final String NONE = "none";

  static {
    if (CATEGORIES.length > Long.SIZE) {
      throw new IllegalStateException("more categories than bits in a long");
    }
    for (Category category : CATEGORIES) {
      IDS[category.ordinal()] = category.id();
    }
  }

  private Labels() {}

  /**
   * The mask of known categories in {@code s[from, to)}, a comma-separated list of category ids or {@code none}.
   * Unknown names are added (lower-cased) to {@code unknown}; when {@code unknown} is null an unknown name makes
   * the result -1 instead. Empty entries are ignored, so an empty field means no labels.
   */
  static long parse(String s, int from, int to, Map<String, Long> unknown) {
    long mask = 0;
    int start = from;
    while (start <= to) {
      int end = start;
      while (end < to && s.charAt(end) != ',') {
        end++;
      }
      int a = start;
      int b = end;
      while (a < b && Character.isWhitespace(s.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
        b--;
      }
      if (b > a) {
        int bit = lookup(s, a, b - a);
        if (bit >= 0) {
          mask |= 1L << bit;
        } else if (bit == UNKNOWN) {
          if (unknown == null) {
            return -1;
          }
          unknown.merge(s.substring(a, b).toLowerCase(Locale.ROOT), 1L, Long::sum);
        }
      }
      start = end + 1;
    }
    return mask;
  }

  private static final int IS_NONE = -1;
  private static final int UNKNOWN = -2;

  private static int lookup(String s, int offset, int length) {
    for (int i = 0; i < IDS.length; i++) {
      String id = IDS[i];
      if (id.length() == length && s.regionMatches(true, offset, id, 0, length)) {
        return i;
      }
    }
    if (length == NONE.length() && s.regionMatches(true, offset, NONE, 0, length)) {
      return IS_NONE;
    }
    return UNKNOWN;
  }
}
