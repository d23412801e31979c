package org.saima.exam.cat.model;

import org.saima.exam.cat.math.Logistic;

/** Right/wrong item under the 3PL model; the 2PL is the case c = 0. Category 1 is "right". */
public record Dichotomous(double a, double b, double c, double scaling) implements ItemModel {
  public Dichotomous {
    Checks.positive("a", a);
    Checks.finite("b", b);
    if (!(c >= 0.0 && c < 1.0)) {
      throw new IllegalArgumentException("c must be in [0, 1): " + c);
    }
    Checks.positive("D", scaling);
  }

  public static Dichotomous twoPl(double a, double b, double scaling) {
    return new Dichotomous(a, b, 0.0, scaling);
  }

  public static Dichotomous threePl(double a, double b, double c, double scaling) {
    return new Dichotomous(a, b, c, scaling);
  }

  @Override
  public double discrimination() {
    return a;
  }

  @Override
  public int maxCategory() {
    return 1;
  }

  public double probabilityRight(double theta) {
    return c + (1.0 - c) * Logistic.of(logit(theta));
  }

  @Override
  public double probability(int category, double theta) {
    requireCategory(category);
    return category == 1 ? probabilityRight(theta) : (1.0 - c) * Logistic.of(-logit(theta));
  }

  @Override
  public double logProbability(int category, double theta) {
    requireCategory(category);
    if (category == 0) {
      return Math.log1p(-c) + Logistic.log(-logit(theta));
    }
    return c == 0.0 ? Logistic.log(logit(theta)) : Math.log(probabilityRight(theta));
  }

  @Override
  public double information(double theta) {
    double p = probabilityRight(theta);
    if (p <= 0.0) {
      return 0.0;
    }
    double aboveGuess = (p - c) / (1.0 - c);
    return scaling * scaling * a * a * aboveGuess * aboveGuess * (1.0 - p) / p;
  }

  private double logit(double theta) {
    return scaling * a * (theta - b);
  }
}
