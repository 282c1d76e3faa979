package org.footprint.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML an export holds for text the user wrote (Mastodon statuses, LinkedIn articles) as plain text:
 * paragraphs and other blocks separated by a blank line, {@code <br>} as a line break, links as their text,
 * whitespace collapsed as a browser would. Text a page hides (Mastodon's {@code span.invisible}, e.g. the
 * {@code https://} of a link) is kept so links read in full. Scripts and styles are not text.
 */
public final class HtmlText {
  private HtmlText() {}

  /** The text of an HTML fragment or page. */
  public static String toText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Jsoup.parse(html).body().traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text && !(text.parent() instanceof Element parent && isNotText(parent))) {
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

  private static boolean isNotText(Element element) {
    return element.normalName().equals("script") || element.normalName().equals("style") || element.normalName().equals("title");
  }

  private static boolean isBlock(Element element) {
    return switch (element.normalName()) {
      case "p", "div", "blockquote", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
      default -> false;
    };
  }

  private static boolean endsWithBlankLine(StringBuilder out) {
    int n = out.length();
    return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
  }
}
