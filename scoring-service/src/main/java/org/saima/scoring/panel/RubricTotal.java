package org.saima.scoring.panel;

import java.math.BigDecimal;
import java.util.List;

/** An examiner's total with the line per dimension that produced it. */
public record RubricTotal(BigDecimal total, BigDecimal maximumTotal, List<Line> lines) {
  public RubricTotal {
    lines = List.copyOf(lines);
  }

  /** {@code weighted = score × weight}. */
  public record Line(String dimension, BigDecimal score, BigDecimal maximum, BigDecimal weight, BigDecimal weighted) {}
}
