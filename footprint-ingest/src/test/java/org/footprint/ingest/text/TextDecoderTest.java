package org.footprint.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final List<String> warnings = new ArrayList<>();

  private String decode(byte[] bytes) throws IOException {
    try (Reader reader = TextDecoder.decode(new ByteArrayInputStream(bytes), (code, message) -> warnings.add(code))) {
      StringWriter out = new StringWriter();
      reader.transferTo(out);
      return out.toString();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static final String TEXT = "Café night 🍸 with the team — naïve résumé";

  @Test
  void honours_a_utf8_byte_order_mark() throws IOException {
    assertThat(decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)))).isEqualTo(TEXT);
    assertThat(warnings).isEmpty();
  }

  @Test
  void honours_utf16_byte_order_marks() throws IOException {
    assertThat(decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(TEXT);
    assertThat(decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(TEXT);
    assertThat(warnings).isEmpty();
  }

  @Test
  void recognises_utf16_without_a_mark_by_its_nul_bytes() throws IOException {
    String text = "[12/03/2024, 09:15] Me: see you at the clinic tomorrow\n";
    assertThat(decode(text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
    assertThat(decode(text.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(text);
    assertThat(warnings).isEmpty();
  }

  @Test
  void reads_latin1_as_windows_1252_with_one_warning() throws IOException {
    String text = "Caf\u00e9 cr\u00e8me, \u00a3 5 \u2014 na\u00efve";
    assertThat(decode(text.getBytes(Charset.forName("windows-1252")))).isEqualTo(text);
    assertThat(warnings).containsExactly("ingest.text.not-utf8");
  }

  @Test
  void keeps_valid_utf8_around_an_invalid_byte() throws IOException {
    byte[] mixed = concat(concat("🍸 ok ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9}), " encore 🍸".getBytes(StandardCharsets.UTF_8));
    assertThat(decode(mixed)).isEqualTo("🍸 ok é encore 🍸");
    assertThat(warnings).containsExactly("ingest.text.not-utf8");
  }

  @Test
  void strips_nul_bytes_with_one_warning() throws IOException {
    assertThat(decode("one\0two\0\0three".getBytes(StandardCharsets.UTF_8))).isEqualTo("onetwothree");
    assertThat(warnings).containsExactly("ingest.text.nul-bytes");
  }

  @Test
  void decodes_multibyte_characters_split_across_buffers() throws IOException {
    String text = "é🍸".repeat(20_000);
    assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    assertThat(warnings).isEmpty();
  }

  @Property(tries = 200)
  boolean any_utf8_text_decodes_unchanged(@ForAll String text) throws IOException {
    String withoutNul = text.replace("\0", "");
    // Lone surrogates cannot be encoded; the encoder writes '?' for them, which then reads back as '?'.
    String expected = new String(withoutNul.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    // A leading U+FEFF encodes as the UTF-8 byte-order mark, which is dropped by design.
    while (expected.startsWith("\uFEFF")) {
      expected = expected.substring(1);
    }
    warnings.clear();
    byte[] bytes = expected.getBytes(StandardCharsets.UTF_8);
    if (TextDecoder.utf16WithoutMark(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 4096))) != null) {
      return true; // control-character soup that looks like UTF-16; not text anyone writes
    }
    return decode(bytes).equals(expected) && !warnings.contains("ingest.text.not-utf8");
  }
}
