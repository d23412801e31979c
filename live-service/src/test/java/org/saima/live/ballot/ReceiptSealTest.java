package org.saima.live.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The receipt sealed under the token")
class ReceiptSealTest {
  private final ReceiptSeal seal = new ReceiptSeal(new SecureRandom());

  @Test
  @DisplayName("the token that voted opens its receipt; another token, or the same token in another poll, opens nothing")
  void onlyTheTokenOpensIt() {
    byte[] sealed = seal.seal("K7QM2XPD9RTAH4VB", 12, "6FSK-T9SN-QPVS");
    assertEquals("6FSK-T9SN-QPVS", seal.open("K7QM2XPD9RTAH4VB", 12, sealed));
    assertNull(seal.open("K7QM2XPD9RTAH4VC", 12, sealed));
    assertNull(seal.open("K7QM2XPD9RTAH4VB", 13, sealed));
  }

  @Test
  @DisplayName("the stored bytes do not contain the receipt, and sealing twice gives different bytes (random nonce)")
  void nothingReadable() {
    byte[] first = seal.seal("K7QM2XPD9RTAH4VB", 12, "6FSK-T9SN-QPVS");
    byte[] second = seal.seal("K7QM2XPD9RTAH4VB", 12, "6FSK-T9SN-QPVS");
    assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("6FSK"));
    assertNotEquals(Arrays.toString(first), Arrays.toString(second));
    assertEquals(12 + 14 + 16, first.length, "nonce + receipt + GCM tag");
  }

  @Test
  @DisplayName("a changed byte is detected rather than read as another receipt")
  void tampering() {
    byte[] sealed = seal.seal("K7QM2XPD9RTAH4VB", 12, "6FSK-T9SN-QPVS");
    sealed[15] ^= 1;
    assertNull(seal.open("K7QM2XPD9RTAH4VB", 12, sealed));
  }

  @Test
  @DisplayName("receipt ids are 12 random characters in three groups")
  void receipts() {
    String receipt = Receipts.next(new SecureRandom());
    assertTrue(receipt.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), receipt);
  }
}
