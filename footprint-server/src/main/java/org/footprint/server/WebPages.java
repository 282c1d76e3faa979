package org.footprint.server;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import java.util.List;

/**
 * The web app's pages: each one the shared layout ({@code web/layout.html}: header, navigation, footer) around its
 * own content ({@code web/pages/NAME.html}) and its own script ({@code /assets/NAME.js}, after the shared
 * {@code app.js}). Built once, with the server's CSRF token in every page; no inline script or style anywhere, as the
 * Content-Security-Policy demands.
 */
final class WebPages {
  /** A page: where it is served, its name (content and script), its title in the navigation. */
  record Page(String path, String name, String title) {}

  static final List<Page> PAGES = List.of(
      new Page("/", "scan", "Scan"),
      new Page("/findings", "findings", "Findings"),
      new Page("/overview", "overview", "Overview"),
      new Page("/draft", "draft", "Draft check"),
      new Page("/settings", "settings", "Settings"));

  private WebPages() {}

  static void register(Javalin app, String csrfToken) {
    String layout = FootprintServer.resource("web/layout.html").replace("{{csrf-token}}", csrfToken);
    for (Page page : PAGES) {
      String html = layout.replace("{{title}}", page.title()).replace("{{nav}}", navigation(page)).replace("{{script}}", page.name() + ".js")
          .replace("{{main}}", FootprintServer.resource("web/pages/" + page.name() + ".html"));
      app.get(page.path(), ctx -> ctx.contentType(ContentType.TEXT_HTML).result(html));
    }
  }

  private static String navigation(Page current) {
    StringBuilder nav = new StringBuilder();
    for (Page page : PAGES) {
      nav.append("        <li><a href=\"").append(page.path()).append('"').append(page.equals(current) ? " aria-current=\"page\"" : "").append('>')
          .append(page.title()).append("</a></li>\n");
    }
    return nav.toString();
  }
}
