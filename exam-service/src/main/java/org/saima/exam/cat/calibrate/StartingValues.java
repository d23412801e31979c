package org.saima.exam.cat.calibrate;

/**
 * EM starting values: a = 1 and intercepts from the observed proportions at or above each
 * category, d_k = logit(p_k) / D, pushed apart where a category was never used.
 */
final class StartingValues {
  private static final double SMALLEST_GAP = 0.1;

  private StartingValues() {
  }

  static SlopeIntercept[] of(ResponseMatrix data, double scaling) {
    SlopeIntercept[] items = new SlopeIntercept[data.items()];
    for (int j = 0; j < items.length; j++) {
      items[j] = SlopeIntercept.of(1.0, intercepts(data, j, scaling), scaling);
    }
    return items;
  }

  private static double[] intercepts(ResponseMatrix data, int j, double scaling) {
    int m = data.maxCategory(j);
    double[] atLeast = new double[m + 2];
    int answered = 0;
    for (int i = 0; i < data.persons(); i++) {
      int x = data.response(i, j);
      if (x != ResponseMatrix.MISSING) {
        answered++;
        for (int k = 1; k <= x; k++) {
          atLeast[k]++;
        }
      }
    }
    double[] d = new double[m];
    for (int k = 1; k <= m; k++) {
      double p = answered == 0 ? 0.5 : Math.min(0.99, Math.max(0.01, atLeast[k] / answered));
      d[k - 1] = Math.log(p / (1 - p)) / scaling;
      if (k > 1 && d[k - 1] > d[k - 2] - SMALLEST_GAP) {
        d[k - 1] = d[k - 2] - SMALLEST_GAP;
      }
    }
    return d;
  }
}
