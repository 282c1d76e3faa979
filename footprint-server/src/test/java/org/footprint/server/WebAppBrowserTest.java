package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.DemoExports;
import org.footprint.synth.archive.GeneratedArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 6's browser tests: the web app in a real headless Chromium (Debian's {@code chromium}, driven by its
 * {@code chromium-driver} through Selenium; skipped when either is missing, {@code .ci/run} installs both). The demo
 * export is uploaded through the file input, the scan followed to the end, the findings filtered, one decided by the
 * keyboard and the decision seen again after a reload, a risky draft typed and its evidence seen marked. Every page
 * passes axe-core (served from the test's classpath, injected by the driver) with no serious or critical violation,
 * and every request the browser made went to the app's own origin (Chromium's own log of its Network events).
 * Screenshots go to {@code target/web-*.png}, or to the folder {@code -Dweb.screenshots=DIR} names (how
 * {@code docs/web-*.png} are made: see docs/ARCHITECTURE.md).
 */
class WebAppBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long DEMO_SEED = 2026;
  private static final int DEMO_POSTS = 200;

  @TempDir Path temp;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void theDemoExportIsScannedReviewedAndADraftCheckedInTheBrowser() throws Exception {
    Optional<Path> chromium = executable("CHROMIUM", "chromium", "chromium-browser");
    Optional<Path> driverBinary = executable("CHROMEDRIVER", "chromedriver");
    assumeTrue(chromium.isPresent() && driverBinary.isPresent(), "no Chromium or chromium-driver installed (apt-get install chromium chromium-driver)");
    List<Path> exports = DemoExports.write(DEMO_SEED, ArchiveGenerator.persona(DEMO_SEED), DEMO_POSTS, Files.createDirectories(temp.resolve("exports")))
        .stream().map(GeneratedArchive::path).toList();
    Path screenshots = Path.of(System.getProperty("web.screenshots", "target")).toAbsolutePath();

    try (TestServer app = TestServer.loopback(); Browser browser = Browser.start(chromium.get(), driverBinary.get())) {
      String origin = app.origin();
      ChromeDriver driver = browser.driver;

      // Scan: the exports through the file input, the progress followed to the end.
      driver.get(origin + "/");
      browser.assertAccessible("Scan");
      driver.findElement(By.id("files")).sendKeys(String.join("\n", exports.stream().map(Path::toString).toList()));
      assertThat(driver.findElement(By.id("chosen")).getText()).contains("twitter-archive.zip", "facebook-export.zip", "instagram-export.zip");
      driver.findElement(By.id("start")).click();
      browser.waitUntil(Duration.ofSeconds(150), () -> driver.findElement(By.id("start")).isEnabled());
      assertThat(driver.findElement(By.id("state")).getText()).startsWith("Done");
      assertThat(Integer.parseInt(driver.findElement(By.id("items-read")).getText())).isPositive();
      assertThat(driver.findElement(By.id("cancel")).isDisplayed()).isFalse();
      photograph(driver, screenshots.resolve("web-scan.png"));

      // Findings: the severity filter keeps what is at least as serious as chosen; all review states shown.
      String overviewOfTheDemo = driver.findElement(By.id("to-overview")).getAttribute("href");
      driver.findElement(By.id("to-findings")).click();
      browser.waitForFindings("scan=");
      browser.assertAccessible("Findings");
      new Select(driver.findElement(By.id("review"))).selectByValue("all");
      browser.waitForFindings("review=all");
      new Select(driver.findElement(By.id("severity"))).selectByValue("high");
      browser.waitForFindings("severity=high");
      List<String> severities = driver.findElements(By.cssSelector("article.finding")).stream().map(a -> a.getAttribute("data-severity")).toList();
      assertThat(severities).isNotEmpty().isSubsetOf("high", "critical");

      // Open a finding by the keyboard (j), decide it (1 = keep), and see the decision kept after a reload.
      driver.findElement(By.tagName("body")).sendKeys("j");
      WebElement first = driver.findElement(By.cssSelector("article.finding"));
      assertThat(driver.switchTo().activeElement()).isEqualTo(first);
      String decided = first.getAttribute("data-id");
      assertThat(first.findElement(By.cssSelector("blockquote.post mark")).getText()).isNotBlank();
      first.sendKeys("1");
      browser.waitUntil(WAIT, () -> driver.findElement(By.id("announce")).getText().startsWith("Marked Keep"));
      photograph(driver, screenshots.resolve("web-finding.png"));
      driver.navigate().refresh();
      browser.waitForFindings("severity=high");
      WebElement again = driver.findElement(By.cssSelector("article.finding[data-id='" + decided + "']"));
      assertThat(again.findElement(By.cssSelector(".state")).getText()).startsWith("Kept");
      assertThat(again.findElement(By.cssSelector("button[data-decision=keep]")).getAttribute("aria-pressed")).isEqualTo("true");

      // Draft check: a risky draft typed, its evidence marked in place and the verdict in one line.
      driver.findElement(By.linkText("Draft check")).click();
      WebElement draft = driver.findElement(By.id("draft"));
      draft.sendKeys("Absolutely steaming at the wedding, still drunk for my shift tomorrow. My client is such an idiot");
      browser.waitUntil(WAIT, () -> !driver.findElements(By.cssSelector("#backdrop mark")).isEmpty());
      assertThat(driver.findElement(By.id("verdict")).getAttribute("class")).isEqualTo("blocking");
      assertThat(driver.findElements(By.cssSelector("#findings article.finding"))).isNotEmpty();
      browser.assertAccessible("Draft check");
      draft.sendKeys(Keys.TAB);
      photograph(driver, screenshots.resolve("web-draft-check.png"));

      // Settings: a name added to the watch-list, never shown back.
      driver.findElement(By.linkText("Settings")).click();
      browser.waitUntil(WAIT, () -> driver.findElement(By.id("watch-state")).getText().startsWith("The watch-list holds"));
      browser.assertAccessible("Settings");
      driver.findElement(By.id("names")).sendKeys("Morag Fictional");
      driver.findElement(By.cssSelector("#watch-form button")).click();
      browser.waitUntil(WAIT, () -> driver.findElement(By.id("watch-state")).getText().startsWith("Added 1 entry"));
      assertThat(driver.getPageSource()).doesNotContain("Morag Fictional");

      // A big upload cancelled while it is read.
      driver.findElement(By.linkText("Scan")).click();
      driver.findElement(By.id("files")).sendKeys(Files.write(temp.resolve("drafts.jsonl"), ScanCancelTest.bigDrafts()).toString());
      driver.findElement(By.id("start")).click();
      browser.waitUntil(Duration.ofSeconds(60), () -> Integer.parseInt(driver.findElement(By.id("items-read")).getText()) > 0);
      driver.findElement(By.id("cancel")).click();
      browser.waitUntil(Duration.ofSeconds(30), () -> driver.findElement(By.id("start")).isEnabled());
      assertThat(driver.findElement(By.id("state")).getText()).startsWith("Cancelled");
      assertThat(driver.findElement(By.id("to-findings")).isDisplayed()).isFalse();

      // A folder where an export was unpacked: packed into a zip by the page, so that its layout survives the upload.
      driver.findElement(By.id("folder")).sendKeys(unpacked(exports.get(2), temp.resolve("instagram-me")).toString());
      browser.waitUntil(WAIT, () -> driver.findElement(By.id("chosen")).getText().equals("To scan: instagram-me.zip."));
      driver.findElement(By.id("start")).click();
      browser.waitUntil(Duration.ofSeconds(90), () -> driver.findElement(By.id("start")).isEnabled());
      assertThat(driver.findElement(By.id("state")).getText()).startsWith("Done");
      assertThat(Integer.parseInt(driver.findElement(By.id("items-read")).getText())).isPositive();

      // Overview of the demo's scan: the report's summary, the store's two scans and what changed between them.
      driver.get(overviewOfTheDemo);
      browser.waitUntil(WAIT, () -> !driver.findElements(By.cssSelector("#summary svg")).isEmpty());
      assertThat(driver.findElement(By.id("summary")).getText()).contains("Findings by month", "What is good in your presence", "Privacy settings to check");
      // The review counts are those of now, the decision made above among them.
      browser.waitUntil(WAIT, () -> driver.findElement(By.id("overview-state")).getText().startsWith("Summary of the scan of twitter-archive.zip"));
      assertThat(driver.findElement(By.id("summary")).getText()).contains("1 reviewed (Keep 1)");
      assertThat(driver.findElement(By.linkText("CSV")).getAttribute("href")).startsWith(origin + "/api/v1/scans/").endsWith("/report?format=csv");
      assertThat(driver.findElements(By.cssSelector("#history tbody tr"))).hasSize(2);
      driver.findElement(By.cssSelector("#diff-form button")).click();
      browser.waitUntil(WAIT, () -> driver.findElement(By.id("diff")).getText().contains("resolved"));
      assertThat(driver.findElement(By.id("diff")).getText()).contains("Resolved (");
      browser.assertAccessible("Overview");
      photograph(driver, screenshots.resolve("web-overview.png"));

      List<String> requests = browser.requests();
      assertThat(requests).as("every request the app's pages made").isNotEmpty().allMatch(url -> url.startsWith(origin + "/"), "to " + origin);
      assertThat(requests).anyMatch(url -> url.startsWith(origin + "/api/v1/scans")).anyMatch(url -> url.contains("/review"))
          .anyMatch(url -> url.endsWith("/summary")).anyMatch(url -> url.contains("/diff?"));
    }
  }

  /** The zip's files in {@code folder}, as someone who unpacked their export has them. */
  private static Path unpacked(Path zip, Path folder) throws IOException {
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(archive.entries())) {
        Path file = folder.resolve(entry.getName()).normalize();
        assertThat(file.startsWith(folder)).as(entry.getName()).isTrue();
        if (!entry.isDirectory()) {
          Files.createDirectories(file.getParent());
          try (InputStream in = archive.getInputStream(entry)) {
            Files.copy(in, file);
          }
        }
      }
    }
    return folder;
  }

  /** The top of the page: its header, and on the Findings page the filters and the first finding. */
  private static void photograph(ChromeDriver driver, Path file) throws IOException {
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    Files.createDirectories(file.getParent());
    Files.write(file, png);
  }

  /** The program {@code variable} names, else the first of {@code names} on the PATH. */
  private static Optional<Path> executable(String variable, String... names) {
    String named = System.getenv(variable);
    Stream<Path> candidates = named != null ? Stream.of(Path.of(named))
        : Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)));
    return candidates.filter(Files::isExecutable).findFirst();
  }

  /** Headless Chromium through its driver, with a profile of its own and its Network events logged. */
  private static final class Browser implements AutoCloseable {
    final ChromeDriver driver;
    private final Path profile;
    private final List<String> requests = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile) {
      this.driver = driver;
      this.profile = profile;
    }

    static Browser start(Path chromium, Path driverBinary) throws IOException {
      // Not in the test's temporary folder: Chromium's helpers may still be leaving it when JUnit deletes that folder.
      Path profile = Files.createTempDirectory("footprint-webapp-chromium-");
      ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
          "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--window-size=1280,1400", "--user-data-dir=" + profile);
      options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.toFile()).usingAnyFreePort().build();
      return new Browser(new ChromeDriver(service, options), profile);
    }

    void waitUntil(Duration timeout, java.util.function.BooleanSupplier condition) {
      new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    /** Until the Findings page shows the list its address (with {@code filter} in it) asks for. */
    void waitForFindings(String filter) {
      waitUntil(WAIT, () -> driver.getCurrentUrl().contains(filter) && "false".equals(driver.findElement(By.id("findings")).getAttribute("aria-busy"))
          && driver.findElement(By.id("shown")).getText().startsWith("Showing"));
    }

    /** axe-core over the whole page: no serious or critical violation, and axe really looked (dozens of rules passed). */
    @SuppressWarnings("unchecked")
    void assertAccessible(String page) {
      driver.executeScript(axeSource());
      Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
          + " axe.run(document).then(r => done({passes: r.passes.length, violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
          + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))}), e => done({error: String(e)}));");
      assertThat(result).as(page + ": axe ran").doesNotContainKey("error");
      assertThat(((Number) result.get("passes")).intValue()).as(page + ": axe rules passed").isGreaterThan(10);
      List<Map<String, Object>> serious = ((List<Map<String, Object>>) result.get("violations")).stream()
          .filter(v -> List.of("serious", "critical").contains(v.get("impact"))).toList();
      assertThat(serious).as(page + ": serious or critical axe violations").isEmpty();
    }

    /**
     * Every URL the pages asked for so far, from Chromium's performance log (DevTools Network events): all but those of
     * the browser's own new-tab page (a {@code chrome://} document), which it opens before the first page of the app.
     */
    List<String> requests() throws IOException {
      for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
        JsonNode message = TestServer.MAPPER.readTree(entry.getMessage()).path("message");
        if (message.path("method").asText().equals("Network.requestWillBeSent")
            && !message.path("params").path("documentURL").asText().startsWith("chrome://")) {
          requests.add(message.path("params").path("request").path("url").asText());
        }
      }
      return requests;
    }

    @Override
    public void close() {
      try {
        driver.quit();
      } finally {
        deleteQuietly(profile);
      }
    }

    private static String axeSource() {
      try (InputStream in = WebAppBrowserTest.class.getResourceAsStream("/axe.min.js")) {
        assertThat(in).as("axe.min.js on the test classpath (Deque's axe-core jar)").isNotNull();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void deleteQuietly(Path folder) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Collections.reverseOrder()).forEach(file -> file.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // A browser profile left in the system's temporary folder harms nothing.
      }
    }
  }
}
