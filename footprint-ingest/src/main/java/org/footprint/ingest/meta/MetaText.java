package org.footprint.ingest.meta;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes the mojibake in Meta's (Facebook, Instagram, Messenger) JSON exports, which write every non-ASCII
 * character as its UTF-8 bytes, each escaped as one <code>&#92;u00XX</code> character: {@code ø} arrives as
 * {@code "Ã¸"} and 😂 as four characters {@code "ð"} followed by three control characters.
 */
public final class MetaText {
  private MetaText() {}

  /**
   * The text as the user wrote it. A string is repaired only when every character is at most U+00FF and those
   * characters, read as bytes, are valid UTF-8; anything else (ASCII, text already decoded, real latin-1 such as
   * a lone {@code é}) comes back unchanged. Null stays null.
   */
  public static String repair(String text) {
    if (text == null || !needsRepair(text)) {
      return text;
    }
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) text.charAt(i);
    }
    try {
      CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return decoded.toString();
    } catch (CharacterCodingException notUtf8) {
      return text;
    }
  }

  /** True when the text has a character in U+0080..U+00FF and none above U+00FF. */
  private static boolean needsRepair(String text) {
    boolean high = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return false;
      }
      if (c >= 0x80) {
        high = true;
      }
    }
    return high;
  }
}
