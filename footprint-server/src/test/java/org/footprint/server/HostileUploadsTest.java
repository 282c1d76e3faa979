package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.container.ZipBuilder;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.GeneratedArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile input the readers' tests build, uploaded at once beside a good export: each scan ends done with its
 * problems, or failed with a problem naming the file; no request is answered 500, the good export's findings are all
 * there, the draft check still answers, and no upload is left on disk.
 */
class HostileUploadsTest {
  private static final String SCANS = FootprintServer.API + "/scans";
  /** Few enough that a zip of many small entries is "too many" without costing the test a second. */
  private static final int MAX_ENTRIES = 40;
  static TestServer server;
  @TempDir static Path temp;

  @BeforeAll
  static void start() {
    ScanLimits limits = ScanLimits.defaults();
    server = new TestServer(ServerOptions.loopback().withScans(new ScanLimits(limits.maxFileBytes(), limits.maxRequestBytes(), limits.maxInFlightBytes(),
        32, 2, IngestLimits.defaults().withMaxEntries(MAX_ENTRIES))));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Every hostile shape the readers' tests build, by the name it is uploaded under. */
  static Map<String, byte[]> hostile() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] drafts = "{\"text\":\"a draft\"}\n".getBytes(StandardCharsets.UTF_8);
    files.put("zip-slip.zip", new ZipBuilder().file("../../../etc/cron.d/evil", "x").file("drafts.jsonl", drafts).bytes());
    files.put("absolute.zip", new ZipBuilder().file("/etc/passwd", "x").file("drafts.jsonl", drafts).bytes());
    files.put("symlink.zip", new ZipBuilder().symlink("link.json", "/etc/shadow").file("drafts.jsonl", drafts).bytes());
    files.put("bomb.zip", new ZipBuilder().raw("bomb.json", ZipBuilder.deflatedZeros(512), 512L << 20, 0).file("drafts.jsonl", drafts).bytes());
    ZipBuilder many = new ZipBuilder();
    for (int i = 0; i <= MAX_ENTRIES; i++) {
      many.file("notes/" + i + ".txt", "note " + i);
    }
    files.put("too-many.zip", many.bytes());
    byte[] deep = new ZipBuilder().file("drafts.jsonl", drafts).bytes();
    for (int depth = 0; depth < 4; depth++) {
      deep = new ZipBuilder().file("level" + depth + ".zip", deep).bytes();
    }
    files.put("deep.zip", new ZipBuilder().file("drafts.jsonl", drafts).file("nested.zip", deep).bytes());
    byte[] whole = new ZipBuilder().file("a.jsonl", drafts).file("b.txt", "b".repeat(5000)).bytes();
    files.put("truncated.zip", Arrays.copyOf(whole, whole.length / 2));
    files.put("truncated-json.zip", twitterWithCutTweets());
    files.put("not-a-zip.zip", "<html>Your download has expired</html>".getBytes(StandardCharsets.UTF_8));
    files.put("mystery.bin", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
    files.put("utf16.txt", "Absolutely steaming at the wedding, still drunk for my shift".getBytes(StandardCharsets.UTF_16LE));
    files.put("latin1.md", "Café night with the team, cheers to Zoë".getBytes(Charset.forName("windows-1252")));
    return files;
  }

  /** The problem each upload must report, by code (the encodings must read cleanly instead). */
  static final Map<String, String> EXPECTED = Map.ofEntries(Map.entry("zip-slip.zip", "ingest.zip.path-traversal"),
      Map.entry("absolute.zip", "ingest.zip.absolute-path"), Map.entry("symlink.zip", "ingest.zip.symlink"), Map.entry("bomb.zip", "ingest.zip.bomb"),
      Map.entry("too-many.zip", "ingest.zip.too-many-entries"), Map.entry("deep.zip", "ingest.zip.too-deep"), Map.entry("truncated.zip", "ingest.zip.corrupt"),
      Map.entry("truncated-json.zip", "ingest.json.truncated"), Map.entry("not-a-zip.zip", "ingest.file.not-zip"),
      Map.entry("mystery.bin", "ingest.format.unknown"));

  /** A generated X archive whose tweets file breaks off halfway. */
  private static byte[] twitterWithCutTweets() throws IOException {
    GeneratedArchive x = ArchiveGenerator.twitter(5, ArchiveGenerator.persona(5), 40, temp.resolve("x.zip"));
    ZipBuilder cut = new ZipBuilder();
    try (ZipFile zip = new ZipFile(x.path().toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        byte[] data = zip.getInputStream(entry).readAllBytes();
        cut.file(entry.getName(), entry.getName().endsWith("tweets.js") ? Arrays.copyOf(data, data.length / 2) : data);
      }
    }
    return cut.bytes();
  }

