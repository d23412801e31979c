package org.saima.exam.cat.calibrate;

/**
 * The M-step for one item: maximises Σ_q Σ_k r_qk log P_k(θ_q; β) over β by Fisher scoring
 * (the expected information is positive definite, unlike the observed Hessian far from the
 * optimum), halving a step that leaves the valid region or lowers the objective.
 */
final class FisherScoring {
  private static final int MAX_HALVINGS = 30;
  private static final double STEP_TOLERANCE = 1e-8;

  private FisherScoring() {
  }

  static SlopeIntercept maximize(SlopeIntercept start, double[] points, double[][] counts, int maxSteps) {
    SlopeIntercept current = start;
    double value = objective(current, points, counts);
    for (int step = 0; step < maxSteps; step++) {
      double[] direction = scoringDirection(current, points, counts);
      if (direction == null) {
        return current;
      }
      double scale = 1.0;
      for (int h = 0; h < MAX_HALVINGS; h++, scale /= 2) {
        SlopeIntercept candidate = moved(current, direction, scale);
        if (candidate.valid()) {
          double candidateValue = objective(candidate, points, counts);
          if (candidateValue >= value - 1e-12) {
            current = candidate;
            value = candidateValue;
            break;
          }
        }
      }
      if (maxAbs(direction) * scale < STEP_TOLERANCE) {
        return current;
      }
    }
    return current;
  }

  static double objective(SlopeIntercept item, double[] points, double[][] counts) {
    var model = item.model();
    double sum = 0.0;
    for (int q = 0; q < points.length; q++) {
      for (int k = 0; k < counts[q].length; k++) {
        if (counts[q][k] > 0.0) {
          sum += counts[q][k] * model.logProbability(k, points[q]);
        }
      }
    }
    return sum;
  }

  /** info⁻¹ · gradient, with info = Σ_q n_q Σ_k P_k g_k g_kᵀ; null when info is singular. */
  private static double[] scoringDirection(SlopeIntercept item, double[] points, double[][] counts) {
    int n = item.categories();
    double[] gradient = new double[n];
    double[][] information = new double[n][n];
    var model = item.model();
    for (int q = 0; q < points.length; q++) {
      double[][] g = item.logGradients(points[q]);
      double total = 0.0;
      for (int k = 0; k < counts[q].length; k++) {
        total += counts[q][k];
        addScaled(gradient, g[k], counts[q][k]);
      }
      for (int k = 0; k < g.length; k++) {
        addOuter(information, g[k], total * model.probability(k, points[q]));
      }
    }
    return SmallMatrix.solve(information, gradient);
  }

  private static SlopeIntercept moved(SlopeIntercept item, double[] direction, double scale) {
    double[] beta = item.beta().clone();
    for (int p = 0; p < beta.length; p++) {
      beta[p] += scale * direction[p];
    }
    return new SlopeIntercept(beta, item.scaling());
  }

  static void addScaled(double[] target, double[] v, double weight) {
    for (int p = 0; p < v.length; p++) {
      target[p] += weight * v[p];
    }
  }

  static void addOuter(double[][] target, double[] v, double weight) {
    for (int r = 0; r < v.length; r++) {
      for (int c = 0; c < v.length; c++) {
        target[r][c] += weight * v[r] * v[c];
      }
    }
  }

  private static double maxAbs(double[] v) {
    double max = 0.0;
    for (double x : v) {
      max = Math.max(max, Math.abs(x));
    }
    return max;
  }
}
