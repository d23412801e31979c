package org.saima.exam.cat.math;

/**
 * SplitMix64 (Steele, Lea and Flood 2014), the generator behind {@code java.util.SplittableRandom},
 * written out here so that the sequence is part of this code base and never depends on a JDK.
 *
 * <p>Output number {@code k} (from 0) of seed {@code s} is {@code mix(s + (k + 1) * GAMMA)}: it can
 * be computed directly, which lets a resumed test draw exactly the number an uninterrupted one would.
 */
public final class SplitMix64 {
  public static final long GAMMA = 0x9E3779B97F4A7C15L;
  private static final double UNIT = 0x1.0p-53;

  private long state;

  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** The {@code index}-th output (from 0) of a generator started with {@code seed}. */
  public static long output(long seed, long index) {
    return mix(seed + (index + 1) * GAMMA);
  }

  /** A double in [0, 1) from the top 53 bits of one output. */
  public static double toUnit(long bits) {
    return (bits >>> 11) * UNIT;
  }

  /** floor(u · bound) for u in [0, 1): bias below 2^-53 · bound, negligible for the small bounds used. */
  public static int toIndex(long bits, int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) (toUnit(bits) * bound);
  }

  public long nextLong() {
    state += GAMMA;
    return mix(state);
  }

  public double nextDouble() {
    return toUnit(nextLong());
  }

  public int nextInt(int bound) {
    return toIndex(nextLong(), bound);
  }

  public double nextUniform(double low, double high) {
    return low + (high - low) * nextDouble();
  }

  /** Standard normal by Box–Muller from two outputs; the second variate is dropped to keep no hidden state. */
  public double nextGaussian() {
    double u1 = 1.0 - nextDouble();
    double u2 = nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
