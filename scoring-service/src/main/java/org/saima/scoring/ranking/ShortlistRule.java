package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How many go on from a stage: {@code quota = ⌈seats × ratio⌉} (a 1:3 shortlist for 2 seats lets 6 go on),
 * among those who reach every pass mark. {@code cutOffTies} says what happens to candidates still tied
 * with the last one inside the quota.
 */
public record ShortlistRule(int seats, BigDecimal ratio, List<PassMark> passMarks, CutOffTies cutOffTies) {
  /**
   * {@link #ADMIT_ALL}: every candidate tied at the cut-off goes on, over the quota (the usual rule for
   * shortlists: "末位并列者一并进入"). {@link #REFER_TO_ORGANIZER}: the tied candidates, inside and outside the
   * quota, wait for the organizer's decision (for a final list, where seats cannot stretch).
   */
  public enum CutOffTies { ADMIT_ALL, REFER_TO_ORGANIZER }

  public ShortlistRule {
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(cutOffTies, "cutOffTies");
    passMarks = List.copyOf(passMarks);
    if (seats < 1) {
      throw new IllegalArgumentException("A shortlist needs at least 1 seat, got " + seats);
    }
    if (ratio.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("A shortlist ratio is at least 1 (1:1), got 1:" + ratio.toPlainString());
    }
  }

  /** Shortlists go on with every candidate tied at the cut-off. */
  public static ShortlistRule of(int seats, BigDecimal ratio, List<PassMark> passMarks) {
    return new ShortlistRule(seats, ratio, passMarks, CutOffTies.ADMIT_ALL);
  }

  public int quota() {
    return BigDecimal.valueOf(seats).multiply(ratio).setScale(0, RoundingMode.CEILING).intValueExact();
  }
}
