package org.saima.scoring.panel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's panel score with the numbers behind it: {@code score = countedSum / countedCount}, rounded
 * half up to 2 decimals; empty when every examiner was recused. {@code trimmed} tells whether the highest and
 * lowest totals were dropped (only when {@code scoringCount ≥ minimumForDropping}).
 */
public record PanelScore(
    Optional<BigDecimal> score,
    BigDecimal countedSum,
    int countedCount,
    int scoringCount,
    int recusedCount,
    boolean trimmed,
    int minimumForDropping,
    List<ExaminerLine> lines) {

  public PanelScore {
    lines = List.copyOf(lines);
  }

  public List<ExaminerLine> dropped() {
    return lines.stream().filter(ExaminerLine::dropped).toList();
  }

  public List<ExaminerLine> outliers() {
    return lines.stream().filter(ExaminerLine::outlier).toList();
  }

  /** One sentence a person can check by hand. */
  public String explain() {
    String who = scoringCount + " scored, " + recusedCount + " recused";
    if (score.isEmpty()) {
      return who + ": no panel score";
    }
    String drop = trimmed
        ? "dropped " + dropped().size() + " (at least " + minimumForDropping + " scored)"
        : "nothing dropped (fewer than " + minimumForDropping + " scored)";
    // The sum of totals read back from the database carries the scale of its factors (248.00000): print it plain.
    return who + "; " + drop + "; " + countedSum.stripTrailingZeros().toPlainString() + " / " + countedCount + " = "
        + score.get().toPlainString();
  }
}
