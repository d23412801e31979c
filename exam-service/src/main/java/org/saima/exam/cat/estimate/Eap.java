package org.saima.exam.cat.estimate;

/**
 * Expected a posteriori estimate on a quadrature grid: θ̂ = Σ θ_q L_q w_q / Σ L_q w_q and
 * SE = sqrt(Σ (θ_q − θ̂)² L_q w_q / Σ L_q w_q), evaluated with log-sum-exp.
 */
public final class Eap {
  private Eap() {
  }

  public static Estimate estimate(Likelihood likelihood) {
    double[] posterior = normalisedPosterior(likelihood);
    QuadratureGrid grid = likelihood.grid();
    double mean = 0.0;
    for (int q = 0; q < posterior.length; q++) {
      mean += grid.point(q) * posterior[q];
    }
    double variance = 0.0;
    for (int q = 0; q < posterior.length; q++) {
      double d = grid.point(q) - mean;
      variance += d * d * posterior[q];
    }
    return new Estimate(mean, Math.sqrt(variance));
  }

  /** Posterior mass at each grid point, summing to 1. */
  public static double[] normalisedPosterior(Likelihood likelihood) {
    QuadratureGrid grid = likelihood.grid();
    double[] logPosterior = new double[grid.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int q = 0; q < logPosterior.length; q++) {
      logPosterior[q] = likelihood.logValue(q) + grid.logWeight(q);
      max = Math.max(max, logPosterior[q]);
    }
    double[] mass = new double[logPosterior.length];
    double total = 0.0;
    for (int q = 0; q < mass.length; q++) {
      mass[q] = Math.exp(logPosterior[q] - max);
      total += mass[q];
    }
    for (int q = 0; q < mass.length; q++) {
      mass[q] /= total;
    }
    return mass;
  }
}
