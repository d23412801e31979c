package org.saima.scoring.panel;

import java.math.BigDecimal;

/**
 * One examiner's line on a candidate's panel sheet. {@code total} and {@code deviation} are null for a
 * recused examiner; {@code deviation = total − panel score}.
 */
public record ExaminerLine(String examiner, BigDecimal total, Treatment treatment, BigDecimal deviation, boolean outlier) {
  public enum Treatment { COUNTED, DROPPED_HIGHEST, DROPPED_LOWEST, RECUSED }

  public boolean dropped() {
    return treatment == Treatment.DROPPED_HIGHEST || treatment == Treatment.DROPPED_LOWEST;
  }

  ExaminerLine withDeviation(BigDecimal newDeviation, boolean isOutlier) {
    return new ExaminerLine(examiner, total, treatment, newDeviation, isOutlier);
  }
}
