package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code footprint serve}: prints its loopback address, answers there, saves scans to its store, and stops when interrupted. */
class ServeCommandTest {

  /** {@code footprint serve ARGS} on a thread of its own, once it has printed its address. */
  private record Serving(Thread thread, String address, AtomicInteger exitCode) {
    static Serving start(String... args) throws InterruptedException {
      CommandLine commandLine = FootprintCommand.commandLine();
      StringWriter out = new StringWriter();
      commandLine.setOut(new PrintWriter(out, true));
      AtomicInteger exitCode = new AtomicInteger(-1);
      Thread serving = new Thread(() -> exitCode.set(commandLine.execute(args)));
      serving.start();
      Matcher address = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/").matcher("");
      Instant deadline = Instant.now().plusSeconds(30);
      while (!address.reset(out.toString()).find() && Instant.now().isBefore(deadline)) {
        Thread.sleep(20);
      }
      assertThat(address.reset(out.toString()).find()).as(out.toString()).isTrue();
      return new Serving(serving, address.group(), exitCode);
    }

    void stop() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
      assertThat(thread.isAlive()).isFalse();
      assertThat(exitCode.get()).isZero();
    }
  }

  @Test
  void servesOnLoopbackAtThePrintedAddressUntilStopped() throws Exception {
    Serving serving = Serving.start("serve", "--port", "0");
    HttpRequest check = HttpRequest.newBuilder(URI.create(serving.address() + "api/v1/check")).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Lovely walk on the beach this morning\"}")).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(check, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"ok_to_post\":true");

    serving.stop();
  }

  @Test
  void savesTheScansUploadedToTheStoreItIsGiven(@TempDir Path temp) throws Exception {
    Path store = temp.resolve("store");
    Serving serving = Serving.start("serve", "--port", "0", "--db", store.toString());
    String boundary = "b0undary";
    String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"drafts.md\"\r\n\r\n"
        + "Absolutely steaming at the wedding, still drunk for my shift\r\n--" + boundary + "--\r\n";
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(URI.create(serving.address() + "api/v1/scans"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    URI status = URI.create(serving.address()).resolve(accepted.headers().firstValue("Location").orElseThrow());
    Instant deadline = Instant.now().plusSeconds(60);
    String body;
    do {
      Thread.sleep(50);
      body = client.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString()).body();
    } while (!body.contains("\"state\":\"done\"") && Instant.now().isBefore(deadline));
    assertThat(body).contains("\"state\":\"done\"");
    serving.stop();

    CliRun history = CliRun.of("history", "--db", store.toString());
    assertThat(history.out()).contains("drafts.md").doesNotContain("No scans");
  }

  @Test
  void bindingBeyondLoopbackWithoutATokenIsAUsageError() {
    CliRun run = CliRun.of("serve", "--bind", "0.0.0.0");

    assertThat(run.exitCode()).isEqualTo(FootprintCommand.ERROR);
    assertThat(run.err()).contains("--token");
  }

  @Test
  void aHostNameToBindToIsRefusedRatherThanLookedUp() {
    CliRun run = CliRun.of("serve", "--bind", "example.org", "--token", "t");

    assertThat(run.exitCode()).isEqualTo(FootprintCommand.ERROR);
    assertThat(run.err()).contains("IP address");
  }
}
