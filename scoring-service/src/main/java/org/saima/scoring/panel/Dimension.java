package org.saima.scoring.panel;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One dimension of a rubric: an examiner scores it from 0 to {@code maximum}; the score counts
 * {@code weight} times in the examiner's total. {@code guidance} is the text shown on the sheet.
 */
public record Dimension(String name, BigDecimal maximum, BigDecimal weight, String guidance) {
  public Dimension {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(maximum, "maximum");
    Objects.requireNonNull(weight, "weight");
    guidance = guidance == null ? "" : guidance;
    if (name.isBlank()) {
      throw new IllegalArgumentException("A rubric dimension needs a name");
    }
    if (maximum.signum() <= 0) {
      throw new IllegalArgumentException("Dimension " + name + ": maximum must be above 0, got " + maximum);
    }
    if (weight.signum() <= 0) {
      throw new IllegalArgumentException("Dimension " + name + ": weight must be above 0, got " + weight);
    }
  }

  public BigDecimal weightedMaximum() {
    return maximum.multiply(weight);
  }
}
