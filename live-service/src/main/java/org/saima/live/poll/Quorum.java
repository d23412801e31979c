package org.saima.live.poll;

/**
 * The share of entitled voters (应到人数) whose ballots make a poll valid: at least
 * {@code ⌈entitled × numerator / denominator⌉} ballots, in integer arithmetic.
 */
public record Quorum(int numerator, int denominator) {
  public static final Quorum TWO_THIRDS = new Quorum(2, 3);

  public Quorum {
    if (numerator < 1 || denominator < 1) {
      throw new IllegalArgumentException("A quorum is a positive fraction, got " + numerator + "/" + denominator);
    }
  }

  public int required(int entitled) {
    return (int) ((entitled * (long) numerator + denominator - 1) / denominator);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
