package org.saima.exam.cat.sim;

import java.util.ArrayList;
import java.util.List;
import org.saima.exam.cat.math.SplitMix64;
import org.saima.exam.cat.model.Dichotomous;
import org.saima.exam.cat.model.Item;
import org.saima.exam.cat.model.ItemBank;
import org.saima.exam.cat.model.Unit;

/** Makes synthetic 2PL banks for simulation: a ~ U(aLow, aHigh), b ~ N(0, 1), dimensions in turn. */
public final class BankGenerator {
  private BankGenerator() {
  }

  public static ItemBank twoPl(int items, List<String> dimensions, double aLow, double aHigh, double scaling,
      long seed) {
    if (items < 1 || dimensions.isEmpty() || !(aHigh >= aLow) || !(aLow > 0)) {
      throw new IllegalArgumentException("need items >= 1, some dimensions and 0 < aLow <= aHigh");
    }
    SplitMix64 random = new SplitMix64(seed);
    List<Unit> units = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      double a = random.nextUniform(aLow, aHigh);
      double b = random.nextGaussian();
      String dimension = dimensions.get(i % dimensions.size());
      units.add(Item.scored(String.format("G%04d", i + 1), dimension, Dichotomous.twoPl(a, b, scaling)));
    }
    return new ItemBank(scaling, units);
  }
}
