package org.saima.scoring.panel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Flags an examiner whose total differs from the panel score by more than the limit (strictly more:
 * a difference equal to the limit is not flagged). The comparison is with the published, rounded panel
 * score, and covers dropped totals too: a dropped extreme is the likeliest outlier.
 */
public final class Outliers {
  private final BigDecimal limit;

  public Outliers(BigDecimal limit) {
    this.limit = limit;
  }

  public List<ExaminerLine> flag(Optional<BigDecimal> panelScore, List<ExaminerLine> lines) {
    if (panelScore.isEmpty()) {
      return lines;
    }
    BigDecimal score = panelScore.get();
    return lines.stream().map(line -> {
      if (line.total() == null) {
        return line;
      }
      BigDecimal deviation = line.total().subtract(score);
      return line.withDeviation(deviation, deviation.abs().compareTo(limit) > 0);
    }).toList();
  }
}
