package org.footprint.ingest.whatsapp;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes WhatsApp chat exports line by line, in the forms phones write, for tests; names and texts are invented. */
public final class WhatsAppChat {
  /** How a phone writes the message header. */
  public enum Form {
    IOS_ISO("'['yyyy-MM-dd', 'HH:mm:ss'] '"),
    IOS_DAY_FIRST("'['dd/MM/yyyy', 'HH:mm:ss'] '"),
    ANDROID_DAY_FIRST("dd/MM/yy', 'HH:mm' - '"),
    ANDROID_US("M/d/yy', 'h:mm\u202fa' - '"),
    ANDROID_DOTS("dd.MM.yy', 'HH:mm' - '");

    final DateTimeFormatter header;

    Form(String pattern) {
      this.header = DateTimeFormatter.ofPattern(pattern, Locale.US);
    }

    /** Android forms drop the seconds. */
    boolean hasSeconds() {
      return name().startsWith("IOS");
    }
  }

  private final Form form;
  private final StringBuilder out = new StringBuilder();

  public WhatsAppChat(Form form) {
    this.form = form;
  }

  public WhatsAppChat message(LocalDateTime time, String sender, String text) {
    out.append(form.header.format(time)).append(sender).append(": ").append(text.replace("\n", "\r\n")).append("\r\n");
    return this;
  }

  /** A line WhatsApp writes itself: iOS marks the text with U+200E after the sender. */
  public WhatsAppChat notice(LocalDateTime time, String sender, String text) {
    return message(time, sender, "\u200e" + text);
  }

  /** An Android system line: no sender. */
  public WhatsAppChat systemLine(LocalDateTime time, String text) {
    out.append(form.header.format(time)).append(text).append("\r\n");
    return this;
  }

  public String text() {
    return out.toString();
  }
}
