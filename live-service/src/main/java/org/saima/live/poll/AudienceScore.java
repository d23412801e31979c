package org.saima.live.poll;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The audience's 0–100 score for the current speaker: {@code mean = sum / count},
 * {@code trimmedMean = trimmedSum / (count − 2 × trimmedEachSide)}, both half up to 2 decimals (empty when
 * nobody scored), and the distribution in bins.
 */
public record AudienceScore(
    int count,
    long sum,
    Optional<BigDecimal> mean,
    int trimmedEachSide,
    long trimmedSum,
    Optional<BigDecimal> trimmedMean,
    List<Bin> distribution) {

  public AudienceScore {
    distribution = List.copyOf(distribution);
  }

  /** Scores from {@code from} to {@code to}, both included. */
  public record Bin(int from, int to, int count) {}
}
