package org.footprint.synth;

import java.util.Objects;

/**
 * A made-up regulated professional whose posts the generator writes. Every field is synthetic: names come
 * from datafaker, employers and schools are invented, phone numbers are in Ofcom's drama ranges.
 *
 * @param name full name, e.g. {@code Jo Smith}
 * @param profession the regulated job
 * @param employer an invented council, NHS trust, school, police force or care provider
 * @param homeTown a UK town
 * @param homeStreet street of the home address, e.g. {@code Rowan Crescent}
 * @param houseNumber house number (or flat and number) on that street
 * @param postcode a UK-format postcode
 * @param childName first name of the persona's child
 * @param childSchool the school that child attends (invented)
 * @param colleagueName full name of a colleague
 * @param managerName full name of the line manager
 * @param partnerName first name of a partner
 * @param handle social-media handle without the '@'
 * @param phone a mobile or landline number from Ofcom's ranges reserved for drama
 * @param carRegistration a current-format UK registration, e.g. {@code KM19 XPT}
 */
public record Persona(
    String name,
    Profession profession,
    String employer,
    String homeTown,
    String homeStreet,
    String houseNumber,
    String postcode,
    String childName,
    String childSchool,
    String colleagueName,
    String managerName,
    String partnerName,
    String handle,
    String phone,
    String carRegistration) {

  public Persona {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(profession, "profession");
    Objects.requireNonNull(handle, "handle");
  }

  /** The first word of {@link #name()}. */
  public String firstName() {
    return firstWord(name);
  }

  /** House number and street, e.g. {@code 14 Rowan Crescent}. */
  public String streetAddress() {
    return houseNumber + " " + homeStreet;
  }

  /** Street address, town and postcode on one line. */
  public String homeAddress() {
    return streetAddress() + ", " + homeTown + " " + postcode;
  }

  static String firstWord(String fullName) {
    int space = fullName.indexOf(' ');
    return space < 0 ? fullName : fullName.substring(0, space);
  }
}
