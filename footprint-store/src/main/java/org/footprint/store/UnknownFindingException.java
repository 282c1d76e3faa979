package org.footprint.store;

/** A decision named a finding that no complete scan in the store has: nothing was recorded. */
public final class UnknownFindingException extends StoreException {
  public UnknownFindingException(String message) {
    super(message);
  }
}
