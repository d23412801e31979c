package org.saima.exam.cat.calibrate;

/**
 * The E-step of Bock–Aitkin: each person's posterior over the quadrature points under the current
 * item parameters, and from it the expected number of responses in each category at each point.
 */
final class Expectation {
  final double[][][] counts;
  final double logLikelihood;

  private Expectation(double[][][] counts, double logLikelihood) {
    this.counts = counts;
    this.logLikelihood = logLikelihood;
  }

  /** log P_k(θ_q) for every item j, point q and category k: the table every person's posterior sums. */
  static double[][][] logProbabilities(SlopeIntercept[] items, double[] points) {
    double[][][] table = new double[items.length][points.length][];
    for (int j = 0; j < items.length; j++) {
      var model = items[j].model();
      for (int q = 0; q < points.length; q++) {
        table[j][q] = new double[items[j].categories()];
        for (int k = 0; k < table[j][q].length; k++) {
          table[j][q][k] = model.logProbability(k, points[q]);
        }
      }
    }
    return table;
  }

  static Expectation of(ResponseMatrix data, double[][][] logP, double[] logWeights) {
    double[][][] counts = new double[data.items()][logWeights.length][];
    for (int j = 0; j < data.items(); j++) {
      for (int q = 0; q < logWeights.length; q++) {
        counts[j][q] = new double[data.maxCategory(j) + 1];
      }
    }
    double logLikelihood = 0.0;
    double[] posterior = new double[logWeights.length];
    for (int i = 0; i < data.persons(); i++) {
      logLikelihood += posterior(data, i, logP, logWeights, posterior);
      for (int j = 0; j < data.items(); j++) {
        int x = data.response(i, j);
        if (x != ResponseMatrix.MISSING) {
          for (int q = 0; q < posterior.length; q++) {
            counts[j][q][x] += posterior[q];
          }
        }
      }
    }
    return new Expectation(counts, logLikelihood);
  }

  /** Fills {@code out} with person i's normalised posterior; returns the log of their marginal likelihood. */
  static double posterior(ResponseMatrix data, int i, double[][][] logP, double[] logWeights, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (int q = 0; q < logWeights.length; q++) {
      double sum = logWeights[q];
      for (int j = 0; j < data.items(); j++) {
        int x = data.response(i, j);
        if (x != ResponseMatrix.MISSING) {
          sum += logP[j][q][x];
        }
      }
      out[q] = sum;
      max = Math.max(max, sum);
    }
    double total = 0.0;
    for (int q = 0; q < out.length; q++) {
      out[q] = Math.exp(out[q] - max);
      total += out[q];
    }
    for (int q = 0; q < out.length; q++) {
      out[q] /= total;
    }
    return max + Math.log(total);
  }
}
