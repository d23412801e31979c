package org.saima.exam.cat.estimate;

import org.saima.exam.cat.math.Normal;

/**
 * Equally spaced ability points with log weights proportional to the prior density there. The
 * weights need no normalising: every use divides by their likelihood-weighted sum.
 */
public final class QuadratureGrid {
  public static final int STANDARD_POINTS = 61;
  public static final double STANDARD_LOW = -4.0;
  public static final double STANDARD_HIGH = 4.0;

  private final NormalPrior prior;
  private final double[] points;
  private final double[] logWeights;

  public QuadratureGrid(NormalPrior prior, int count, double low, double high) {
    if (count < 2 || !(high > low)) {
      throw new IllegalArgumentException("need at least 2 points on a proper interval");
    }
    this.prior = prior;
    this.points = new double[count];
    this.logWeights = new double[count];
    double step = (high - low) / (count - 1);
    for (int q = 0; q < count; q++) {
      points[q] = q == count - 1 ? high : low + q * step;
      logWeights[q] = Normal.logDensity(points[q], prior.mean(), prior.sd());
    }
  }

  /** The grid the issue fixes: 61 points from −4 to 4 inclusive. */
  public static QuadratureGrid standard(NormalPrior prior) {
    return new QuadratureGrid(prior, STANDARD_POINTS, STANDARD_LOW, STANDARD_HIGH);
  }

  public NormalPrior prior() {
    return prior;
  }

  public int size() {
    return points.length;
  }

  public double point(int q) {
    return points[q];
  }

  public double logWeight(int q) {
    return logWeights[q];
  }
}
