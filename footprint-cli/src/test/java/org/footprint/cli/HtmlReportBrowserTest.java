package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's "done when": the demo's HTML report opens in a real headless Chromium with no request leaving the file,
 * axe-core finds no serious or critical accessibility violation in it, and a screenshot is taken. Speaks the DevTools
 * protocol over {@link WebSocket}, no browser driver. Skips when no Chromium is installed ({@code .ci/run} installs
 * Debian's). The screenshot goes to {@code target/report-screenshot.png}, or to {@code -Dreport.screenshot=PATH}
 * (how {@code docs/report-screenshot.png} is made: see docs/ARCHITECTURE.md).
 */
class HtmlReportBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void the_demo_report_opens_offline_passes_axe_and_is_photographed() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "no Chromium installed (apt-get install chromium)");
    Path demo = temp.resolve("demo");
    CliRun run = CliRun.of("demo", "--out", demo.toString(), "--posts", "200");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path report = demo.resolve("report.html").toAbsolutePath();

    // The profile is not in the test's temporary folder: Chromium's helpers may still be leaving it when JUnit
    // deletes that folder, which would fail a passing test.
    Path profile = Files.createTempDirectory("footprint-chromium-");
    Process browser = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-extensions", "--disable-background-networking", "--remote-debugging-port=0", "--user-data-dir=" + profile,
        "--window-size=1280,1600", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try (DevTools page = DevTools.open(browser)) {
      page.call("Network.enable", JSON.createObjectNode());
      page.call("Page.enable", JSON.createObjectNode());
      CompletableFuture<JsonNode> loaded = page.nextEvent("Page.loadEventFired");
      page.call("Page.navigate", JSON.createObjectNode().put("url", report.toUri().toString()));
      loaded.get(30, TimeUnit.SECONDS);

      assertThat(page.evaluate("document.querySelectorAll('article.finding').length", false).asInt()).isPositive();
      // The script ran: the filter shows the open findings and says so.
      assertThat(page.evaluate("document.getElementById('shown').textContent", false).asText()).startsWith("Showing ");
      // The severity filter keeps what is at least as serious as the level chosen (with the review filter at "all").
      JsonNode filtered = JSON.readTree(page.evaluate("(() => { const form = document.getElementById('filters');"
          + " form.elements.review.value = 'all'; form.elements.severity.value = 'high'; form.dispatchEvent(new Event('change'));"
          + " const all = [...document.querySelectorAll('article.finding')];"
          + " const shown = all.filter(a => !a.parentNode.hidden).map(a => a.getAttribute('data-severity'));"
          + " return JSON.stringify({shown: shown.length, atLeastHigh: all.filter(a => ['high', 'critical'].includes(a.getAttribute('data-severity'))).length,"
          + " levels: [...new Set(shown)]}); })()", false).asText());
      assertThat(filtered.path("shown").asInt()).isPositive().isEqualTo(filtered.path("atLeastHigh").asInt());
      assertThat(filtered.path("levels")).extracting(JsonNode::asText).isSubsetOf("high", "critical");
      page.evaluate("(() => { const form = document.getElementById('filters'); form.reset(); return 'reset'; })()", false);

      String axe = axeSource();
      page.evaluate(axe + "\n;'loaded'", false);
      JsonNode checked = JSON.readTree(page.evaluate("axe.run(document).then(r => JSON.stringify({passes: r.passes.length, violations: r.violations.map(v => "
          + "({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, first: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))}))", true).asText());
      // axe really looked: dozens of its rules passed.
      assertThat(checked.path("passes").asInt()).isGreaterThan(10);
      List<JsonNode> serious = new ArrayList<>();
      checked.path("violations").forEach(v -> {
        if (List.of("serious", "critical").contains(v.path("impact").asText())) {
          serious.add(v);
        }
      });
      assertThat(serious).as("serious or critical axe violations").isEmpty();

      page.call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", 1280).put("height", 1600).put("deviceScaleFactor", 1).put("mobile", false));
      Path screenshot = Path.of(System.getProperty("report.screenshot", "target/report-screenshot.png")).toAbsolutePath();
      photograph(page, screenshot);
      // And the findings, with their evidence marked.
      page.evaluate("document.getElementById('findings').scrollIntoView(); 'scrolled'", false);
      photograph(page, screenshot.resolveSibling(screenshot.getFileName().toString().replace(".png", "-findings.png")));

      assertThat(page.requests).isNotEmpty().allMatch(url -> url.startsWith("file:") || url.startsWith("data:"), "a file: or data: URL");
    } finally {
      stop(browser);
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Collections.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // A browser profile left in the system's temporary folder harms nothing.
    }
  }

  /**
   * Stops Chromium and every process it started (renderers, the crash handler), and waits for them all: one left
   * running keeps writing into the profile while the temporary folder is deleted.
   */
  private static void stop(Process browser) throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>(browser.descendants().toList());
    all.add(browser.toHandle());
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : all) {
      try {
        process.onExit().get(10, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // Gone already, or stuck beyond reach: the folder's deletion says which.
      }
    }
  }

  private static void photograph(DevTools page, Path file) throws Exception {
    byte[] png = Base64.getDecoder().decode(page.call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")).path("data").asText());
    assertThat(png.length).isGreaterThan(10_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    Files.createDirectories(file.getParent());
    Files.write(file, png);
  }

  /** Debian's {@code chromium}, or whatever {@code CHROMIUM} names. */
  private static Optional<Path> chromium() {
    String named = System.getenv("CHROMIUM");
    Stream<Path> candidates = named != null ? Stream.of(Path.of(named))
        : Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).flatMap(dir -> Stream.of("chromium", "chromium-browser")
            .map(name -> Path.of(dir, name)));
    return candidates.filter(Files::isExecutable).findFirst();
  }

  /** axe-core's own build, from the Maven-resolved Deque jar on the test classpath. */
  private static String axeSource() throws IOException {
    try (InputStream in = HtmlReportBrowserTest.class.getResourceAsStream("/axe.min.js")) {
      assertThat(in).as("axe.min.js on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One page of the browser over the DevTools protocol: calls by id, events by name, and every request's URL. */
  private static final class DevTools implements WebSocket.Listener, AutoCloseable {
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonNode>> events = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final StringBuilder message = new StringBuilder();
    private WebSocket socket;

    static DevTools open(Process browser) throws Exception {
      int port = debuggingPort(browser);
      HttpClient http = HttpClient.newHttpClient();
      JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      String pageSocket = null;
      for (JsonNode target : targets) {
        if (target.path("type").asText().equals("page")) {
          pageSocket = target.path("webSocketDebuggerUrl").asText();
        }
      }
      assertThat(pageSocket).as("a page target").isNotNull();
      DevTools devTools = new DevTools();
      devTools.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(pageSocket), devTools).get(10, TimeUnit.SECONDS);
      return devTools;
    }

    /** Chromium writes "DevTools listening on ws://127.0.0.1:PORT/…" on standard error when it is ready. */
    private static int debuggingPort(Process browser) throws Exception {
      CompletableFuture<Integer> port = new CompletableFuture<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(browser.getErrorStream(), StandardCharsets.UTF_8))) {
          for (String line = err.readLine(); line != null; line = err.readLine()) {
            int at = line.indexOf("ws://127.0.0.1:");
            if (at >= 0) {
              String rest = line.substring(at + "ws://127.0.0.1:".length());
              port.complete(Integer.parseInt(rest.substring(0, rest.indexOf('/'))));
            }
          }
        } catch (IOException e) {
          port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("Chromium ended without a DevTools address"));
      }, "chromium-stderr");
      reader.setDaemon(true);
      reader.start();
      return port.get(30, TimeUnit.SECONDS);
    }

    JsonNode call(String method, ObjectNode params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonNode> answer = new CompletableFuture<>();
      calls.put(id, answer);
      ObjectNode request = JSON.createObjectNode().put("id", id).put("method", method);
      request.set("params", params);
      socket.sendText(JSON.writeValueAsString(request), true).get(10, TimeUnit.SECONDS);
      JsonNode response = answer.get(30, TimeUnit.SECONDS);
      assertThat(response.has("error")).as(method + ": " + response.path("error")).isFalse();
      return response.path("result");
    }

    /** The value of a JavaScript expression in the page (a promise awaited when asked), failing on an exception. */
    JsonNode evaluate(String expression, boolean awaitPromise) throws Exception {
      JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("awaitPromise", awaitPromise).put("returnByValue", true));
      assertThat(result.has("exceptionDetails")).as(String.valueOf(result.path("exceptionDetails"))).isFalse();
      return result.path("result").path("value");
    }

    CompletableFuture<JsonNode> nextEvent(String method) {
      return events.computeIfAbsent(method, m -> new CompletableFuture<>());
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        received(message.toString());
        message.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    private void received(String text) {
      try {
        JsonNode json = JSON.readTree(text);
        if (json.has("id")) {
          Optional.ofNullable(calls.remove(json.path("id").asInt())).ifPresent(answer -> answer.complete(json));
        } else if (json.path("method").asText().equals("Network.requestWillBeSent")) {
          requests.add(json.path("params").path("request").path("url").asText());
        } else {
          Optional.ofNullable(events.get(json.path("method").asText())).ifPresent(event -> event.complete(json.path("params")));
        }
      } catch (IOException e) {
        throw new IllegalStateException("DevTools sent no JSON: " + text, e);
      }
    }

    @Override
    public void close() {
      if (socket != null) {
        socket.abort();
      }
    }
  }
}
