package org.footprint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.footprint.config.FootprintConfig;
import org.footprint.scan.ExportScanJob;
import org.footprint.store.StoreSettings;

/** A server on a random loopback port and a real HTTP client talking to it. */
final class TestServer implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();
  final FootprintServer server;
  final HttpClient client = HttpClient.newHttpClient();

  /** The store and the uploads are in a temporary folder of the server's own, deleted when it stops. */
  final Path folder;

  TestServer(ServerOptions options) {
    try {
      folder = Files.createTempDirectory("footprint-test-server-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ServerOptions working = options.workRoot() == null ? options.withWorkRoot(folder.resolve("work")) : options;
    server = new FootprintServer(working, FootprintConfig.NONE, folder.resolve("watch-list.json"), StoreSettings.h2File(folder.resolve("store")), "test").start();
  }

  /** One loopback server for every test class that needs no settings of its own, stopped when the tests' JVM ends. */
  static TestServer shared() {
    return Shared.SERVER;
  }

  private static final class Shared {
    static final TestServer SERVER = loopback();

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(SERVER::close));
    }
  }

  static TestServer loopback() {
    return new TestServer(ServerOptions.loopback());
  }

  static TestServer withToken(String token) {
    return new TestServer(new ServerOptions(InetAddress.getLoopbackAddress(), 0, Optional.of(token)));
  }

  String origin() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(origin() + path));
  }

  HttpRequest.Builder postJson(String path, String json) {
    return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  HttpResponse<String> check(String json) {
    return send(postJson(FootprintServer.API + "/check", json));
  }

  /** {@code POST /api/v1/scans} with the form. */
  HttpResponse<String> upload(Multipart form) {
    return send(request(FootprintServer.API + "/scans").header("Content-Type", form.contentType()).POST(form.body()));
  }

  /** Uploads the form, expects 202, and returns the scan's id. */
  String scan(Multipart form) {
    HttpResponse<String> accepted = upload(form);
    if (accepted.statusCode() != 202) {
      throw new AssertionError("upload answered " + accepted.statusCode() + ": " + accepted.body());
    }
    return json(accepted).get("id").asText();
  }

  /** Polls {@code GET /scans/{id}} until the scan has finished (done, failed or cancelled), and returns its status. */
  JsonNode awaitFinished(String id, Duration within) {
    return awaitStatus(id, within, status -> List.of("done", "failed", "cancelled").contains(status.get("state").asText()));
  }

  JsonNode awaitStatus(String id, Duration within, Predicate<JsonNode> reached) {
    Instant deadline = Instant.now().plus(within);
    while (true) {
      HttpResponse<String> response = get(FootprintServer.API + "/scans/" + id);
      if (response.statusCode() != 200) {
        throw new AssertionError("GET /scans/" + id + " answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode status = json(response);
      if (reached.test(status)) {
        return status;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("scan " + id + " did not get there within " + within + ": " + status);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String draft(String text) {
    return MAPPER.createObjectNode().put("text", text).toString();
  }

  @Override
  public void close() {
    server.close();
    ExportScanJob.deleteTree(folder);
  }
}
