package org.saima.exam.cat.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.model.Dichotomous;
import org.saima.exam.cat.model.GradedResponse;

/**
 * Compares the engine's log-space EAP with a straightforward quadrature written here: the
 * likelihood as a plain product of textbook probabilities, the prior density as exp(−z²/2).
 */
@DisplayName("The EAP estimate")
class EapTest {
  private static final double[] A = {1.0, 1.5, 0.8, 2.0, 1.2};
  private static final double[] B = {-1.0, -0.3, 0.0, 0.5, 1.2};

  @Test
  @DisplayName("uses 61 equally spaced points from −4 to 4 inclusive")
  void grid() {
    QuadratureGrid grid = QuadratureGrid.standard(NormalPrior.STANDARD);
    assertEquals(61, grid.size());
    assertEquals(-4.0, grid.point(0));
    assertEquals(4.0, grid.point(60));
    assertEquals(0.0, grid.point(30), 1e-15);
    assertEquals(8.0 / 60, grid.point(1) - grid.point(0), 1e-15);
  }

  @Test
  @DisplayName("with no responses is the prior, truncated to the grid")
  void noResponses() {
    Estimate e = Eap.estimate(Likelihood.none(QuadratureGrid.standard(NormalPrior.STANDARD)));
    double[] expected = straightforward(new int[0], 0.0, 1.0);
    assertEquals(0.0, e.theta(), 1e-15);
    assertEquals(expected[1], e.se(), 1e-13);
  }

  @Test
  @DisplayName("matches the straightforward quadrature for all right, all wrong and mixed 2PL patterns")
  void dichotomousPatterns() {
    for (int[] pattern : new int[][] {{1, 1, 1, 1, 1}, {0, 0, 0, 0, 0}, {1, 0, 1, 1, 0}}) {
      Estimate e = Eap.estimate(likelihood(pattern, NormalPrior.STANDARD));
      double[] expected = straightforward(pattern, 0.0, 1.0);
      assertEquals(expected[0], e.theta(), 1e-12);
      assertEquals(expected[1], e.se(), 1e-12);
    }
  }

  @Test
  @DisplayName("moves up after all right and down after all wrong, by the same amount")
  void symmetry() {
    double[] a = {1.0, 1.0, 1.0};
    Estimate right = Eap.estimate(likelihoodOf(a, new double[3], new int[] {1, 1, 1}));
    Estimate wrong = Eap.estimate(likelihoodOf(a, new double[3], new int[] {0, 0, 0}));
    assertTrue(right.theta() > 0.5);
    assertEquals(right.theta(), -wrong.theta(), 1e-12);
    assertEquals(right.se(), wrong.se(), 1e-12);
  }

  @Test
  @DisplayName("honours a prior N(0.5, 0.8²)")
  void otherPrior() {
    int[] pattern = {1, 0, 1, 1, 0};
    NormalPrior prior = new NormalPrior(0.5, 0.8);
    Estimate e = Eap.estimate(likelihood(pattern, prior));
    double[] expected = straightforward(pattern, 0.5, 0.8);
    assertEquals(expected[0], e.theta(), 1e-12);
    assertEquals(expected[1], e.se(), 1e-12);
  }

