package org.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.footprint.synth.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's load test, against a real {@code footprint serve} in a second process on loopback: 50 clients post
 * synthetic drafts to {@code /api/v1/check} for 60 s (each every 50 ms, after 15 s of warm-up), then 15 s as fast as they can, and get no
 * error; then 1,000 malformed requests (bad JSON, wrong
 * content types, bad multipart, huge headers and bodies, raw non-HTTP bytes) are each answered with a 4xx, and the
 * server still answers. Latency is recorded, never asserted (speed is measured, not tested): the percentiles go to
 * {@code target/server-load.txt} and docs/PERFORMANCE.md. {@code -Dfootprint.load.seconds=N} and
 * {@code -Dfootprint.load.clients=N} change the run; {@code -Dfootprint.load.jvm="OPTIONS"} adds options to the server's JVM.
 */
class ServerLoadTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLIENTS = Integer.getInteger("footprint.load.clients", 50);
  private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("footprint.load.seconds", 60));
  /** Lets the server's JIT compile the check before anything is measured. */
  private static final Duration WARM_UP = Duration.ofSeconds(15);
  private static final Duration PACE = Duration.ofMillis(50);
  private static final Duration SATURATED = Duration.ofSeconds(15);
  /** The run is bounded in count as well as time. */
  private static final long MAX_REQUESTS = 5_000_000;
  private static final int MALFORMED = 1_000;

  @TempDir Path temp;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void fiftyClientsGetNoErrorsAndMalformedRequestsGet4xxWhileTheServerStaysUp() throws Exception {
    try (ServedProcess server = ServedProcess.start(temp)) {
      List<String> drafts = drafts(2_000);
      load(server, drafts, WARM_UP, null);
      // People typing: each client checks a draft every PACE, as the page does after a pause in typing (faster
      // than anyone types); latency counts from when a request was due, so a slow answer also delays the next.
      Load paced = load(server, drafts, MEASURED, PACE);
      // Then as fast as they can: the most the server answers, and the latency when 50 wait on each other.
      Load flat = load(server, drafts, SATURATED, null);
      String measured = "paced, a draft every " + PACE.toMillis() + " ms per client: " + paced.describe()
          + "flat out: " + flat.describe();
      Files.writeString(Path.of("target", "server-load.txt"), measured, StandardCharsets.UTF_8);
      System.out.print(measured);

      for (Load run : List.of(paced, flat)) {
        assertThat(run.errors()).as("errors, first ones: %s", run.firstErrors()).isZero();
        assertThat(run.latencies().getTotalCount()).isPositive();
      }

      Map<String, Integer> statusByKind = new TreeMap<>();
      Random random = new Random(6);
      for (int i = 0; i < MALFORMED; i++) {
        Malformed request = Malformed.values()[i % Malformed.values().length];
        int status = request.send(server, random);
        assertThat(status).as("%s (#%d) answered %d", request, i, status).isBetween(400, 499);
        statusByKind.merge(request + " → " + status, 1, Integer::sum);
      }
      System.out.println("malformed requests: " + statusByKind);

      assertThat(server.isAlive()).isTrue();
      assertThat(server.send(server.check(drafts.get(0))).statusCode()).isEqualTo(200);
    }
  }

  /** {@code n} synthetic drafts of the demo's kind, as JSON bodies for {@code /api/v1/check}. */
  private static List<String> drafts(int n) {
    CorpusGenerator corpus = new CorpusGenerator(61);
    List<String> bodies = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      bodies.add(JSON.createObjectNode().put("text", corpus.nextPost()).toString());
    }
    return bodies;
  }

  /**
   * {@link #CLIENTS} threads, each posting one draft after another until {@code length} has passed: every
   * {@code pace}, or with no pause when it is null.
   */
  private static Load load(ServedProcess server, List<String> drafts, Duration length, Duration pace) throws InterruptedException {
    AtomicLong sent = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    List<Histogram> perClient = new ArrayList<>();
    List<Thread> clients = new ArrayList<>();
    long started = System.nanoTime();
    long end = started + length.toNanos();
    for (int c = 0; c < CLIENTS; c++) {
      Histogram latencies = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
      perClient.add(latencies);
      int first = c;
      // Paced clients start spread over one pace, not all at once.
      long firstDue = pace == null ? started : started + pace.toNanos() * c / CLIENTS;
      Thread client = new Thread(() -> {
        long due = firstDue;
        for (int i = first; due < end && sent.incrementAndGet() <= MAX_REQUESTS; i += CLIENTS) {
          if (pace != null) {
            sleepUntil(due);
          } else {
            due = System.nanoTime();
          }
          String failure = server.checkFails(drafts.get(i % drafts.size()));
          latencies.recordValue(Math.min(latencies.getHighestTrackableValue(), TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due)));
          if (failure != null) {
            errors.incrementAndGet();
            if (firstErrors.size() < 10) {
              firstErrors.add(failure);
            }
          }
          due = pace == null ? System.nanoTime() : due + pace.toNanos();
        }
      }, "load-client-" + c);
      clients.add(client);
      client.start();
    }
    for (Thread client : clients) {
      client.join();
    }
    Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
    perClient.forEach(all::add);
    return new Load(all, Duration.ofNanos(System.nanoTime() - started), errors.get(), List.copyOf(firstErrors));
  }

  private static void sleepUntil(long nanoTime) {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What a load run measured: latencies in microseconds. */
  record Load(Histogram latencies, Duration took, long errors, List<String> firstErrors) {
    String describe() {
      double seconds = took.toNanos() / 1e9;
      return String.format(Locale.ROOT,
          "%d clients, %.1f s: %,d drafts checked (%,.0f/s), %d errors; latency ms p50 %.2f, p90 %.2f, p99 %.2f, p99.9 %.2f, max %.2f%n",
          CLIENTS, seconds, latencies.getTotalCount(), latencies.getTotalCount() / seconds, errors, ms(50), ms(90), ms(99), ms(99.9),
          latencies.getMaxValue() / 1000.0);
    }

    private double ms(double percentile) {
      return latencies.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  /** The kinds of malformed request, sent in turn; each varies with the seeded random. */
  private enum Malformed {
    WRONG_CONTENT_TYPE((s, r) -> s.post("/api/v1/check", "text/plain", "text=" + r.nextInt())),
    TRUNCATED_JSON((s, r) -> {
      String body = "{\"text\": \"a draft about the team meeting\", \"pack\": \"sssc\"}";
      return s.post("/api/v1/check", "application/json", body.substring(0, 1 + r.nextInt(body.length() - 2)));
    }),
    RANDOM_BYTES((s, r) -> {
      byte[] body = new byte[1 + r.nextInt(4_000)];
      r.nextBytes(body);
      return s.status(s.request("/api/v1/check").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }),
    WRONG_JSON_TYPES((s, r) -> s.post("/api/v1/check", "application/json",
        List.of("{\"text\": 42}", "[]", "\"text\"", "{\"text\": null}", "{\"text\": \"fine\", \"pack\": \"no-such-pack\"}", "{}").get(r.nextInt(6)))),
    DEEP_NESTING((s, r) -> s.post("/api/v1/check", "application/json", "{\"text\": " + "[".repeat(2_000 + r.nextInt(20_000)))),
    BAD_MULTIPART((s, r) -> s.post("/api/v1/scans", "multipart/form-data; boundary=b" + r.nextInt(1000),
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.zip\"\r\n\r\nPK" + r.nextInt())),
    HUGE_HEADER((s, r) -> s.status(s.request("/api/v1/packs").header("X-Filler", "f".repeat(20_000 + r.nextInt(200_000))).GET())),
    HUGE_BODY((s, r) -> s.post("/api/v1/check", "application/json", "{\"text\": \"" + "x".repeat((1 << 20) + r.nextInt(1 << 19)) + "\"}")),
    WRONG_METHOD_OR_PATH((s, r) -> r.nextBoolean() ? s.status(s.request("/api/v1/check").DELETE())
        : s.status(s.request("/api/v1/no-such-thing-" + r.nextInt(100)).GET())),
    NOT_HTTP((s, r) -> s.raw(List.of("HELLO\r\n\r\n", "GET /a\u0001b HTTP/1.1\r\n\r\n", "GET /api/v1/packs HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n",
        "POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n").get(r.nextInt(4))));

    private final ToIntBiFunction<ServedProcess, Random> sender;

    Malformed(ToIntBiFunction<ServedProcess, Random> sender) {
      this.sender = sender;
    }

    int send(ServedProcess server, Random random) {
      return sender.applyAsInt(server, random);
    }
  }

  /** {@code footprint serve --port 0} in a child JVM with an empty home of its own, stopped when closed. */
  private static final class ServedProcess implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
    private final Process process;
    private final URI base;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private ServedProcess(Process process, int port) {
      this.process = process;
      this.port = port;
      this.base = URI.create("http://127.0.0.1:" + port);
    }

    static ServedProcess start(Path home) throws IOException, InterruptedException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
      // E.g. -Dfootprint.load.jvm=-XX:StartFlightRecording=filename=/tmp/serve.jfr to profile the server under load.
      String options = System.getProperty("footprint.load.jvm", "").strip();
      if (!options.isEmpty()) {
        command.addAll(List.of(options.split("\\s+")));
      }
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), FootprintCommand.class.getName(), "serve", "--port", "0"));
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(home.resolve("serve.err").toFile());
      builder.environment().put("HOME", home.toString());
      builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
      builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
      Process process = builder.start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null) {
        Matcher address = ADDRESS.matcher(line);
        if (address.find()) {
          // The rest of what it prints is not read: a thread drains it so the server never blocks on a full pipe.
          Thread drain = new Thread(() -> drain(process.getInputStream()), "serve-stdout");
          drain.setDaemon(true);
          drain.start();
          return new ServedProcess(process, Integer.parseInt(address.group(1)));
        }
      }
      process.waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException("footprint serve printed no address: " + Files.readString(home.resolve("serve.err")));
    }

    boolean isAlive() {
      return process.isAlive();
    }

    HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    HttpRequest.Builder check(String body) {
      return request("/api/v1/check").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Null when the draft was judged, else what went wrong. */
    String checkFails(String body) {
      try {
        HttpResponse<String> response = http.send(check(body).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("\"ok_to_post\":") ? null : response.statusCode() + " " + response.body();
      } catch (IOException e) {
        return e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return e.toString();
      }
    }

    int post(String path, String contentType, String body) {
      return status(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    int status(HttpRequest.Builder request) {
      return send(request).statusCode();
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new AssertionError(request.build().uri() + ": no answer: " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }

    /** The status code of the answer to raw bytes written to the server's port. */
    int raw(String bytes) {
      try (Socket socket = new Socket(base.getHost(), port)) {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        assertThat(statusLine).as("answer to %s", bytes).startsWith("HTTP/1.1 ");
        return Integer.parseInt(statusLine.substring(9, 12));
      } catch (IOException e) {
        throw new AssertionError("no answer to raw " + bytes + ": " + e, e);
      }
    }

    private static void drain(InputStream in) {
      try {
        in.transferTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        // The process has ended.
      }
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
