package org.footprint.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 that reads each invalid byte as Windows-1252 instead of failing: valid UTF-8 in a mixed file
 * stays right, and a latin-1 file comes out readable. Warns once per stream.
 */
final class Utf8FallbackReader extends Reader {
  private static final char[] WINDOWS_1252 = windows1252();

  private final InputStream in;
  private final TextWarnings warnings;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
  private boolean eof;
  private boolean flushed;
  private boolean warned;

  Utf8FallbackReader(InputStream in, TextWarnings warnings) {
    this.in = in;
    this.warnings = warnings;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  private boolean fill() throws IOException {
    if (flushed) {
      return false;
    }
    chars.clear();
    while (chars.position() == 0) {
      if (!eof && bytes.remaining() < 4) {
        readMore();
        continue;
      }
      CoderResult result = decoder.decode(bytes, chars, eof);
      if (result.isError()) {
        if (chars.remaining() < result.length()) {
          break;
        }
        warnOnce();
        for (int i = 0; i < result.length(); i++) {
          chars.put(WINDOWS_1252[bytes.get() & 0xff]);
        }
      } else if (result.isOverflow()) {
        break;
      } else if (eof) {
        decoder.flush(chars);
        flushed = true;
        break;
      } else {
        // Underflow: an incomplete sequence at the end of the buffer.
        readMore();
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private void readMore() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private void warnOnce() {
    if (!warned) {
      warned = true;
      warnings.warn("ingest.text.not-utf8", "the file is not valid UTF-8; the bytes that are not were read as Windows-1252 (Western European), check accents and symbols");
    }
  }

  /** Windows-1252, with the five bytes it leaves undefined read as latin-1. */
  private static char[] windows1252() {
    char[] table = new char[256];
    Charset charset = Charset.forName("windows-1252");
    for (int b = 0; b < 256; b++) {
      char c = new String(new byte[] {(byte) b}, charset).charAt(0);
      table[b] = c == '\uFFFD' ? (char) b : c;
    }
    return table;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
