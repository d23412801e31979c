package org.saima.exam.cat.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.math.SplitMix64;
import org.saima.exam.cat.model.GradedResponse;

@DisplayName("Bock–Aitkin calibration")
class BockAitkinTest {
  private static final double[] A = {0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 1.1, 1.5, 0.9};
  private static final double[] B = {-1.5, -1.0, -0.5, 0.0, 0.3, 0.6, 1.0, 1.5, -0.2, 0.8};
  private static final double[][] GRM_B = {{-1.2, 0.0, 1.1}, {-0.6, 0.4, 1.6}};
  private static final double[] GRM_A = {1.3, 1.7};

  @Test
  @DisplayName("an M-step fed the exact expected counts of an item returns that item's parameters")
  void mStepRecoversExactCounts() {
    double[] points = new double[61];
    double[][] counts = new double[61][4];
    GradedResponse truth = new GradedResponse(1.3, new double[] {-1.0, 0.2, 1.4}, 1.0);
    for (int q = 0; q < 61; q++) {
      points[q] = -4 + 8.0 * q / 60;
      double persons = 1000 * Math.exp(-points[q] * points[q] / 2);
      for (int k = 0; k < 4; k++) {
        counts[q][k] = persons * truth.probability(k, points[q]);
      }
    }
    SlopeIntercept fitted = FisherScoring.maximize(SlopeIntercept.of(1.0, new double[] {0.5, 0.0, -0.5}, 1.0),
        points, counts, 100);
    assertEquals(1.3, fitted.a(), 1e-6);
    double[] b = fitted.thresholds();
    assertEquals(-1.0, b[0], 1e-6);
    assertEquals(0.2, b[1], 1e-6);
    assertEquals(1.4, b[2], 1e-6);
  }

  @Test
  @DisplayName("recovers 2PL and GRM parameters from 1,500 simulated persons, with plausible SEs and no misfit")
  void recovery() {
    ResponseMatrix data = simulate(1500, 0.0, false, 11L);
    CalibrationResult result = BockAitkin.calibrate(data, CalibrationSettings.defaults());
    assertTrue(result.converged(), "cycles " + result.cycles());
    double squaredA = 0;
    double squaredB = 0;
    for (int j = 0; j < A.length; j++) {
      CalibratedItem item = result.items().get(j);
      squaredA += Math.pow(item.a() - A[j], 2) / A.length;
      squaredB += Math.pow(item.b().get(0) - B[j], 2) / A.length;
      assertTrue(item.seA() > 0.03 && item.seA() < 0.25, item.toString());
      assertFalse(item.misfit(), item.toString());
    }
    assertTrue(Math.sqrt(squaredA) < 0.15, "RMSE a " + Math.sqrt(squaredA));
    assertTrue(Math.sqrt(squaredB) < 0.15, "RMSE b " + Math.sqrt(squaredB));
    for (int g = 0; g < GRM_A.length; g++) {
      CalibratedItem item = result.items().get(A.length + g);
      assertEquals(GRM_A[g], item.a(), 0.25, item.toString());
      for (int k = 0; k < 3; k++) {
        assertEquals(GRM_B[g][k], item.b().get(k), 0.25, item.toString());
      }
    }
  }

  @Test
  @DisplayName("works around items not given to everyone")
  void missingResponses() {
    CalibrationResult result = BockAitkin.calibrate(simulate(1500, 0.3, false, 12L), CalibrationSettings.defaults());
    double squaredB = 0;
    for (int j = 0; j < A.length; j++) {
      squaredB += Math.pow(result.items().get(j).b().get(0) - B[j], 2) / A.length;
    }
    assertTrue(Math.sqrt(squaredB) < 0.2, "RMSE b " + Math.sqrt(squaredB));
  }

  @Test
  @DisplayName("flags an item whose answers do not follow any monotone curve")
  void flagsMisfit() {
    CalibrationResult result = BockAitkin.calibrate(simulate(1500, 0.0, true, 13L), CalibrationSettings.defaults());
    CalibratedItem odd = result.items().get(0);
    assertTrue(odd.misfit(), odd.toString());
    assertEquals(1, result.items().stream().filter(CalibratedItem::misfit).count());
  }

  /** Persons with θ ~ N(0,1) answering the items above; item 0 replaced by a U-shaped curve if asked. */
  private static ResponseMatrix simulate(int persons, double missingRate, boolean oddFirstItem, long seed) {
    SplitMix64 random = new SplitMix64(seed);
    int items = A.length + GRM_A.length;
    int[][] x = new int[persons][items];
    for (int i = 0; i < persons; i++) {
      double theta = random.nextGaussian();
      for (int j = 0; j < items; j++) {
        double u = random.nextDouble();
        if (j < A.length) {
          double p = oddFirstItem && j == 0 ? (Math.abs(theta) > 0.8 ? 0.9 : 0.1)
              : 1 / (1 + Math.exp(-A[j] * (theta - B[j])));
          x[i][j] = u < p ? 1 : 0;
        } else {
          x[i][j] = drawGraded(new GradedResponse(GRM_A[j - A.length], GRM_B[j - A.length], 1.0), theta, u);
        }
        if (random.nextDouble() < missingRate) {
          x[i][j] = ResponseMatrix.MISSING;
        }
      }
    }
    List<String> ids = new ArrayList<>();
    int[] max = new int[items];
    for (int j = 0; j < items; j++) {
      ids.add("Q" + j);
      max[j] = j < A.length ? 1 : 3;
    }
    return new ResponseMatrix(ids, max, x);
  }

  private static int drawGraded(GradedResponse item, double theta, double u) {
    double cumulative = 0;
    for (int k = 0; k < item.maxCategory(); k++) {
      cumulative += item.probability(k, theta);
      if (u < cumulative) {
        return k;
      }
    }
    return item.maxCategory();
  }
}
