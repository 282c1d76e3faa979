package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A running scan cancelled over the API stops, saves nothing and leaves nothing on disk; a queued one never runs; with
 * the queue full, another upload is refused.
 */
class ScanCancelTest {
  private static final String SCANS = FootprintServer.API + "/scans";
  static TestServer server;

  @BeforeAll
  static void start() {
    ScanLimits limits = ScanLimits.defaults();
    // One scan at a time and one waiting, so that a third is refused.
    server = new TestServer(ServerOptions.loopback().withScans(new ScanLimits(limits.maxFileBytes(), limits.maxRequestBytes(), limits.maxInFlightBytes(),
        1, 1, limits.ingest())));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A big generated export: some 300,000 drafts, one JSON Lines file (~25 MB), which takes far longer to scan than to cancel. */
  static byte[] bigDrafts() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(30 << 20);
    for (int i = 0; i < 300_000; i++) {
      out.writeBytes(("{\"id\":\"d" + i + "\",\"text\":\"Draft " + i + ": steaming at the wedding, still drunk for my shift\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** An upload that fits the in-flight budget alone, but not beside one being scanned, is told to come back (429), and then taken. */
  @Test
  void anUploadThatFitsOnlyOnceOthersAreDoneIsRefusedWith429() {
    byte[] big = bigDrafts();
    byte[] next = "{\"id\":\"n1\",\"text\":\"a draft\"}\n".repeat(50_000).getBytes(StandardCharsets.UTF_8);
    ScanLimits defaults = ScanLimits.defaults();
    try (TestServer busy = new TestServer(ServerOptions.loopback().withScans(new ScanLimits(defaults.maxFileBytes(), defaults.maxRequestBytes(),
        big.length + next.length / 2, 4, 1, defaults.ingest())))) {
      String running = busy.scan(new Multipart().file("drafts.jsonl", big));
      ScanApiTest.assertProblem(busy.upload(new Multipart().file("next.jsonl", next)), 429, "uploads-waiting");
      busy.send(busy.request(SCANS + "/" + running).DELETE());
      busy.awaitFinished(running, Duration.ofSeconds(30));
      String accepted = busy.scan(new Multipart().file("next.jsonl", next));
      assertThat(busy.awaitFinished(accepted, Duration.ofSeconds(60)).get("state").asText()).isEqualTo("done");
    }
  }

  @Test
  void aRunningScanIsCancelledWithNothingStoredAndItsFolderGone() {
    String running = server.scan(new Multipart().file("drafts.jsonl", bigDrafts()));
    server.awaitStatus(running, Duration.ofSeconds(60), status -> status.get("progress").get("items_read").asLong() > 0);
    // With one scan at a time, a second one waits for the first.
    String queued = server.scan(new Multipart().file("notes.md", "Lovely walk this morning".getBytes(StandardCharsets.UTF_8)));
    assertThat(TestServer.json(server.get(SCANS + "/" + queued)).get("state").asText()).isEqualTo("queued");
    ScanApiTest.assertProblem(server.upload(new Multipart().file("more.md", "and more".getBytes(StandardCharsets.UTF_8))), 429, "too-many-scans");

    HttpResponse<String> dropped = server.send(server.request(SCANS + "/" + queued).DELETE());
    assertThat(dropped.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(dropped).get("state").asText()).isEqualTo("cancelled");
    assertThat(server.server.workRoot().resolve("scans").resolve(queued)).doesNotExist();

    HttpResponse<String> cancelling = server.send(server.request(SCANS + "/" + running).DELETE());
    assertThat(cancelling.statusCode()).isEqualTo(200);
    JsonNode cancelled = server.awaitFinished(running, Duration.ofSeconds(20));

    assertThat(cancelled.get("state").asText()).isEqualTo("cancelled");
    assertThat(cancelled.get("progress").get("items_read").asLong()).isLessThan(300_000);
    assertThat(cancelled.get("findings").isNull()).isTrue();
    assertThat(TestServer.json(server.get(SCANS)).get("history").size()).isZero();
    assertThat(server.server.workRoot().resolve("scans").resolve(running)).doesNotExist();
    ScanApiTest.assertProblem(server.get(SCANS + "/" + running + "/findings"), 409, "scan-not-done");
    ScanApiTest.assertProblem(server.send(server.request(SCANS + "/" + running).DELETE()), 409, "scan-finished");
    assertThat(Files.exists(server.server.workRoot())).isTrue();
  }
}
