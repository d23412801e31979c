package org.saima.exam.cat.calibrate;

import org.saima.exam.cat.model.GradedResponse;

/**
 * Item parameters as estimated: β = (a, d_1, …, d_m) with P*_k = logistic(D(aθ + d_k)) and
 * d_1 > … > d_m, which is the GRM with thresholds b_k = −d_k / a (the 2PL when m = 1). The
 * intercept form keeps the likelihood smooth near a = 0 and the scoring steps well behaved.
 */
record SlopeIntercept(double[] beta, double scaling) {
  static SlopeIntercept of(double a, double[] intercepts, double scaling) {
    double[] beta = new double[intercepts.length + 1];
    beta[0] = a;
    System.arraycopy(intercepts, 0, beta, 1, intercepts.length);
    return new SlopeIntercept(beta, scaling);
  }

  int categories() {
    return beta.length;
  }

  double a() {
    return beta[0];
  }

  /** Positive slope and strictly decreasing intercepts: the region where the model is defined. */
  boolean valid() {
    if (!(beta[0] > 0.0) || !Double.isFinite(beta[0])) {
      return false;
    }
    for (int k = 2; k < beta.length; k++) {
      if (!(beta[k] < beta[k - 1])) {
        return false;
      }
    }
    return true;
  }

  double[] thresholds() {
    double[] b = new double[beta.length - 1];
    for (int k = 0; k < b.length; k++) {
      b[k] = -beta[k + 1] / beta[0];
    }
    return b;
  }

  GradedResponse model() {
    return new GradedResponse(beta[0], thresholds(), scaling);
  }

  /**
   * ∂ log P_k / ∂β at θ for every category k: with W_k = P*_k(1 − P*_k) (W_0 = W_{m+1} = 0),
   * ∂/∂a = Dθ(W_k − W_{k+1}) / P_k, ∂/∂d_k = D W_k / P_k and ∂/∂d_{k+1} = −D W_{k+1} / P_k.
   */
  double[][] logGradients(double theta) {
    GradedResponse model = model();
    int m = beta.length - 1;
    double[][] g = new double[m + 1][beta.length];
    for (int k = 0; k <= m; k++) {
      double p = Math.max(model.probability(k, theta), Double.MIN_NORMAL);
      double wk = spread(model, k, theta);
      double wNext = spread(model, k + 1, theta);
      g[k][0] = scaling * theta * (wk - wNext) / p;
      if (k >= 1) {
        g[k][k] = scaling * wk / p;
      }
      if (k + 1 <= m) {
        g[k][k + 1] = -scaling * wNext / p;
      }
    }
    return g;
  }

  private static double spread(GradedResponse model, int k, double theta) {
    double star = model.cumulative(k, theta);
    return star * (1.0 - star);
  }
}
