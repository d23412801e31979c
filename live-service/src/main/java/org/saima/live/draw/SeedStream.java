package org.saima.live.draw;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The deterministic generator behind every draw (docs/draw.md): block_i = SHA-256(seed ‖ i as 8-byte
 * big-endian), i = 0, 1, 2, …; each block yields one value, its first 8 bytes read as an unsigned
 * big-endian integer. An index below n is drawn by rejection sampling: values at or above
 * 2^64 − (2^64 mod n) are skipped, the first other value x gives x mod n. Anyone can recompute it.
 */
public final class SeedStream {
  private final byte[] seed;
  private long counter;

  public SeedStream(byte[] seed) {
    this.seed = seed.clone();
  }

  /** How many blocks have been used, i.e. the counter of the next block. */
  public long counter() {
    return counter;
  }

  /** The next 64-bit value, as an unsigned number in a signed {@code long}. */
  public long nextValue() {
    MessageDigest sha256 = sha256();
    sha256.update(seed);
    sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
    return ByteBuffer.wrap(sha256.digest()).getLong();
  }

  /** An unbiased index in [0, n). */
  public int below(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Cannot draw below " + n);
    }
    while (true) {
      long x = nextValue();
      if (accepted(x, n)) {
        return (int) Long.remainderUnsigned(x, n);
      }
    }
  }

  /** x is accepted when x < 2^64 − (2^64 mod n), so that every index has the same number of values. */
  static boolean accepted(long x, int n) {
    long rest = Long.remainderUnsigned(-(long) n, n);
    return rest == 0 || Long.compareUnsigned(x, -rest) < 0;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
