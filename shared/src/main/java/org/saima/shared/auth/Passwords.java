package org.saima.shared.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, deliberately slow password hashes: PBKDF2-HMAC-SHA256 with a random 16-byte salt. The stored
 * form names its own iteration count, so the cost can rise later without breaking old hashes.
 * Blocking (tens to hundreds of milliseconds): call it from a worker.
 */
public final class Passwords {
  public static final int MIN_LENGTH = 10;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final int iterations;

  public Passwords(int iterations) {
    this.iterations = iterations;
  }

  public String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] derived = derive(password, salt, iterations);
    return PREFIX + "$" + iterations + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(derived);
  }

  public boolean matches(String password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    byte[] expected = B64D.decode(parts[3]);
    byte[] actual = derive(password, B64D.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the same time as a real check, so an unknown user name is not faster to reject. */
  public void burn(String password) {
    derive(password, new byte[16], iterations);
  }

  /** Why a new password is unacceptable, or null when it is fine. */
  public static String weakness(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "must be at least " + MIN_LENGTH + " characters long";
    }
    if (password.chars().allMatch(Character::isDigit)) {
      return "must not be digits only";
    }
    if (password.chars().distinct().count() < 4) {
      return "must use at least 4 different characters";
    }
    return null;
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
    }
  }
}