  @Test
  @DisplayName("matches the straightforward quadrature for a graded response pattern")
  void gradedPattern() {
    QuadratureGrid grid = QuadratureGrid.standard(NormalPrior.STANDARD);
    double[][] thresholds = {{-1.0, 0.0, 1.0}, {-0.5, 0.7}, {-1.5, -0.2, 0.6, 1.8}};
    double[] a = {1.1, 1.7, 0.9};
    int[] categories = {2, 1, 4};
    Likelihood likelihood = Likelihood.none(grid);
    for (int j = 0; j < a.length; j++) {
      likelihood = likelihood.plus(new GradedResponse(a[j], thresholds[j], 1.0), categories[j]);
    }
    Estimate e = Eap.estimate(likelihood);
    double num = 0;
    double den = 0;
    double[] lw = new double[61];
    for (int q = 0; q < 61; q++) {
      double theta = -4 + 8.0 * q / 60;
      double l = Math.exp(-theta * theta / 2);
      for (int j = 0; j < a.length; j++) {
        l *= cumulative(a[j], thresholds[j], categories[j], theta)
            - cumulative(a[j], thresholds[j], categories[j] + 1, theta);
      }
      lw[q] = l;
      num += theta * l;
      den += l;
    }
    double mean = num / den;
    double var = 0;
    for (int q = 0; q < 61; q++) {
      double theta = -4 + 8.0 * q / 60;
      var += (theta - mean) * (theta - mean) * lw[q] / den;
    }
    assertEquals(mean, e.theta(), 1e-12);
    assertEquals(Math.sqrt(var), e.se(), 1e-12);
  }

  @Test
  @DisplayName("stays finite over 1,500 responses, where the plain product underflows to 0")
  void longTestDoesNotUnderflow() {
    QuadratureGrid grid = QuadratureGrid.standard(NormalPrior.STANDARD);
    Dichotomous item = Dichotomous.twoPl(1.0, 0.0, 1.0);
    Likelihood likelihood = Likelihood.none(grid);
    double plainProductAtZero = 1.0;
    for (int i = 0; i < 1500; i++) {
      likelihood = likelihood.plus(item, i % 2);
      plainProductAtZero *= 0.5;
    }
    assertEquals(0.0, plainProductAtZero);
    Estimate e = Eap.estimate(likelihood);
    // Equal numbers of right and wrong answers at b = 0 make the posterior symmetric about 0.
    assertEquals(0.0, e.theta(), 1e-9);
    assertTrue(e.se() > 0 && e.se() < 0.1, "SE " + e.se());
  }

  private static Likelihood likelihood(int[] pattern, NormalPrior prior) {
    Likelihood likelihood = Likelihood.none(QuadratureGrid.standard(prior));
    for (int j = 0; j < pattern.length; j++) {
      likelihood = likelihood.plus(Dichotomous.twoPl(A[j], B[j], 1.0), pattern[j]);
    }
    return likelihood;
  }

  private static Likelihood likelihoodOf(double[] a, double[] b, int[] pattern) {
    Likelihood likelihood = Likelihood.none(QuadratureGrid.standard(NormalPrior.STANDARD));
    for (int j = 0; j < pattern.length; j++) {
      likelihood = likelihood.plus(Dichotomous.twoPl(a[j], b[j], 1.0), pattern[j]);
    }
    return likelihood;
  }

  /** {θ̂, SE} by the textbook sums with plain products. */
  private static double[] straightforward(int[] pattern, double mu, double sigma) {
    double num = 0;
    double den = 0;
    double[] weighted = new double[61];
    for (int q = 0; q < 61; q++) {
      double theta = -4 + 8.0 * q / 60;
      double l = Math.exp(-(theta - mu) * (theta - mu) / (2 * sigma * sigma));
      for (int j = 0; j < pattern.length; j++) {
        double p = 1 / (1 + Math.exp(-A[j] * (theta - B[j])));
        l *= pattern[j] == 1 ? p : 1 - p;
      }
      weighted[q] = l;
      num += theta * l;
      den += l;
    }
    double mean = num / den;
    double var = 0;
    for (int q = 0; q < 61; q++) {
      double theta = -4 + 8.0 * q / 60;
      var += (theta - mean) * (theta - mean) * weighted[q] / den;
    }
    return new double[] {mean, Math.sqrt(var)};
  }

  private static double cumulative(double a, double[] b, int k, double theta) {
    if (k == 0) {
      return 1;
    }
    if (k > b.length) {
      return 0;
    }
    return 1 / (1 + Math.exp(-a * (theta - b[k - 1])));
  }
}
