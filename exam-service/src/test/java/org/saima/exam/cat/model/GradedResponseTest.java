package org.saima.exam.cat.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A graded response item")
class GradedResponseTest {
  private static final double H = 1e-5;

  @Test
  @DisplayName("gives the hand-computed category probabilities for a = 1, b = (−1, 0, 1), θ = 0")
  void handComputed() {
    // P*_1 = σ(1) = 0.7310585786300049, P*_2 = σ(0) = 0.5, P*_3 = σ(−1) = 0.2689414213699951
    double[] expected = {0.2689414213699951, 0.2310585786300049, 0.2310585786300049, 0.2689414213699951};
    GradedResponse item = new GradedResponse(1.0, new double[] {-1.0, 0.0, 1.0}, 1.0);
    assertArrayEquals(expected, item.probabilities(0.0), 1e-15);
  }

  @Test
  @DisplayName("has category probabilities that sum to 1 and match their logs, even far out")
  void sumsToOne() {
    GradedResponse item = new GradedResponse(2.2, new double[] {-1.5, -0.2, 0.9, 2.0}, 1.702);
    for (double theta = -8; theta <= 8; theta += 0.5) {
      double sum = 0;
      for (int k = 0; k <= 4; k++) {
        double p = item.probability(k, theta);
        sum += p;
        if (p > 1e-300) {
          assertEquals(Math.log(p), item.logProbability(k, theta), 1e-9);
        }
      }
      assertEquals(1.0, sum, 1e-14);
    }
  }

  @Test
  @DisplayName("with one threshold is the 2PL, probabilities and information alike")
  void oneThresholdIsTwoPl() {
    GradedResponse graded = new GradedResponse(1.3, new double[] {0.4}, 1.0);
    Dichotomous twoPl = Dichotomous.twoPl(1.3, 0.4, 1.0);
    for (double theta = -4; theta <= 4; theta += 0.5) {
      assertEquals(twoPl.probability(1, theta), graded.probability(1, theta), 1e-15);
      assertEquals(twoPl.information(theta), graded.information(theta), 1e-14);
    }
  }

  @Test
  @DisplayName("has information Σ P_k'² / P_k with each P_k' from a central difference")
  void informationMatchesNumericalDerivative() {
    GradedResponse item = new GradedResponse(1.6, new double[] {-1.2, 0.1, 1.4}, 1.0);
    for (double theta = -4; theta <= 4; theta += 0.4) {
      double expected = 0;
      for (int k = 0; k <= 3; k++) {
        double slope = (item.probability(k, theta + H) - item.probability(k, theta - H)) / (2 * H);
        expected += slope * slope / item.probability(k, theta);
      }
      assertEquals(expected, item.information(theta), 1e-7, "θ = " + theta);
    }
  }

  @Test
  @DisplayName("rejects thresholds that do not increase")
  void rejectsUnorderedThresholds() {
    assertThrows(IllegalArgumentException.class, () -> new GradedResponse(1.0, new double[] {0.5, 0.5}, 1.0));
    assertThrows(IllegalArgumentException.class, () -> new GradedResponse(1.0, new double[] {}, 1.0));
  }
}
