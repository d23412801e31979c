package org.saima.scoring.campaign;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character resident identity card number (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public final class IdCard {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdCard() {
  }

  /** Upper-case, without spaces: how numbers are stored and compared. */
  public static String normalize(String raw) {
    return raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase();
  }

  /** Why the number is not a valid identity card number, or null when it is. */
  public static String problem(String number, LocalDate today) {
    if (!number.matches("[0-9]{17}[0-9X]")) {
      return "must be 18 characters: 17 digits and a final digit or X";
    }
    LocalDate birth = birthDate(number);
    if (birth == null || birth.getYear() < 1900 || birth.isAfter(today)) {
      return "holds no valid birth date (characters 7 to 14)";
    }
    if (checkCharacter(number) != number.charAt(17)) {
      return "has a wrong check character: the last one should be " + checkCharacter(number);
    }
    return null;
  }

  public static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  public static LocalDate birthDate(String number) {
    try {
      return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
          Integer.parseInt(number.substring(12, 14)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** 男 or 女, from the parity of the 17th digit. */
  public static String gender(String number) {
    return (number.charAt(16) - '0') % 2 == 1 ? "男" : "女";
  }

  /** What responses show: region and last four kept, the birth date and sequence hidden. */
  public static String mask(String number) {
    return number.length() != 18 ? "****" : number.substring(0, 6) + "********" + number.substring(14);
  }
}
