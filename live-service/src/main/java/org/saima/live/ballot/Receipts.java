package org.saima.live.ballot;

import java.security.SecureRandom;

/**
 * Receipt ids: 12 random Crockford base32 characters (60 bits), shown as XXXX-XXXX-XXXX. Random, so a
 * receipt says nothing about when or by whom a ballot was cast.
 */
public final class Receipts {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private Receipts() {
  }

  public static String next(SecureRandom random) {
    StringBuilder receipt = new StringBuilder(14);
    for (int i = 0; i < 12; i++) {
      if (i == 4 || i == 8) {
        receipt.append('-');
      }
      receipt.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return receipt.toString();
  }
}
