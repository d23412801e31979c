package org.saima.live.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fisher–Yates (Durstenfeld) driven by a {@link SeedStream}: for j from n − 1 down to 1, k = below(j + 1),
 * swap positions j and k. A sample of m is the first m of the shuffled list, so one stream serves both a
 * speaking order and a sample.
 */
public final class Shuffle {
  private Shuffle() {}

  /** The shuffled list and the swaps that made it, in order. */
  public record Result<T>(List<T> order, List<Swap> swaps) {
    public Result {
      order = List.copyOf(order);
      swaps = List.copyOf(swaps);
    }
  }

  public record Swap(int j, int k) {}

  public static <T> Result<T> shuffle(List<T> items, SeedStream stream) {
    List<T> order = new ArrayList<>(items);
    List<Swap> swaps = new ArrayList<>();
    for (int j = order.size() - 1; j >= 1; j--) {
      int k = stream.below(j + 1);
      Collections.swap(order, j, k);
      swaps.add(new Swap(j, k));
    }
    return new Result<>(order, swaps);
  }

  public static <T> List<T> sample(List<T> items, int m, SeedStream stream) {
    if (m < 0 || m > items.size()) {
      throw new IllegalArgumentException("Cannot sample " + m + " of " + items.size());
    }
    return shuffle(items, stream).order().subList(0, m);
  }
}
