package org.footprint.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.footprint.model.EvidenceSpan;

/**
 * Text into HTML: every character that could open markup escaped (user text is hostile: a {@code <script>} in a
 * tweet stays text), and an item's text with its evidence spans in {@code <mark>}.
 */
final class HtmlText {
  /** Texts longer than this are shown as the parts around their evidence, not whole (a draft may run to megabytes). */
  static final int WHOLE_TEXT_LIMIT = 2_000;
  /** Characters shown either side of the evidence of a long text. */
  static final int CONTEXT = 300;

  private HtmlText() {}

  /** Escaped for text and for attribute values in double or single quotes. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEscaped(out, text, 0, text.length());
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        // A NUL is a parse error in HTML; nothing a person wrote.
        case '\0' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
  }

  /** A link target only when it is a web address: a {@code javascript:} or {@code data:} "permalink" stays text. */
  static boolean isWebLink(String link) {
    return link != null && (link.startsWith("https://") || link.startsWith("http://")) && link.chars().noneMatch(Character::isWhitespace);
  }

  /**
   * The item's text, escaped, with the spans of its own evidence (those without an item id or with {@code itemId})
   * in {@code <mark>}; overlapping spans merge. Offsets are UTF-16 indices, as the finding gives them; a span edge
   * inside a surrogate pair moves out to the whole character, and spans beyond the text are cut to it. A text over
   * {@link #WHOLE_TEXT_LIMIT} characters is shown as the parts {@link #CONTEXT} characters around its marks.
   */
  static String highlighted(String text, String itemId, List<EvidenceSpan> evidence) {
    List<int[]> marks = marks(text, itemId, evidence);
    StringBuilder out = new StringBuilder(Math.min(text.length(), WHOLE_TEXT_LIMIT) + 64);
    if (text.length() <= WHOLE_TEXT_LIMIT) {
      appendMarked(out, text, 0, text.length(), marks);
      return out.toString();
    }
    if (marks.isEmpty()) {
      appendEscaped(out, text, 0, wholeCharacters(text, WHOLE_TEXT_LIMIT));
      return out.append(" …").toString();
    }
    // Windows around the marks, merged where they touch, with an ellipsis for what lies between.
    int shownUpTo = 0;
    int i = 0;
    while (i < marks.size()) {
      int from = Math.max(0, marks.get(i)[0] - CONTEXT);
      int to = Math.min(text.length(), marks.get(i)[1] + CONTEXT);
      int j = i + 1;
      while (j < marks.size() && marks.get(j)[0] - CONTEXT <= to) {
        to = Math.min(text.length(), marks.get(j)[1] + CONTEXT);
        j++;
      }
      from = wholeCharacters(text, from);
      to = wholeCharacters(text, to);
      if (from > shownUpTo) {
        out.append("… ");
      }
      appendMarked(out, text, from, to, marks.subList(i, j));
      shownUpTo = to;
      i = j;
    }
    if (shownUpTo < text.length()) {
      out.append(" …");
    }
    return out.toString();
  }

  private static void appendMarked(StringBuilder out, String text, int from, int to, List<int[]> marks) {
    int at = from;
    for (int[] mark : marks) {
      appendEscaped(out, text, at, mark[0]);
      out.append("<mark>");
      appendEscaped(out, text, mark[0], mark[1]);
      out.append("</mark>");
      at = mark[1];
    }
    appendEscaped(out, text, at, to);
  }

  /** The own evidence spans as sorted, non-overlapping, non-empty [start, end) pairs that split no character. */
  static List<int[]> marks(String text, String itemId, List<EvidenceSpan> evidence) {
    List<int[]> spans = new ArrayList<>();
    for (EvidenceSpan span : evidence) {
      if (span.itemId() != null && !span.itemId().equals(itemId)) {
        continue;
      }
      int start = wholeCharacters(text, Math.min(span.start(), text.length()));
      int end = Math.min(span.end(), text.length());
      end = wholeCharacters(text, end) < end ? end + 1 : end;
      if (end > start) {
        spans.add(new int[] {start, end});
      }
    }
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] span : spans) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span[0] <= last[1]) {
        last[1] = Math.max(last[1], span[1]);
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  /** {@code offset}, moved back to the start of the character when it falls between the two halves of a surrogate pair. */
  private static int wholeCharacters(String text, int offset) {
    if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) && Character.isHighSurrogate(text.charAt(offset - 1))) {
      return offset - 1;
    }
    return offset;
  }
}
