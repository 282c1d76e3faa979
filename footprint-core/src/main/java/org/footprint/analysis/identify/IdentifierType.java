package org.footprint.analysis.identify;

import java.util.Locale;

/** TEMPORARY compile stub until the identifier package lands. */
public enum IdentifierType {
  NHS_NUMBER, CHI_NUMBER, NI_NUMBER, UK_POSTCODE, PHONE_NUMBER, EMAIL, VEHICLE_REGISTRATION, PAYMENT_CARD, IBAN, US_SSN, DATE_OF_BIRTH, RECORD_NUMBER;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String label() {
    return id();
  }

  public static IdentifierType parse(String id) {
    for (IdentifierType type : values()) {
      if (type.id().equals(id)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown identifier type '" + id + "'");
  }
}
