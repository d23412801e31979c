package org.saima.exam.cat.select;

import java.util.ArrayList;
import java.util.List;
import org.saima.exam.cat.math.SplitMix64;
import org.saima.exam.cat.model.Unit;

/**
 * Maximum-information selection with randomesque exposure control: the candidates are ranked by
 * the information of their first item at θ̂ and one of the top n is drawn uniformly.
 */
public final class ItemSelector {
  private ItemSelector() {
  }

  /**
   * The {@code n} most informative candidates at {@code theta}, best first; equal information keeps
   * the candidates' own order (bank order), so the ranking is fully determined.
   */
  public static List<RankedUnit> top(List<Unit> candidates, double theta, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    List<Unit> best = new ArrayList<>(n + 1);
    List<Double> info = new ArrayList<>(n + 1);
    for (Unit candidate : candidates) {
      double value = candidate.firstItem().model().information(theta);
      int at = info.size();
      while (at > 0 && value > info.get(at - 1)) {
        at--;
      }
      if (at < n) {
        best.add(at, candidate);
        info.add(at, value);
        if (best.size() > n) {
          best.remove(n);
          info.remove(n);
        }
      }
    }
    List<RankedUnit> ranked = new ArrayList<>(best.size());
    for (int i = 0; i < best.size(); i++) {
      ranked.add(new RankedUnit(best.get(i), info.get(i), i + 1));
    }
    return ranked;
  }

  /** One of the ranked candidates drawn uniformly with the given random bits. */
  public static RankedUnit draw(List<RankedUnit> ranked, long randomBits) {
    if (ranked.isEmpty()) {
      throw new IllegalArgumentException("no candidates to draw from");
    }
    return ranked.get(SplitMix64.toIndex(randomBits, ranked.size()));
  }
}
