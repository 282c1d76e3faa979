package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer is a 4xx and the server goes on answering. */
class MalformedRequestsTest {
  static final TestServer server = TestServer.shared();

  @Test
  void malformedBodiesAndHeadersAreAnsweredWith4xxAndTheServerStaysUp() {
    List<HttpRequest.Builder> malformed = List.of(
        server.request("/api/v1/check").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")),
        server.request("/api/v1/check").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()),
        server.request("/api/v1/check").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 't', '"', ':', (byte) 0xC3, (byte) 0x28, '}'})),
        server.request("/api/v1/check").POST(HttpRequest.BodyPublishers.ofString("{\"text\": " + "[".repeat(5_000))),
        server.request("/api/v1/check").header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString("--x\r\nbroken")),
        server.request("/api/v1/packs").header("X-Padding", "a".repeat(64 * 1024)).GET());
    for (int round = 0; round < 20; round++) {
      for (HttpRequest.Builder request : malformed) {
        HttpResponse<String> response = server.send(request);
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
      }
    }
    assertThat(rawRequest("NOT-HTTP\r\n\r\n")).startsWith("HTTP/1.1 400");
    assertThat(rawRequest("GET /api/v1/packs HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 400");

    assertThat(server.check(TestServer.draft(CheckApiTest.CLEAN)).statusCode()).isEqualTo(200);
  }

  private static String rawRequest(String text) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(text.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
