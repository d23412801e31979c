package org.saima.exam.cat.sim;

import java.util.Map;
import org.saima.exam.cat.math.SplitMix64;
import org.saima.exam.cat.model.Item;
import org.saima.exam.cat.model.ResponseOption;
import org.saima.exam.cat.session.Response;

/** A simulated candidate with a true θ per dimension, answering by drawing from the item's model. */
public final class Simulee {
  private final Map<String, Double> trueTheta;
  private final SplitMix64 random;

  public Simulee(Map<String, Double> trueTheta, SplitMix64 random) {
    this.trueTheta = Map.copyOf(trueTheta);
    this.random = random;
  }

  public double trueTheta(String dimension) {
    return trueTheta.get(dimension);
  }

  public Response answer(Item item) {
    int category = drawCategory(item.model().probabilities(trueTheta(item.dimension())), random.nextDouble());
    if (!item.hasOptions()) {
      return Response.scored(item.id(), category);
    }
    return Response.chose(item.id(), closestOption(item, category).key());
  }

  /** The category whose cumulative probability first exceeds u. */
  static int drawCategory(double[] probabilities, double u) {
    double cumulative = 0.0;
    for (int k = 0; k < probabilities.length - 1; k++) {
      cumulative += probabilities[k];
      if (u < cumulative) {
        return k;
      }
    }
    return probabilities.length - 1;
  }

  /** An option scored in the drawn category, or the nearest one when no option scores it. */
  private static ResponseOption closestOption(Item item, int category) {
    ResponseOption best = item.options().get(0);
    for (ResponseOption option : item.options()) {
      if (Math.abs(option.category() - category) < Math.abs(best.category() - category)) {
        best = option;
      }
    }
    return best;
  }
}
