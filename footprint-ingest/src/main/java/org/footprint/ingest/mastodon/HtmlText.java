package org.footprint.ingest.mastodon;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Mastodon's status HTML as the plain text the user typed: paragraphs separated by a blank line, {@code <br>}
 * as a line break, links as their text. The parts of a link Mastodon hides ({@code span.invisible}, e.g. the
 * {@code https://}) are kept so links read in full.
 */
final class HtmlText {
  private HtmlText() {}

  static String toText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          out.append(text.text());
        } else if (node instanceof Element element && element.normalName().equals("br")) {
          out.append('\n');
        } else if (node instanceof Element element && isBlock(element) && out.length() > 0 && !endsWithBlankLine(out)) {
          out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    });
    return out.toString().strip();
  }

  private static boolean isBlock(Element element) {
    return switch (element.normalName()) {
      case "p", "blockquote", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
      default -> false;
    };
  }

  private static boolean endsWithBlankLine(StringBuilder out) {
    int n = out.length();
    return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
  }
}
