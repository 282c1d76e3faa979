package org.footprint.ingest.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an entry's bytes into text the way people's files really are: a byte-order mark (UTF-8, UTF-16LE/BE)
 * wins; UTF-16 without a mark is recognised by its pattern of NUL bytes; everything else is read as UTF-8, and
 * any byte sequence that is not UTF-8 is read as Windows-1252 with one warning {@code ingest.text.not-utf8}.
 * NUL characters are removed with one warning {@code ingest.text.nul-bytes}. Streams: memory stays bounded.
 */
public final class TextDecoder {
  private static final int SAMPLE = 4096;

  private TextDecoder() {}

  public static Reader decode(InputStream raw, TextWarnings warnings) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
    in.mark(SAMPLE);
    byte[] sample = in.readNBytes(SAMPLE);
    in.reset();
    Reader reader;
    if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
      in.skipNBytes(3);
      reader = new Utf8FallbackReader(in, warnings);
    } else if (startsWith(sample, 0xFF, 0xFE)) {
      in.skipNBytes(2);
      reader = utf16(in, StandardCharsets.UTF_16LE);
    } else if (startsWith(sample, 0xFE, 0xFF)) {
      in.skipNBytes(2);
      reader = utf16(in, StandardCharsets.UTF_16BE);
    } else {
      Charset utf16 = utf16WithoutMark(sample);
      reader = utf16 != null ? utf16(in, utf16) : new Utf8FallbackReader(in, warnings);
    }
    return new NulStrippingReader(reader, warnings);
  }

  private static Reader utf16(InputStream in, Charset charset) {
    return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /** Mostly-ASCII UTF-16 has a NUL in every other byte: odd positions for little-endian, even for big-endian. */
  static Charset utf16WithoutMark(byte[] sample) {
    int pairs = sample.length / 2;
    if (pairs < 2) {
      return null;
    }
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i + 1 < sample.length; i += 2) {
      if (sample[i] == 0) {
        evenNuls++;
      }
      if (sample[i + 1] == 0) {
        oddNuls++;
      }
    }
    if (oddNuls * 10 >= pairs * 4 && evenNuls * 20 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNuls * 10 >= pairs * 4 && oddNuls * 20 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] sample, int... prefix) {
    if (sample.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((sample[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
