package org.footprint.ingest.social;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A minimal valid Bluesky CAR (header, one post record, no tree node) written byte by byte. */
final class BlueskyCar {
  private BlueskyCar() {}

  static byte[] sample() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] cid = new byte[36];
    cid[0] = 0x01;
    cid[1] = 0x71;
    cid[2] = 0x12;
    cid[3] = 0x20;
    for (int i = 4; i < cid.length; i++) {
      cid[i] = (byte) i;
    }
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.write(0xa2);
    text(header, "roots");
    header.write(0x81);
    header.write(0xd8);
    header.write(42);
    header.write(0x58);
    header.write(cid.length + 1);
    header.write(0);
    header.writeBytes(cid);
    text(header, "version");
    header.write(0x01);
    out.write(header.size());
    out.writeBytes(header.toByteArray());
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.write(0xa3);
    text(record, "text");
    text(record, "hello bluesky");
    text(record, "$type");
    text(record, "app.bsky.feed.post");
    text(record, "createdAt");
    text(record, "2024-01-01T00:00:00Z");
    out.write(cid.length + record.size());
    out.writeBytes(cid);
    out.writeBytes(record.toByteArray());
    return out.toByteArray();
  }

  private static void text(ByteArrayOutputStream out, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.write(0x60 + utf8.length);
    out.writeBytes(utf8);
  }
}
