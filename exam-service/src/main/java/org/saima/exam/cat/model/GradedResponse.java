package org.saima.exam.cat.model;

import java.util.Arrays;
import org.saima.exam.cat.math.Logistic;

/**
 * Samejima's graded response model: categories 0..m with increasing thresholds b1 < … < bm,
 * P*_k = logistic(D·a·(θ − b_k)), P*_0 = 1, P*_{m+1} = 0 and P_k = P*_k − P*_{k+1}.
 */
public final class GradedResponse implements ItemModel {
  private final double a;
  private final double[] thresholds;
  private final double scaling;

  public GradedResponse(double a, double[] thresholds, double scaling) {
    Checks.positive("a", a);
    Checks.positive("D", scaling);
    if (thresholds.length == 0) {
      throw new IllegalArgumentException("a graded item needs at least one threshold");
    }
    for (int k = 0; k < thresholds.length; k++) {
      Checks.finite("b" + (k + 1), thresholds[k]);
      if (k > 0 && !(thresholds[k] > thresholds[k - 1])) {
        throw new IllegalArgumentException("thresholds must increase: " + Arrays.toString(thresholds));
      }
    }
    this.a = a;
    this.thresholds = thresholds.clone();
    this.scaling = scaling;
  }

  public double a() {
    return a;
  }

  public double[] thresholds() {
    return thresholds.clone();
  }

  @Override
  public double scaling() {
    return scaling;
  }

  @Override
  public double discrimination() {
    return a;
  }

  @Override
  public int maxCategory() {
    return thresholds.length;
  }

  /** P*_k: probability of responding in category k or higher. */
  public double cumulative(int k, double theta) {
    if (k <= 0) {
      return 1.0;
    }
    if (k > thresholds.length) {
      return 0.0;
    }
    return Logistic.of(logit(k, theta));
  }

  @Override
  public double probability(int category, double theta) {
    requireCategory(category);
    if (category == 0) {
      return Logistic.of(-logit(1, theta));
    }
    if (category == thresholds.length) {
      return Logistic.of(logit(category, theta));
    }
    double upper = logit(category + 1, theta);
    if (upper > 0) {
      // Both cumulative probabilities are near 1 here: subtract their complements instead.
      return Logistic.of(-upper) - Logistic.of(-logit(category, theta));
    }
    return Logistic.of(logit(category, theta)) - Logistic.of(upper);
  }

  @Override
  public double logProbability(int category, double theta) {
    requireCategory(category);
    if (category == 0) {
      return Logistic.log(-logit(1, theta));
    }
    if (category == thresholds.length) {
      return Logistic.log(logit(category, theta));
    }
    return Math.log(probability(category, theta));
  }

  @Override
  public double information(double theta) {
    double sum = 0.0;
    for (int k = 0; k <= thresholds.length; k++) {
      double p = probability(k, theta);
      if (p > 0.0) {
        double slope = spread(k, theta) - spread(k + 1, theta);
        sum += slope * slope / p;
      }
    }
    return scaling * scaling * a * a * sum;
  }

  private double spread(int k, double theta) {
    double star = cumulative(k, theta);
    return star * (1.0 - star);
  }

  private double logit(int k, double theta) {
    return scaling * a * (theta - thresholds[k - 1]);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GradedResponse g
        && g.a == a && g.scaling == scaling && Arrays.equals(g.thresholds, thresholds);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Double.hashCode(a) + Double.hashCode(scaling)) + Arrays.hashCode(thresholds);
  }

  @Override
  public String toString() {
    return "GradedResponse[a=" + a + ", thresholds=" + Arrays.toString(thresholds) + ", D=" + scaling + "]";
  }
}
