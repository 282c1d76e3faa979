package org.footprint.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.footprint.synth.archive.GeneratedArchive;

/** A multipart/form-data body built for tests: files and fields, any file name. */
final class Multipart {
  private static final String BOUNDARY = "footprint-test-boundary-7f3a9c";
  private final List<byte[]> parts = new ArrayList<>();

  /** The files, each under its own name. */
  Multipart files(List<GeneratedArchive> exports) throws IOException {
    for (GeneratedArchive export : exports) {
      file(export.path().getFileName().toString(), Files.readAllBytes(export.path()));
    }
    return this;
  }

  Multipart file(String fileName, byte[] content) {
    return part("file", fileName, content);
  }

  Multipart field(String name, String value) {
    return part(name, null, value.getBytes(StandardCharsets.UTF_8));
  }

  Multipart part(String name, String fileName, byte[] content) {
    ByteArrayOutputStream part = new ByteArrayOutputStream(content.length + 256);
    String header = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
        + (fileName == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
    part.writeBytes(header.getBytes(StandardCharsets.UTF_8));
    part.writeBytes(content);
    part.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    parts.add(part.toByteArray());
    return this;
  }

  String contentType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  /** The whole body, so that it goes with a Content-Length, as a browser sends a form. */
  HttpRequest.BodyPublisher body() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    parts.forEach(all::writeBytes);
    all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.BodyPublishers.ofByteArray(all.toByteArray());
  }
}
