package org.saima.scoring.panel;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a panel's totals become one panel score: drop {@code dropHighest} highest and {@code dropLowest}
 * lowest totals when at least {@code minimumForDropping} totals remain after recusals; flag an examiner
 * whose total is more than {@code outlierLimit} away from the panel score.
 */
public record AggregationSettings(int dropHighest, int dropLowest, int minimumForDropping, BigDecimal outlierLimit) {
  public static final int DEFAULT_MINIMUM_FOR_DROPPING = 5;

  public AggregationSettings {
    Objects.requireNonNull(outlierLimit, "outlierLimit");
    if (dropHighest < 0 || dropLowest < 0) {
      throw new IllegalArgumentException("Cannot drop a negative number of totals");
    }
    if (minimumForDropping <= dropHighest + dropLowest) {
      throw new IllegalArgumentException("Dropping " + dropHighest + " highest and " + dropLowest
          + " lowest needs a minimum above " + (dropHighest + dropLowest) + " so that a total remains, got "
          + minimumForDropping);
    }
    if (outlierLimit.signum() < 0) {
      throw new IllegalArgumentException("The outlier limit cannot be negative, got " + outlierLimit);
    }
  }

  /** Drop one highest and one lowest when at least 5 totals remain. */
  public static AggregationSettings standard(BigDecimal outlierLimit) {
    return new AggregationSettings(1, 1, DEFAULT_MINIMUM_FOR_DROPPING, outlierLimit);
  }
}
