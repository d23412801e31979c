package org.saima.live.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Ballot tokens: 16 characters of Crockford base32 (80 random bits), printed as XXXX-XXXX-XXXX-XXXX so
 * that a voter can type one. Typing is forgiving: case, dashes and spaces do not matter, and the letters
 * I, L and O read as 1, 1 and 0. Only {@link #hash} of a token is ever stored.
 */
public final class TokenCodes {
  public static final int LENGTH = 16;
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private TokenCodes() {
  }

  public static String generate(SecureRandom random) {
    StringBuilder token = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return token.toString();
  }

  /** XXXX-XXXX-XXXX-XXXX, as printed under the QR code. */
  public static String display(String token) {
    return token.substring(0, 4) + "-" + token.substring(4, 8) + "-" + token.substring(8, 12) + "-"
        + token.substring(12);
  }

  /** The canonical token for what a voter typed or scanned, or null when it cannot be a token. */
  public static String normalize(String typed) {
    if (typed == null) {
      return null;
    }
    StringBuilder token = new StringBuilder(LENGTH);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ') {
        continue;
      }
      char mapped = c == 'I' || c == 'L' ? '1' : c == 'O' ? '0' : c;
      if (ALPHABET.indexOf(mapped) < 0) {
        return null;
      }
      token.append(mapped);
    }
    return token.length() == LENGTH ? token.toString() : null;
  }

  /** SHA-256 of the canonical token: the only form the database holds. */
  public static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
