package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.util.List;

/** A composite score with its lines: {@code value = Σ weighted}, rounded half up to 2 decimals. */
public record Composite(BigDecimal value, BigDecimal exactSum, List<Line> lines) {
  public Composite {
    lines = List.copyOf(lines);
  }

  /** {@code weighted = normalized × weight}. */
  public record Line(String stage, BigDecimal normalized, BigDecimal weight, BigDecimal weighted) {}
}
