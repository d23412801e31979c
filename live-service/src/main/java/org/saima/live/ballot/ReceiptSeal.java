package org.saima.live.ballot;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the receipt of a token's first ballot readable only by whoever holds the token. The key is
 * HMAC-SHA256(token, "saima-receipt-v1|poll|" + pollId) — a different function of the token than the
 * stored SHA-256 — and the receipt is sealed with AES-256-GCM under a random 12-byte nonce. The server
 * derives the key while a request carries the token and never stores it, so neither the server nor a
 * database reader can join a token-use row to the ballot it produced.
 */
public final class ReceiptSeal {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecureRandom random;

  public ReceiptSeal(SecureRandom random) {
    this.random = random;
  }

  public byte[] seal(String token, long pollId, String receipt) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher aes = cipher(Cipher.ENCRYPT_MODE, token, pollId, nonce);
      byte[] sealed = aes.doFinal(receipt.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java platform", e);
    }
  }

  /** The receipt, or null when the token (or poll) is not the one it was sealed for. */
  public String open(String token, long pollId, byte[] sealed) {
    if (sealed.length <= NONCE_BYTES) {
      return null;
    }
    try {
      Cipher aes = cipher(Cipher.DECRYPT_MODE, token, pollId, Arrays.copyOf(sealed, NONCE_BYTES));
      return new String(aes.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (javax.crypto.AEADBadTagException wrongKey) {
      return null;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java platform", e);
    }
  }

  private static Cipher cipher(int mode, String token, long pollId, byte[] nonce) throws GeneralSecurityException {
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(mode, new SecretKeySpec(key(token, pollId), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    return aes;
  }

  static byte[] key(String token, long pollId) throws GeneralSecurityException {
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(token.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    return hmac.doFinal(("saima-receipt-v1|poll|" + pollId).getBytes(StandardCharsets.US_ASCII));
  }
}
