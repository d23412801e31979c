package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.util.Objects;

/** A stage's weight in the composite; 0 for a stage that only has a pass mark. */
public record StageWeight(String stage, BigDecimal weight) {
  public StageWeight {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(weight, "weight");
    if (weight.signum() < 0) {
      throw new IllegalArgumentException("Stage " + stage + ": weight cannot be negative, got " + weight);
    }
  }
}
