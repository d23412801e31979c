package org.saima.shared.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 差额: candidates must exceed seats by the configured ratio, rounded up:
 * {@code minimum = seats + max(1, ⌈seats × ratio⌉)}. The "at least 1" keeps a ratio of 0 differential
 * (more candidates than seats). Computed in exact decimals: 100 seats at 7% need 107, not the 108 a
 * double would give (100 × 0.07 = 7.000000000000001).
 */
public record DifferentialRule(BigDecimal ratio) {
  public static final DifferentialRule TWENTY_PERCENT = new DifferentialRule(new BigDecimal("0.20"));

  public DifferentialRule {
    Objects.requireNonNull(ratio, "ratio");
    if (ratio.signum() < 0) {
      throw new IllegalArgumentException("The differential ratio cannot be negative, got " + ratio);
    }
  }

  public Check check(int seats, int candidates) {
    if (seats < 1) {
      throw new IllegalArgumentException("A position needs at least 1 seat, got " + seats);
    }
    int extra = Math.max(1, BigDecimal.valueOf(seats).multiply(ratio).setScale(0, RoundingMode.CEILING).intValueExact());
    return new Check(seats, candidates, ratio, extra, seats + extra);
  }

  /** The numbers of one check; {@code minimumCandidates = seats + requiredExtra}. */
  public record Check(int seats, int candidates, BigDecimal ratio, int requiredExtra, int minimumCandidates) {
    public boolean satisfied() {
      return candidates >= minimumCandidates;
    }

    public String explain() {
      String percent = ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
      String rule = seats + " seats need at least " + minimumCandidates + " candidates (" + seats + " + ⌈" + seats
          + " × " + percent + "⌉, at least 1, = " + seats + " + " + requiredExtra + ")";
      return rule + "; " + candidates + (satisfied() ? " given: accepted" : " given: refused, "
          + (minimumCandidates - candidates) + " more needed");
    }
  }
}
