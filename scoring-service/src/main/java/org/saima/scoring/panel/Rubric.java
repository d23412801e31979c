package org.saima.scoring.panel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rubric: the dimensions an examiner scores. The examiner's total is the weighted sum
 * Σ weight_d × score_d, kept exact (no rounding: only the panel score is rounded).
 */
public record Rubric(List<Dimension> dimensions) {
  public Rubric {
    dimensions = List.copyOf(dimensions);
    if (dimensions.isEmpty()) {
      throw new IllegalArgumentException("A rubric needs at least one dimension");
    }
    Set<String> names = new HashSet<>();
    for (Dimension d : dimensions) {
      if (!names.add(d.name())) {
        throw new IllegalArgumentException("Dimension " + d.name() + " appears twice in the rubric");
      }
    }
  }

  /** The highest total an examiner can give: Σ weight_d × maximum_d. */
  public BigDecimal maximumTotal() {
    return dimensions.stream().map(Dimension::weightedMaximum).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * One examiner's total for one candidate, from a score per dimension name.
   *
   * @throws IllegalArgumentException when a dimension is missing, unknown, or scored outside 0..maximum
   */
  public RubricTotal total(Map<String, BigDecimal> scores) {
    rejectUnknown(scores);
    List<RubricTotal.Line> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Dimension d : dimensions) {
      BigDecimal score = scores.get(d.name());
      checkRange(d, score);
      BigDecimal weighted = score.multiply(d.weight());
      lines.add(new RubricTotal.Line(d.name(), score, d.maximum(), d.weight(), weighted));
      total = total.add(weighted);
    }
    return new RubricTotal(total, maximumTotal(), lines);
  }

  private void rejectUnknown(Map<String, BigDecimal> scores) {
    for (String name : scores.keySet()) {
      if (dimensions.stream().noneMatch(d -> d.name().equals(name))) {
        throw new IllegalArgumentException("Dimension " + name + " is not in the rubric");
      }
    }
  }

  private static void checkRange(Dimension d, BigDecimal score) {
    if (score == null) {
      throw new IllegalArgumentException("Dimension " + d.name() + " has no score");
    }
    if (score.signum() < 0 || score.compareTo(d.maximum()) > 0) {
      throw new IllegalArgumentException("Dimension " + d.name() + ": score " + score.toPlainString()
          + " is outside 0.." + d.maximum().toPlainString());
    }
  }
}
