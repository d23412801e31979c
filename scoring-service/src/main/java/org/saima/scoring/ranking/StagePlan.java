package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages that make a composite and how ties are broken. Weights are exact decimals summing to 1, so
 * the composite stays on a scale of 100; {@code tieBreakOrder} is the campaign's stage order for ties
 * (higher normalized score in the first stage wins, then the next).
 *
 * <p>An {@code interim} plan covers the stages held so far (weights summing to at most 1): its composite
 * is the composite so far, out of {@code 100 × Σ weights}. It orders candidates exactly as the same
 * weights rescaled to 1 would, without the inexact division (0.3 / 0.9).
 */
public record StagePlan(List<StageWeight> stages, List<String> tieBreakOrder, boolean interim) {
  public StagePlan(List<StageWeight> stages, List<String> tieBreakOrder) {
    this(stages, tieBreakOrder, false);
  }

  /** The plan of the stages held so far, for a shortlist between stages. */
  public static StagePlan interim(List<StageWeight> stages, List<String> tieBreakOrder) {
    return new StagePlan(stages, tieBreakOrder, true);
  }

  public StagePlan {
    stages = List.copyOf(stages);
    tieBreakOrder = List.copyOf(tieBreakOrder);
    Set<String> names = new HashSet<>();
    stages.forEach(s -> {
      if (!names.add(s.stage())) {
        throw new IllegalArgumentException("Stage " + s.stage() + " appears twice in the plan");
      }
    });
    BigDecimal sum = stages.stream().map(StageWeight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (interim ? sum.compareTo(BigDecimal.ONE) > 0 : sum.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("Stage weights must sum to " + (interim ? "at most 1" : "1")
          + ", they sum to " + sum.toPlainString());
    }
    for (String stage : tieBreakOrder) {
      if (!names.contains(stage)) {
        throw new IllegalArgumentException("Tie-break stage " + stage + " is not in the plan");
      }
    }
  }

  /** Σ weights: 1 for a full plan, the share of the composite decided so far for an interim one. */
  public BigDecimal weightSum() {
    return stages.stream().map(StageWeight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * @throws IllegalArgumentException when a stage of the plan has no score
   */
  public Composite composite(String candidate, Map<String, StageScore> scores) {
    List<Composite.Line> lines = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (StageWeight w : stages) {
      StageScore score = scores.get(w.stage());
      if (score == null) {
        throw new IllegalArgumentException("Candidate " + candidate + " has no score for stage " + w.stage());
      }
      BigDecimal weighted = score.normalized().multiply(w.weight());
      lines.add(new Composite.Line(w.stage(), score.normalized(), w.weight(), weighted));
      sum = sum.add(weighted);
    }
    return new Composite(sum.setScale(StageScore.SCALE, RoundingMode.HALF_UP), sum, lines);
  }
}
