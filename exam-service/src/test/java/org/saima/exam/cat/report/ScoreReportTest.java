package org.saima.exam.cat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.estimate.Estimate;
import org.saima.exam.cat.session.DimensionSpec;
import org.saima.exam.cat.session.TestDefinition;

@DisplayName("The score report")
class ScoreReportTest {
  // 100·Φ(1) = 84.13447460685429, 100·Φ(−0.5) = 30.853753872598688, 100·Φ(0.25) = 59.87063256829237
  private static final TestDefinition TEST = TestDefinition.withDefaults(List.of(
      new DimensionSpec("政治素质", 1, 1), new DimensionSpec("科学决策", 1, 2), new DimensionSpec("沟通协调", 1, 1)));

  @Test
  @DisplayName("gives T-score 50 + 10θ̂ and percentile 100·Φ(θ̂) per dimension, in the test's order")
  void perDimension() {
    ScoreReport report = ScoreReport.of(TEST, Map.of(
        "科学决策", new Estimate(-0.5, 0.3), "政治素质", new Estimate(1.0, 0.28), "沟通协调", new Estimate(0.25, 0.31)));
    DimensionScore first = report.dimensions().get(0);
    assertEquals("政治素质", first.dimension());
    assertEquals(60.0, first.tScore(), 1e-12);
    assertEquals(84.13447460685429, first.percentile(), 1e-11);
    assertEquals(0.28, first.se());
    assertEquals(45.0, report.dimensions().get(1).tScore(), 1e-12);
    assertEquals(30.853753872598688, report.dimensions().get(1).percentile(), 1e-11);
  }

  @Test
  @DisplayName("gives the stage score as the weighted mean of the percentiles: (84.13 + 2·30.85 + 59.87) / 4")
  void stageScore() {
    ScoreReport report = ScoreReport.of(TEST, Map.of(
        "政治素质", new Estimate(1.0, 0.3), "科学决策", new Estimate(-0.5, 0.3), "沟通协调", new Estimate(0.25, 0.3)));
    assertEquals(51.42815373008601, report.stageScore(), 1e-11);
  }

  @Test
  @DisplayName("refuses to score a dimension without an estimate")
  void missingEstimate() {
    assertThrows(IllegalArgumentException.class, () -> ScoreReport.of(TEST, Map.of("政治素质", new Estimate(0, 1))));
  }
}
