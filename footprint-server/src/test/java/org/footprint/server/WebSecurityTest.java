package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.footprint.server.CheckApiTest.assertProblem;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** DNS rebinding, cross-site requests, the token and the headers, over real HTTP. */
class WebSecurityTest {
  static final TestServer server = TestServer.shared();

  @Test
  void aRequestNamingAnotherHostIsRefused() {
    // What a page on evil.example sees after its name is rebound to 127.0.0.1.
    assertProblem(server.send(server.request("/api/v1/packs").header("Host", "evil.example:" + server.server.port())), 421, "misdirected-request");
    assertProblem(server.send(server.request("/").header("Host", "127.0.0.1:1")), 421, "misdirected-request");
    assertProblem(server.send(server.postJson("/api/v1/check", TestServer.draft("hi")).header("Host", "evil.example")), 421, "misdirected-request");
    assertThat(server.send(server.request("/api/v1/packs").header("Host", "localhost:" + server.server.port())).statusCode()).isEqualTo(200);
  }

  @Test
  void aStateChangingRequestFromAnotherOriginIsRefused() {
    assertProblem(server.send(server.postJson("/api/v1/check", TestServer.draft("hi")).header("Origin", "http://evil.example")), 403, "forbidden-origin");
    assertProblem(server.send(server.postJson("/api/v1/check", TestServer.draft("hi")).header("Origin", "null")), 403, "forbidden-origin");
    assertProblem(server.send(server.postJson("/api/v1/check", TestServer.draft("hi")).header("Sec-Fetch-Site", "cross-site")
        .header("X-CSRF-Token", csrfToken())), 403, "forbidden-origin");
  }

  @Test
  void aBrowserRequestFromTheAppsOwnPageNeedsThePagesCsrfToken() {
    String origin = server.origin();

    assertProblem(server.send(server.postJson("/api/v1/check", TestServer.draft("hi")).header("Origin", origin)), 403, "csrf-token");
    assertProblem(server.send(server.postJson("/api/v1/check", TestServer.draft("hi")).header("Origin", origin).header("X-CSRF-Token", "guessed")), 403, "csrf-token");
    HttpResponse<String> fromThePage = server.send(server.postJson("/api/v1/check", TestServer.draft("hi")).header("Origin", origin)
        .header("Sec-Fetch-Site", "same-origin").header("X-CSRF-Token", csrfToken()));
    assertThat(fromThePage.statusCode()).isEqualTo(200);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    List<HttpResponse<String>> responses = List.of(server.get("/"), server.get("/assets/app.js"), server.get("/api/v1/packs"),
        server.get("/api/v1/missing"), server.check("{bad"), server.send(server.request("/").header("Host", "evil.example")));
    for (HttpResponse<String> response : responses) {
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.uri() + " " + response.statusCode())
          .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
  }

  @Test
  void withATokenEveryRequestMustCarryIt() {
    try (TestServer guarded = TestServer.withToken("s3cret-token")) {
      assertProblem(guarded.get("/api/v1/packs"), 401, "unauthorized");
      assertProblem(guarded.get("/"), 401, "unauthorized");
      assertProblem(guarded.send(guarded.request("/api/v1/packs").header("Authorization", "Bearer wrong")), 401, "unauthorized");
      assertThat(guarded.get("/api/v1/packs").headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      assertThat(guarded.send(guarded.request("/api/v1/packs").header("Authorization", "Bearer s3cret-token")).statusCode()).isEqualTo(200);
      assertThat(guarded.send(guarded.postJson("/api/v1/check", TestServer.draft("hi")).header("Authorization", "Bearer s3cret-token")).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aBrowserIsLetInOnceByTheTokenInTheAddressAndThenByItsSessionCookie() {
    try (TestServer guarded = TestServer.withToken("s3cret-token")) {
      assertProblem(guarded.get("/?token=wrong"), 401, "unauthorized");
      assertThat(guarded.get("/").body()).contains("/?token=");

      HttpResponse<String> opened = guarded.get("/?token=s3cret-token");
      assertThat(opened.statusCode()).isEqualTo(303);
      assertThat(opened.headers().firstValue("Location")).hasValue("/");
      String setCookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(setCookie).startsWith(WebSecurity.SESSION_COOKIE + "=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict")
          .doesNotContain("s3cret-token");
      String cookie = setCookie.substring(0, setCookie.indexOf(';'));

      assertThat(guarded.send(guarded.request("/").header("Cookie", cookie)).statusCode()).isEqualTo(200);
      assertThat(guarded.send(guarded.request("/api/v1/packs").header("Cookie", cookie)).statusCode()).isEqualTo(200);
      assertProblem(guarded.send(guarded.request("/api/v1/packs").header("Cookie", WebSecurity.SESSION_COOKIE + "=forged")), 401, "unauthorized");
      // The token in the address is only taken on the app's page, and it is no way round the checks of a browser's change.
      assertProblem(guarded.get("/api/v1/packs?token=s3cret-token"), 401, "unauthorized");
      assertProblem(guarded.send(guarded.postJson("/api/v1/check", TestServer.draft("hi")).header("Cookie", cookie)
          .header("Origin", "http://evil.example")), 403, "forbidden-origin");
    }
  }

  @Test
  void bindingBeyondLoopbackNeedsAToken() throws Exception {
    InetAddress everyAddress = InetAddress.getByName("0.0.0.0");

    assertThatThrownBy(() -> new ServerOptions(everyAddress, 0, Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token");
    assertThatThrownBy(() -> new ServerOptions(InetAddress.getLoopbackAddress(), 0, Optional.of(" "))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new ServerOptions(everyAddress, 0, Optional.of("t")).token()).hasValue("t");
  }

  @Test
  void theServerListensOnLoopbackAndPrintsItsAddress() {
    assertThat(server.server.address()).isEqualTo("http://127.0.0.1:" + server.server.port() + "/");
    assertThat(server.server.port()).isPositive();
  }

  private static String csrfToken() {
    Matcher token = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(server.get("/").body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }
}
