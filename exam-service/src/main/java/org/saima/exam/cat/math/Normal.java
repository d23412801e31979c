package org.saima.exam.cat.math;

/** The normal distribution functions the engine needs. */
public final class Normal {
  private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);
  private static final double TAIL_CUTOFF = 10.0;

  private Normal() {
  }

  public static double logDensity(double x, double mean, double sd) {
    double z = (x - mean) / sd;
    return -0.5 * z * z - LOG_SQRT_TWO_PI - Math.log(sd);
  }

  public static double density(double x) {
    return Math.exp(logDensity(x, 0.0, 1.0));
  }

  /**
   * Φ(x) by Marsaglia's Taylor series (J. Stat. Software 11(4), 2004), absolute error near 1e-15;
   * beyond ±10 the answer is 0 or 1 to double precision anyway.
   */
  public static double cdf(double x) {
    if (x <= -TAIL_CUTOFF) {
      return 0.0;
    }
    if (x >= TAIL_CUTOFF) {
      return 1.0;
    }
    double sum = x;
    double previous = 0.0;
    double term = x;
    double squared = x * x;
    for (int i = 3; sum != previous; i += 2) {
      previous = sum;
      term *= squared / i;
      sum += term;
    }
    return 0.5 + sum * Math.exp(-0.5 * squared - LOG_SQRT_TWO_PI);
  }
}
