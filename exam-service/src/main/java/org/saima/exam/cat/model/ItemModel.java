package org.saima.exam.cat.model;

/** How the probability of each response category depends on ability θ (categories 0..maxCategory). */
public sealed interface ItemModel permits Dichotomous, GradedResponse {
  /** The scaling constant D of the bank (1, or 1.702 to approximate the normal ogive). */
  double scaling();

  double discrimination();

  int maxCategory();

  double probability(int category, double theta);

  double logProbability(int category, double theta);

  /** Fisher information about θ carried by one response. */
  double information(double theta);

  default double[] probabilities(double theta) {
    double[] p = new double[maxCategory() + 1];
    for (int k = 0; k < p.length; k++) {
      p[k] = probability(k, theta);
    }
    return p;
  }

  default void requireCategory(int category) {
    if (category < 0 || category > maxCategory()) {
      throw new IllegalArgumentException(
          "category " + category + " is outside 0.." + maxCategory());
    }
  }
}
