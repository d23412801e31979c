package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.util.Objects;

/** The lowest normalized score at a stage with which a candidate can go on (the mark itself passes). */
public record PassMark(String stage, BigDecimal minimum) {
  public PassMark {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(minimum, "minimum");
  }
}
