package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A candidate's score at one stage and the same score on a scale of 100:
 * {@code normalized = points × 100 / maximum}, rounded half up to 2 decimals (the published number,
 * from which the composite is computed).
 */
public record StageScore(String stage, BigDecimal points, BigDecimal maximum, BigDecimal normalized) {
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  public static final int SCALE = 2;

  public StageScore {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(maximum, "maximum");
    Objects.requireNonNull(normalized, "normalized");
  }

  /** A stage scored out of {@code maximum} points, e.g. a written exam out of 150. */
  public static StageScore ofPoints(String stage, BigDecimal points, BigDecimal maximum) {
    if (maximum.signum() <= 0) {
      throw new IllegalArgumentException("Stage " + stage + ": maximum must be above 0, got " + maximum);
    }
    if (points.signum() < 0 || points.compareTo(maximum) > 0) {
      throw new IllegalArgumentException("Stage " + stage + ": " + points.toPlainString() + " points is outside 0.."
          + maximum.toPlainString());
    }
    BigDecimal normalized = points.multiply(HUNDRED).divide(maximum, SCALE, RoundingMode.HALF_UP);
    return new StageScore(stage, points, maximum, normalized);
  }

  /** A stage already on a scale of 100 (a panel score, a recommendation score). */
  public static StageScore onHundred(String stage, BigDecimal value) {
    return ofPoints(stage, value, HUNDRED);
  }
}
