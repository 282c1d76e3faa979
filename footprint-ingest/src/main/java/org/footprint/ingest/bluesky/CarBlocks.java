package org.footprint.ingest.bluesky;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Streams the blocks of a CARv1 file: a varint-length-prefixed DAG-CBOR header, then blocks of
 * {@code <varint length><CID><data>}. Only the current block is held in memory.
 */
final class CarBlocks {
  /** Largest block accepted; atproto records and tree nodes are far smaller. */
  static final int MAX_BLOCK_BYTES = 8 * 1024 * 1024;
  /** DAG-CBOR, the codec of records, tree nodes and commits. */
  static final int DAG_CBOR = 0x71;
  /** A CIDv0 (a bare sha-256 multihash) always names dag-pb, never a record. */
  private static final int DAG_PB = 0x70;

  /** One block: its CID (raw bytes and the codec it names) and its data. */
  record Block(byte[] cid, long codec, byte[] data) {}

  /** The CAR framing is broken; {@code truncated} when the file simply ends early. */
  static final class CorruptCarException extends IOException {
    final boolean truncated;

    CorruptCarException(String message, boolean truncated) {
      super(message);
      this.truncated = truncated;
    }
  }

  private final InputStream in;

  CarBlocks(InputStream in) {
    this.in = in;
  }

  /** The header's DAG-CBOR bytes. */
  byte[] header() throws IOException {
    long length = varint();
    if (length <= 0 || length > 64 * 1024) {
      throw new CorruptCarException(length < 0 ? "the file is empty" : "the file does not start with a CAR header", false);
    }
    byte[] header = in.readNBytes((int) length);
    if (header.length < length) {
      throw new CorruptCarException("the file does not start with a CAR header", false);
    }
    return header;
  }

  /** The next block, or null at the end of the file. */
  Block next() throws IOException {
    long length = varint();
    if (length < 0) {
      return null;
    }
    if (length == 0 || length > MAX_BLOCK_BYTES) {
      throw new CorruptCarException("a block length of " + length + " bytes is not plausible", false);
    }
    byte[] section = bytes((int) length);
    int cidLength = cidLength(section);
    byte[] cid = Arrays.copyOfRange(section, 0, cidLength);
    long codec = cidLength == 34 && cid[0] == 0x12 ? DAG_PB : varintAt(section, varintEnd(section, 0));
    return new Block(cid, codec, Arrays.copyOfRange(section, cidLength, section.length));
  }

  /** Length of the CID at the start of {@code section}: v0 is 34 bytes, v1 is version, codec, then a multihash. */
  private static int cidLength(byte[] section) throws CorruptCarException {
    if (section.length >= 34 && section[0] == 0x12 && section[1] == 0x20) {
      return 34;
    }
    int at = varintEnd(section, 0);
    at = varintEnd(section, at);
    at = varintEnd(section, at);
    long digest = varintAt(section, at);
    // A ten-byte varint can set the sign bit: a negative length is as implausible as a huge one.
    if (digest < 0 || digest > 128 || varintEnd(section, at) + digest > section.length) {
      throw new CorruptCarException("a block's CID runs past the block", false);
    }
    return varintEnd(section, at) + (int) digest;
  }

  private static int varintEnd(byte[] bytes, int at) throws CorruptCarException {
    for (int i = at; i < bytes.length && i < at + 10; i++) {
      if ((bytes[i] & 0x80) == 0) {
        return i + 1;
      }
    }
    throw new CorruptCarException("a block's CID is cut short", false);
  }

  private static long varintAt(byte[] bytes, int at) {
    long value = 0;
    for (int shift = 0; at < bytes.length; shift += 7) {
      int b = bytes[at++] & 0xff;
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
    }
    return value;
  }

  /** An unsigned LEB128 varint; -1 at a clean end of file. */
  private long varint() throws IOException {
    long value = 0;
    for (int i = 0; i < 10; i++) {
      int b = in.read();
      if (b < 0) {
        if (i == 0) {
          return -1;
        }
        throw new CorruptCarException("the file ends inside a length prefix", true);
      }
      value |= (long) (b & 0x7f) << (7 * i);
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new CorruptCarException("a length prefix is longer than ten bytes", false);
  }

  private byte[] bytes(int length) throws IOException {
    byte[] out = in.readNBytes(length);
    if (out.length < length) {
      throw new CorruptCarException("the file ends inside a block", true);
    }
    return out;
  }

  /** A CID as text: multibase base32 lower-case ('b' prefix), as atproto writes them. */
  static String cidText(byte[] cid) {
    if (cid.length > 0 && cid[0] == 0) {
      cid = Arrays.copyOfRange(cid, 1, cid.length); // tag 42 byte strings carry a 0x00 multibase prefix
    }
    String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    StringBuilder out = new StringBuilder("b");
    int buffer = 0;
    int bits = 0;
    for (byte b : cid) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /** How much of a file {@link #looksLikeCar} needs. */
  static final int HEAD_BYTES = 80;

  /** Whether the first bytes of a file look like a CARv1 header: a short length, then a map naming roots and version. */
  static boolean looksLikeCar(byte[] head) {
    if (head.length < 12) {
      return false;
    }
    int at = (head[0] & 0x80) == 0 ? 1 : 2;
    int map = head[at] & 0xff;
    String text = new String(head, StandardCharsets.ISO_8859_1);
    return (map == 0xa2 || map == 0xa1) && text.contains("roots") && text.contains("version");
  }
}
