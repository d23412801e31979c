package org.saima.live.draw;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The organizer's secret seed, at least 16 random bytes (32 recommended), written as lowercase hex. Its
 * commitment, published before the draw, is the lowercase hex SHA-256 of the seed's bytes.
 */
public record Seed(byte[] bytes) {
  public static final int MINIMUM_BYTES = 16;

  public Seed {
    if (bytes.length < MINIMUM_BYTES) {
      throw new IllegalArgumentException("A seed needs at least " + MINIMUM_BYTES + " bytes so that it cannot be guessed, got "
          + bytes.length);
    }
    bytes = bytes.clone();
  }

  public static Seed ofHex(String hex) {
    try {
      return new Seed(HexFormat.of().parseHex(hex.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("A seed is written as hex digits: " + e.getMessage(), e);
    }
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  public String commitment() {
    return HexFormat.of().formatHex(SeedStream.sha256().digest(bytes));
  }

  public SeedStream stream() {
    return new SeedStream(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Seed s && Arrays.equals(bytes, s.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Seed[hidden]";
  }
}
