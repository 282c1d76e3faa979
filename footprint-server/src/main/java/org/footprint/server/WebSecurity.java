package org.footprint.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What every request must show before it reaches a handler, and the headers on every response. A web page elsewhere
 * must not be able to read the user's findings (DNS rebinding: the Host is checked) nor act for them (cross-site
 * requests: the Origin and a per-server CSRF token are checked on every request that changes something).
 */
final class WebSecurity {
  static final String CSRF_HEADER = "X-CSRF-Token";
  /** The browser's proof that it was given the token once, so that pages and their scripts need not send it. */
  static final String SESSION_COOKIE = "footprint-session";
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Optional<String> token;
  private final String csrfToken = randomToken();
  /** Not the token itself: a browser keeps only this, and it is worthless once the server stops. */
  private final String session = randomToken();
  private Set<String> allowedHosts = Set.of();
  private boolean anyLiteralHost;
  private int port;

  WebSecurity(Optional<String> token) {
    this.token = token;
  }

  /** Learns the port once the server listens: only then are the allowed Host values known. */
  void listening(InetAddress bind, int port) {
    this.port = port;
    Set<String> hosts = new HashSet<>(Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
    hosts.add(hostPort(bind, port));
    allowedHosts = Set.copyOf(hosts);
    // Bound to every address, the server answers to each of the machine's addresses: a literal address cannot be rebound.
    anyLiteralHost = bind.isAnyLocalAddress();
  }

  /** The token the app's own pages send back with every request that changes something. */
  String csrfToken() {
    return csrfToken;
  }

  void check(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
    String host = ctx.header("Host");
    if (host == null || !hostAllowed(host)) {
      throw new Problem(421, "misdirected-request", "Wrong Host header",
          "this server answers only to the addresses it listens on (for example 127.0.0.1:" + port + ")").raise();
    }
    if (token.isPresent() && !bearerMatches(ctx.header("Authorization")) && !constantTimeEquals(ctx.cookie(SESSION_COOKIE), session)) {
      if (opensWithToken(ctx)) {
        // The token leaves the address bar (and the history) at once; the browser keeps the session cookie, which
        // SameSite keeps off requests from other sites.
        ctx.cookie(new Cookie(SESSION_COOKIE, session, "/", -1, false, 0, true, null, null, SameSite.STRICT));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
        return;
      }
      ctx.header("WWW-Authenticate", "Bearer");
      throw new Problem(401, "unauthorized", "Token required",
          "send the server's token as 'Authorization: Bearer TOKEN'; in a browser, open /?token=TOKEN once").raise();
    }
    if (changesState(ctx.method())) {
      checkBrowserRequest(ctx, host);
    }
  }

  /**
   * A browser says where a request comes from (Origin, Sec-Fetch-Site); a tool such as curl says neither and cannot be
   * made to send a request by a web page. A browser's request must come from this app's pages and carry their token.
   */
  private void checkBrowserRequest(Context ctx, String host) {
    String origin = ctx.header("Origin");
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (origin == null && fetchSite == null) {
      return;
    }
    if (origin != null && !origin.equals("http://" + host)) {
      throw new Problem(403, "forbidden-origin", "Request from another site", "requests that change something are accepted only from this app's own pages").raise();
    }
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      throw new Problem(403, "forbidden-origin", "Request from another site", "the browser says this request comes from " + fetchSite).raise();
    }
    if (!constantTimeEquals(ctx.header(CSRF_HEADER), csrfToken)) {
      throw new Problem(403, "csrf-token", "Missing or wrong CSRF token", "a browser request that changes something must carry the page's " + CSRF_HEADER).raise();
    }
  }

  private boolean hostAllowed(String host) {
    if (allowedHosts.contains(host)) {
      return true;
    }
    if (!anyLiteralHost || !host.endsWith(":" + port)) {
      return false;
    }
    String name = host.substring(0, host.length() - (":" + port).length());
    return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || name.matches("\\[[0-9a-fA-F:.]+]");
  }

  /** {@code GET /?token=…} with the right token: how a browser is let in. */
  private boolean opensWithToken(Context ctx) {
    return ctx.method() == HandlerType.GET && ctx.path().equals("/") && constantTimeEquals(ctx.queryParam("token"), token.orElseThrow());
  }

  private boolean bearerMatches(String authorization) {
    return authorization != null && authorization.startsWith("Bearer ") && constantTimeEquals(authorization.substring("Bearer ".length()), token.orElseThrow());
  }

  private static boolean changesState(HandlerType method) {
    return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.DELETE || method == HandlerType.PATCH;
  }

  private static boolean constantTimeEquals(String given, String expected) {
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  static String hostPort(InetAddress address, int port) {
    String literal = address.getHostAddress();
    return (literal.contains(":") ? "[" + literal + "]" : literal) + ":" + port;
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
