package org.footprint.synth.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON as Meta (Facebook, Instagram) writes it: every string's UTF-8 bytes each escaped as one
 * <code>&#92;u00XX</code>, so {@code ø} is written as two escapes and 😂 as four, and the file itself is pure ASCII.
 */
final class MetaJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private MetaJson() {}

  /** The mojibake of {@code text}: its UTF-8 bytes, each read as one latin-1 character. */
  static String mojibake(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** A pretty-printing generator that writes every string value as mojibake; closing it leaves {@code out} open. */
  static JsonGenerator open(OutputStream out) throws IOException {
    JsonGenerator plain = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
    plain.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    return new JsonGeneratorDelegate(plain, false) {
      @Override
      public void writeString(String text) throws IOException {
        super.writeString(text == null ? null : mojibake(text));
      }

      @Override
      public void writeStringField(String field, String value) throws IOException {
        writeFieldName(field);
        writeString(value);
      }
    };
  }
}
