package org.footprint.ingest.bluesky;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes Bluesky repository CARs for tests with its own small DAG-CBOR encoder (definite lengths, CIDs as
 * tag 42), independent of the Jackson decoder under test. Records come before the tree node and the commit,
 * as in real exports, so the reader must not rely on order.
 */
public final class CarFile {
  /** A CIDv1 (dag-cbor, sha-256). */
  public record Cid(byte[] bytes) {}

  static final String DID = "did:plc:testowner000000000000";
  private final List<byte[]> blocks = new ArrayList<>();
  private final TreeMap<String, Cid> keys = new TreeMap<>();

  /** Adds a record under {@code key} (e.g. {@code app.bsky.feed.post/3k2a}) and names it in the tree. */
  public CarFile record(String key, Map<String, Object> record) {
    keys.put(key, add(record));
    return this;
  }

  /** Adds a record no tree node names. */
  Cid unkeyed(Map<String, Object> record) {
    return add(record);
  }

  /** Adds raw bytes as a dag-cbor block (for broken blocks). */
  CarFile rawBlock(byte[] data) {
    blocks.add(section(cid(data), data));
    return this;
  }

  private Cid add(Map<String, Object> record) {
    byte[] data = cbor(record);
    Cid cid = cid(data);
    blocks.add(section(cid, data));
    return cid;
  }

  public byte[] bytes() {
    List<Object> entries = new ArrayList<>();
    String previous = "";
    for (Map.Entry<String, Cid> key : keys.entrySet()) {
      int shared = 0;
      while (shared < previous.length() && shared < key.getKey().length() && previous.charAt(shared) == key.getKey().charAt(shared)) {
        shared++;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("k", key.getKey().substring(shared).getBytes(StandardCharsets.UTF_8));
      entry.put("p", shared);
      entry.put("t", null);
      entry.put("v", key.getValue());
      entries.add(entry);
      previous = key.getKey();
    }
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("e", entries);
    node.put("l", null);
    byte[] nodeData = cbor(node);
    Cid nodeCid = cid(nodeData);
    Map<String, Object> commit = new LinkedHashMap<>();
    commit.put("did", DID);
    commit.put("rev", "3kaaaaaaaaaaa");
    commit.put("sig", new byte[64]);
    commit.put("data", nodeCid);
    commit.put("prev", null);
    commit.put("version", 3);
    byte[] commitData = cbor(commit);
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("roots", List.of(cid(commitData)));
    header.put("version", 1);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] headerData = cbor(header);
    varint(out, headerData.length);
    out.writeBytes(headerData);
    blocks.forEach(out::writeBytes);
    out.writeBytes(section(nodeCid, nodeData));
    out.writeBytes(section(cid(commitData), commitData));
    return out.toByteArray();
  }

  public static Map<String, Object> post(String text, String createdAt) {
    Map<String, Object> post = new LinkedHashMap<>();
    post.put("text", text);
    post.put("$type", "app.bsky.feed.post");
    post.put("createdAt", createdAt);
    return post;
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static byte[] section(Cid cid, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    varint(out, cid.bytes().length + data.length);
    out.writeBytes(cid.bytes());
    out.writeBytes(data);
    return out.toByteArray();
  }

  static Cid cid(byte[] data) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
      byte[] cid = new byte[4 + digest.length];
      cid[0] = 0x01;
      cid[1] = 0x71;
      cid[2] = 0x12;
      cid[3] = 0x20;
      System.arraycopy(digest, 0, cid, 4, digest.length);
      return new Cid(cid);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] cbor(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, value);
    return out.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static void write(ByteArrayOutputStream out, Object value) {
    if (value == null) {
      out.write(0xf6);
    } else if (value instanceof Boolean b) {
      out.write(b ? 0xf5 : 0xf4);
    } else if (value instanceof Integer n) {
      head(out, n >= 0 ? 0 : 1, n >= 0 ? n : -1L - n);
    } else if (value instanceof String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      head(out, 3, utf8.length);
      out.writeBytes(utf8);
    } else if (value instanceof byte[] bytes) {
      head(out, 2, bytes.length);
      out.writeBytes(bytes);
    } else if (value instanceof Cid cid) {
      head(out, 6, 42);
      head(out, 2, cid.bytes().length + 1);
      out.write(0);
      out.writeBytes(cid.bytes());
    } else if (value instanceof List<?> list) {
      head(out, 4, list.size());
      list.forEach(v -> write(out, v));
    } else if (value instanceof Map<?, ?> map) {
      head(out, 5, map.size());
      ((Map<String, Object>) map).forEach((k, v) -> {
        write(out, k);
        write(out, v);
      });
    } else {
      throw new IllegalArgumentException("no CBOR for " + value);
    }
  }

  private static void head(ByteArrayOutputStream out, int major, long n) {
    int type = major << 5;
    if (n < 24) {
      out.write(type | (int) n);
    } else if (n < 256) {
      out.write(type | 24);
      out.write((int) n);
    } else if (n < 65536) {
      out.write(type | 25);
      out.write((int) (n >> 8));
      out.write((int) n);
    } else {
      out.write(type | 26);
      for (int shift = 24; shift >= 0; shift -= 8) {
        out.write((int) (n >> shift));
      }
    }
  }

  static void varint(ByteArrayOutputStream out, long n) {
    while (n >= 0x80) {
      out.write((int) (n & 0x7f) | 0x80);
      n >>>= 7;
    }
    out.write((int) n);
  }
}
