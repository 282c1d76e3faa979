package org.footprint.config;

/** A configuration the user must fix: the message is one line naming the file, the line and the key. */
public final class ConfigException extends IllegalArgumentException {
  public ConfigException(String message) {
    super(message);
  }
}
