package org.saima.exam.cat.estimate;

import java.util.Arrays;
import org.saima.exam.cat.model.ItemModel;

/**
 * The log-likelihood of one dimension's responses at every point of a grid. Kept as logarithms so
 * that a long test multiplies no probabilities and cannot underflow.
 */
public final class Likelihood {
  private final QuadratureGrid grid;
  private final double[] logValues;
  private final int responses;

  private Likelihood(QuadratureGrid grid, double[] logValues, int responses) {
    this.grid = grid;
    this.logValues = logValues;
    this.responses = responses;
  }

  /** No responses yet: the likelihood is 1 everywhere. */
  public static Likelihood none(QuadratureGrid grid) {
    return new Likelihood(grid, new double[grid.size()], 0);
  }

  public Likelihood plus(ItemModel model, int category) {
    model.requireCategory(category);
    double[] next = Arrays.copyOf(logValues, logValues.length);
    for (int q = 0; q < next.length; q++) {
      next[q] += model.logProbability(category, grid.point(q));
    }
    return new Likelihood(grid, next, responses + 1);
  }

  public QuadratureGrid grid() {
    return grid;
  }

  public double logValue(int q) {
    return logValues[q];
  }

  public int responses() {
    return responses;
  }
}
