package org.footprint.analysis.identify;

/**
 * The arithmetic behind validated identifiers: check digits and calendar dates. Callers pass the
 * identifier with its spaces and hyphens already removed.
 */
final class Checks {

  private Checks() {}

  /**
   * The NHS and CHI Modulus 11 check: the first nine digits weighted 10 down to 2, check digit
   * {@code 11 - sum % 11}, where 11 means 0 and 10 means the number can never be issued.
   *
   * @param digits exactly ten digits
   */
  static boolean modulus11(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 10) {
      return false;
    }
    return (check == 11 ? 0 : check) == digits.charAt(9) - '0';
  }

  /** True when every character of {@code digits} is the same (0000000000 passes Modulus 11 but is filler). */
  static boolean allSame(CharSequence digits) {
    for (int i = 1; i < digits.length(); i++) {
      if (digits.charAt(i) != digits.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  /** The Luhn check used by payment cards. */
  static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * ISO 13616 check: move the first four characters to the end, read letters as 10..35, and the whole
   * number must leave remainder 1 when divided by 97. Computed digit by digit so no big numbers are built.
   *
   * @param iban upper-case letters and digits only
   */
  static boolean ibanMod97(CharSequence iban) {
    int remainder = 0;
    int length = iban.length();
    for (int k = 0; k < length; k++) {
      char c = iban.charAt((k + 4) % length);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return remainder == 1;
  }

  /**
   * Whether day/month/year is a real calendar date. A two-digit year (given as 0..99) is accepted
   * for 29 February when it is divisible by 4, since it could stand for 19yy or 20yy and 2000 was leap.
   */
  static boolean validDate(int day, int month, int year, boolean twoDigitYear) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    boolean leap = twoDigitYear ? year % 4 == 0 : (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= daysIn(month, leap);
  }

  private static int daysIn(int month, boolean leap) {
    switch (month) {
      case 2:
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Whether the first six of {@code digits} are a DDMMYY date, as a CHI number's are. */
  static boolean ddmmyy(CharSequence digits) {
    return validDate(twoDigits(digits, 0), twoDigits(digits, 2), twoDigits(digits, 4), true);
  }

  private static int twoDigits(CharSequence s, int at) {
    return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
  }
}
