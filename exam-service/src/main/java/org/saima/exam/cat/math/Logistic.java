package org.saima.exam.cat.math;

/** The logistic function and its logarithm, stable far into both tails. */
public final class Logistic {
  private Logistic() {
  }

  public static double of(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }

  /** log(1 / (1 + e^-x)) without forming the tiny or huge exponential first. */
  public static double log(double x) {
    if (x >= 0) {
      return -Math.log1p(Math.exp(-x));
    }
    return x - Math.log1p(Math.exp(x));
  }
}
