package org.saima.exam.cat.calibrate;

/**
 * Standard errors and fit for calibrated items.
 *
 * <p>SEs use the cross-product of each person's marginal score for the item (Σ_q posterior_q ·
 * ∂ log P_x(θ_q)/∂β), inverted per item; ignoring the covariances between items makes them
 * somewhat optimistic, which the recovery check in docs/cat-calibration.md measures. Thresholds
 * get theirs by the delta method from b_k = −d_k / a.
 *
 * <p>Fit is the RMSD between the posterior-expected proportion in each category at each point and
 * the model's, weighted by the expected number of persons there; the largest category counts.
 */
final class ItemDiagnostics {
  private ItemDiagnostics() {
  }

  static double[][][] crossProducts(ResponseMatrix data, SlopeIntercept[] items, double[] points, double[] logWeights) {
    double[][][][] gradients = new double[items.length][points.length][][];
    for (int j = 0; j < items.length; j++) {
      for (int q = 0; q < points.length; q++) {
        gradients[j][q] = items[j].logGradients(points[q]);
      }
    }
    double[][][] logP = Expectation.logProbabilities(items, points);
    double[][][] sums = new double[items.length][][];
    for (int j = 0; j < items.length; j++) {
      sums[j] = new double[items[j].categories()][items[j].categories()];
    }
    double[] posterior = new double[points.length];
    for (int i = 0; i < data.persons(); i++) {
      Expectation.posterior(data, i, logP, logWeights, posterior);
      for (int j = 0; j < items.length; j++) {
        int x = data.response(i, j);
        if (x != ResponseMatrix.MISSING) {
          double[] score = new double[items[j].categories()];
          for (int q = 0; q < points.length; q++) {
            FisherScoring.addScaled(score, gradients[j][q][x], posterior[q]);
          }
          FisherScoring.addOuter(sums[j], score, 1.0);
        }
      }
    }
    return sums;
  }

  /** {SE(a), SE(b_1), …}; NaN where the cross-product matrix cannot be inverted. */
  static double[] standardErrors(SlopeIntercept item, double[][] crossProduct) {
    double[][] covariance = SmallMatrix.inverse(crossProduct);
    double[] se = new double[item.categories()];
    if (covariance == null) {
      java.util.Arrays.fill(se, Double.NaN);
      return se;
    }
    double a = item.a();
    se[0] = Math.sqrt(covariance[0][0]);
    for (int k = 1; k < se.length; k++) {
      double d = item.beta()[k];
      double byA = d / (a * a);
      double byD = -1.0 / a;
      se[k] = Math.sqrt(byA * byA * covariance[0][0] + 2 * byA * byD * covariance[0][k]
          + byD * byD * covariance[k][k]);
    }
    return se;
  }

  static double rmsd(SlopeIntercept item, double[] points, double[][] counts) {
    var model = item.model();
    double worst = 0.0;
    for (int k = 0; k < item.categories(); k++) {
      double weighted = 0.0;
      double persons = 0.0;
      for (int q = 0; q < points.length; q++) {
        double atPoint = 0.0;
        for (double c : counts[q]) {
          atPoint += c;
        }
        if (atPoint > 1e-12) {
          double gap = counts[q][k] / atPoint - model.probability(k, points[q]);
          weighted += atPoint * gap * gap;
          persons += atPoint;
        }
      }
      worst = Math.max(worst, Math.sqrt(weighted / persons));
    }
    return worst;
  }
}
