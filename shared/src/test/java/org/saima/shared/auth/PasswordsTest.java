package org.saima.shared.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Password hashes")
class PasswordsTest {
  private final Passwords passwords = new Passwords(20_000);

  @Test
  @DisplayName("a hash accepts its own password and nothing else")
  void matches() {
    String hash = passwords.hash("临江市委组织部-2026");
    assertTrue(passwords.matches("临江市委组织部-2026", hash));
    assertFalse(passwords.matches("临江市委组织部-2025", hash));
    assertFalse(passwords.matches("临江市委组织部-2026", "garbage"));
  }

  @Test
  @DisplayName("the same password hashes differently each time (random salt) and names its cost")
  void salted() {
    String first = passwords.hash("correct horse battery");
    String second = passwords.hash("correct horse battery");
    assertNotEquals(first, second);
    assertTrue(first.startsWith("pbkdf2-sha256$20000$"));
  }

  @Test
  @DisplayName("a hash made with another cost still verifies")
  void costTravelsWithTheHash() {
    String cheap = new Passwords(10_000).hash("organizer-pass");
    assertTrue(passwords.matches("organizer-pass", cheap));
  }

  @Test
  @DisplayName("short or monotonous passwords are refused with a reason")
  void weakness() {
    assertNotNull(Passwords.weakness("short"));
    assertNotNull(Passwords.weakness("aaaaaaaaaaaa"));
    assertNotNull(Passwords.weakness(null));
    assertNotNull(Passwords.weakness("20261124123"));
    assertNull(Passwords.weakness("organizer-pass-2026"));
  }
}
