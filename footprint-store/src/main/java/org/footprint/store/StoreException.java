package org.footprint.store;

/** The store could not do what was asked: the message is one line for the user (which store, what failed). */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