  @Test
  void everyHostileUploadEndsWithItsProblemWhileAGoodOneBesideItIsScannedInFull() throws IOException {
    GeneratedArchive good = ArchiveGenerator.twitter(11, ArchiveGenerator.persona(11), 120, temp.resolve("good.zip"), true);
    Map<String, byte[]> uploads = new LinkedHashMap<>(hostile());
    uploads.put("good-twitter.zip", Files.readAllBytes(good.path()));

    Map<String, CompletableFuture<JsonNode>> scans = new LinkedHashMap<>();
    uploads.forEach((name, bytes) -> scans.put(name, CompletableFuture.supplyAsync(() -> {
      String id = server.scan(new Multipart().file(name, bytes));
      return server.awaitFinished(id, Duration.ofSeconds(90));
    })));
    assertThat(server.check(TestServer.draft("still answering while the uploads are scanned")).statusCode()).isEqualTo(200);

    for (Map.Entry<String, CompletableFuture<JsonNode>> scan : scans.entrySet()) {
      String name = scan.getKey();
      JsonNode status = scan.getValue().join();
      String state = status.get("state").asText();
      assertThat(state).as(name + ": " + status).isIn("done", "failed");
      assertThat(status.toString()).as(name).doesNotContain(server.folder.toString()).doesNotContain("uploads/");
      List<JsonNode> problems = StreamSupport.stream(status.get("problems").spliterator(), false).toList();
      assertThat(problems).as(name).allSatisfy(p -> assertThat(p.get("file").asText()).startsWith(name));
      if (state.equals("failed")) {
        assertThat(status.get("error").get("detail").asText()).as(name).contains(name);
        assertThat(status.get("error").get("status").asInt()).as(name).isNotEqualTo(500);
      }
      String expected = EXPECTED.get(name);
      if (expected != null) {
        assertThat(problems).as(name + ": " + status).anySatisfy(p -> assertThat(p.get("code").asText()).isEqualTo(expected));
      } else {
        assertThat(state).as(name + ": " + status).isEqualTo("done");
        assertThat(status.get("items_scanned").asLong()).as(name).isPositive();
      }
    }
    JsonNode goodScan = scans.get("good-twitter.zip").join();
    assertThat(goodScan.get("problems").size()).isZero();
    assertThat(goodScan.get("findings").asLong()).isPositive();
    HttpResponse<String> findings = server.get(SCANS + "/" + goodScan.get("id").asText() + "/findings?limit=500");
    assertThat(TestServer.json(findings).get("total").asLong()).isEqualTo(goodScan.get("findings").asLong());
    assertThat(server.check(TestServer.draft("and after")).statusCode()).isEqualTo(200);
    try (Stream<Path> left = Files.walk(server.server.workRoot())) {
      assertThat(left.filter(p -> p.getFileName().toString().equals("uploads")).toList()).isEmpty();
    }
  }

  @Test
  void uploadsPastTheLimitsAreRefusedWith413AndLeaveNothingBehind() {
    try (TestServer small = new TestServer(ServerOptions.loopback().withScans(new ScanLimits(20_000, 40_000, 30_000, 4, 1, IngestLimits.defaults())))) {
      ScanApiTest.assertProblem(small.upload(new Multipart().file("big.zip", new byte[20_001])), 413, "too-large");
      ScanApiTest.assertProblem(small.upload(new Multipart().file("a.zip", new byte[15_000]).file("b.zip", new byte[15_000]).file("c.zip", new byte[15_000])),
          413, "too-large");
      // Within the request limit, but more than may wait to be scanned at once.
      ScanApiTest.assertProblem(small.upload(new Multipart().file("a.zip", new byte[17_000]).file("b.zip", new byte[17_000])), 413, "too-large");
      ScanApiTest.assertProblem(small.send(small.postJson(SCANS, "{}")), 415, "unsupported-media-type");
      ScanApiTest.assertProblem(small.upload(new Multipart().field("pack", "sssc")), 400, "bad-request");
      ScanApiTest.assertProblem(small.upload(new Multipart().field("pack", "nope").file("a.md", "hi".getBytes(StandardCharsets.UTF_8))), 400, "unknown-pack");
      ScanApiTest.assertProblem(small.upload(new Multipart().part("other", "x.zip", new byte[1])), 400, "bad-request");
      // The draft check keeps its own 1 MiB limit on bodies read whole.
      assertThat(small.check(TestServer.draft("x".repeat(1_200_000))).statusCode()).isEqualTo(413);
      try (Stream<Path> left = Files.walk(small.server.workRoot())) {
        assertThat(left.filter(Files::isRegularFile).toList()).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
