package org.saima.exam.cat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.saima.exam.cat.estimate.Estimate;
import org.saima.exam.cat.math.Normal;
import org.saima.exam.cat.session.DimensionSpec;
import org.saima.exam.cat.session.TestDefinition;

/**
 * The report of a finished test: per dimension the T-score 50 + 10θ̂ and the percentile 100·Φ(θ̂);
 * the stage score is the weighted mean of 100·Φ(θ̂_d) with the test's score weights.
 */
public record ScoreReport(List<DimensionScore> dimensions, double stageScore) {
  public ScoreReport {
    dimensions = List.copyOf(dimensions);
  }

  public static double tScore(double theta) {
    return 50.0 + 10.0 * theta;
  }

  public static double percentile(double theta) {
    return 100.0 * Normal.cdf(theta);
  }

  public static ScoreReport of(TestDefinition definition, Map<String, Estimate> estimates) {
    List<DimensionScore> scores = new ArrayList<>();
    double weighted = 0.0;
    double totalWeight = 0.0;
    for (DimensionSpec spec : definition.dimensions()) {
      Estimate estimate = estimates.get(spec.code());
      if (estimate == null) {
        throw new IllegalArgumentException("no estimate for dimension " + spec.code());
      }
      double theta = estimate.theta();
      scores.add(new DimensionScore(spec.code(), theta, estimate.se(), tScore(theta), percentile(theta)));
      weighted += spec.scoreWeight() * percentile(theta);
      totalWeight += spec.scoreWeight();
    }
    if (!(totalWeight > 0.0)) {
      throw new IllegalArgumentException("score weights must not all be zero");
    }
    return new ScoreReport(scores, weighted / totalWeight);
  }
}
