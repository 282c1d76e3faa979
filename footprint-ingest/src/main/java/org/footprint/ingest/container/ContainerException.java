package org.footprint.ingest.container;

/** A whole input (or a zip nested in one) cannot be opened; {@link #code} is its problem code. */
public final class ContainerException extends Exception {
  private final String code;

  public ContainerException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
