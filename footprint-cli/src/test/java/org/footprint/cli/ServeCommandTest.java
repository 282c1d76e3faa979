package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code footprint serve}: prints its loopback address, answers there, and stops when interrupted. */
class ServeCommandTest {

  @Test
  void servesOnLoopbackAtThePrintedAddressUntilStopped() throws Exception {
    CommandLine commandLine = FootprintCommand.commandLine();
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exitCode.set(commandLine.execute("serve", "--port", "0")));
    serving.start();

    Matcher address = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/").matcher("");
    Instant deadline = Instant.now().plusSeconds(30);
    while (!address.reset(out.toString()).find() && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(address.reset(out.toString()).find()).as(out.toString()).isTrue();
    HttpRequest check = HttpRequest.newBuilder(URI.create(address.group() + "api/v1/check")).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Lovely walk on the beach this morning\"}")).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(check, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"ok_to_post\":true");

    serving.interrupt();
    serving.join(10_000);
    assertThat(serving.isAlive()).isFalse();
    assertThat(exitCode.get()).isZero();
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
