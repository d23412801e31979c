package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One stage of a campaign as the selection sees it, in the campaign's order: its weight in the composite,
 * and what decides who goes on after it: a pass mark on the scale of 100 and a shortlist ratio of seats,
 * each optional ({@code null}).
 */
public record StageRule(String stage, BigDecimal weight, BigDecimal passMark, BigDecimal ratio) {
  public StageRule {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(weight, "weight");
  }

  /** A shortlist follows this stage when it has a ratio or a pass mark. */
  public boolean shortlists() {
    return passMark != null || ratio != null;
  }

  public boolean countsInComposite() {
    return weight.signum() > 0;
  }
}
