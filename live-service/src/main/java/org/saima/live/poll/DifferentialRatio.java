package org.saima.live.poll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 差额: a poll must have more candidates than seats by the ratio, rounded up, and at least one more:
 * {@code minimum = seats + max(1, ⌈seats × ratio⌉)}, in exact decimals. The same rule as the scoring
 * service's {@code DifferentialRule}, kept here so that the live service does not depend on it.
 */
public record DifferentialRatio(BigDecimal ratio) {
  public static final DifferentialRatio TWENTY_PERCENT = new DifferentialRatio(new BigDecimal("0.20"));

  public DifferentialRatio {
    Objects.requireNonNull(ratio, "ratio");
    if (ratio.signum() < 0) {
      throw new IllegalArgumentException("The differential ratio cannot be negative, got " + ratio);
    }
  }

  public int requiredExtra(int seats) {
    return Math.max(1, BigDecimal.valueOf(seats).multiply(ratio).setScale(0, RoundingMode.CEILING).intValueExact());
  }

  public int minimumCandidates(int seats) {
    return seats + requiredExtra(seats);
  }

  /** Empty when satisfied, else the refusal with its numbers. */
  public String refusal(int seats, int candidates) {
    if (candidates >= minimumCandidates(seats)) {
      return "";
    }
    String percent = ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    return seats + " seats need at least " + minimumCandidates(seats) + " candidates (" + seats + " + ⌈" + seats
        + " × " + percent + "⌉, at least 1, = " + seats + " + " + requiredExtra(seats) + "); " + candidates
        + " given";
  }
}
