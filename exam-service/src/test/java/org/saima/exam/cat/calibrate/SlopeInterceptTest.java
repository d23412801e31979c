package org.saima.exam.cat.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slope–intercept item parameters")
class SlopeInterceptTest {
  private static final double H = 1e-6;

  @Test
  @DisplayName("map to thresholds b_k = −d_k / a")
  void thresholds() {
    SlopeIntercept item = SlopeIntercept.of(2.0, new double[] {1.0, -0.5, -3.0}, 1.0);
    assertArrayEquals(new double[] {-0.5, 0.25, 1.5}, item.thresholds(), 1e-15);
    assertTrue(item.valid());
    assertFalse(SlopeIntercept.of(2.0, new double[] {1.0, 1.0}, 1.0).valid());
    assertFalse(SlopeIntercept.of(-1.0, new double[] {1.0}, 1.0).valid());
  }

  @Test
  @DisplayName("have log-probability gradients equal to central differences")
  void gradients() {
    SlopeIntercept item = SlopeIntercept.of(1.4, new double[] {1.2, 0.1, -0.9}, 1.702);
    for (double theta : new double[] {-2.5, -0.4, 0.0, 1.3, 3.0}) {
      double[][] g = item.logGradients(theta);
      for (int k = 0; k <= 3; k++) {
        for (int p = 0; p < 4; p++) {
          double numeric = (logP(item, p, H, k, theta) - logP(item, p, -H, k, theta)) / (2 * H);
          assertEquals(numeric, g[k][p], 1e-6, "θ " + theta + ", k " + k + ", parameter " + p);
        }
      }
    }
  }

  private static double logP(SlopeIntercept item, int parameter, double shift, int k, double theta) {
    double[] beta = item.beta().clone();
    beta[parameter] += shift;
    double a = beta[0];
    double upper = k == 0 ? 1 : 1 / (1 + Math.exp(-1.702 * (a * theta + beta[k])));
    double lower = k == 3 ? 0 : 1 / (1 + Math.exp(-1.702 * (a * theta + beta[k + 1])));
    return Math.log(upper - lower);
  }
}
