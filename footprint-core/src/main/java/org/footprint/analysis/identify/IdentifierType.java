package org.footprint.analysis.identify;

import java.util.Locale;

/**
 * The kinds of personal identifier {@link IdentifierScanner} finds. Ids are kebab-case and stable
 * (rules refer to them as {@code id:<id>}); labels are plain English for messages.
 */
public enum IdentifierType {
  NHS_NUMBER("NHS number"),
  CHI_NUMBER("CHI number"),
  NI_NUMBER("National Insurance number"),
  UK_POSTCODE("postcode"),
  PHONE_NUMBER("phone number"),
  EMAIL("e-mail address"),
  VEHICLE_REGISTRATION("vehicle registration"),
  PAYMENT_CARD("payment card number"),
  IBAN("bank account number (IBAN)"),
  US_SSN("US Social Security number"),
  DATE_OF_BIRTH("date of birth"),
  RECORD_NUMBER("record or reference number");

  private final String label;

  IdentifierType(String label) {
    this.label = label;
  }

  /** The kebab-case id, e.g. {@code nhs-number}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A short lower-case noun phrase for people, e.g. "NHS number", "postcode". */
  public String label() {
    return label;
  }

  /**
   * The type whose {@link #id()} is {@code id}, ignoring case and surrounding spaces.
   *
   * @throws IllegalArgumentException when no type has that id
   */
  public static IdentifierType parse(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (IdentifierType type : values()) {
      if (type.id().equals(wanted)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown identifier type '" + id + "'");
  }
}
