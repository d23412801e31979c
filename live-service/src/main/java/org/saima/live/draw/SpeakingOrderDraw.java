package org.saima.live.draw;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The verifiable speaking-order draw (抽签). Before it, the organizer publishes the seed's commitment and
 * the list of names in their published order; the order is {@link Shuffle} of that list driven by the
 * seed's {@link SeedStream}; after it, the seed is revealed and anyone can {@link #verify} the order.
 */
public final class SpeakingOrderDraw {
  private SpeakingOrderDraw() {}

  /** The drawn order, the swaps that produced it and the commitment it answers to. */
  public record Draw(String commitment, List<String> names, List<String> order, List<Shuffle.Swap> swaps) {
    public Draw {
      names = List.copyOf(names);
      order = List.copyOf(order);
      swaps = List.copyOf(swaps);
    }
  }

  /** What a check of a revealed seed found. */
  public record Verification(boolean seedMatchesCommitment, List<String> recomputedOrder, boolean orderMatches) {
    public boolean verified() {
      return seedMatchesCommitment && orderMatches;
    }
  }

  public static Draw draw(Seed seed, List<String> names) {
    checkNames(names);
    Shuffle.Result<String> result = Shuffle.shuffle(names, seed.stream());
    return new Draw(seed.commitment(), names, result.order(), result.swaps());
  }

  public static Verification verify(String commitment, Seed revealed, List<String> names, List<String> announcedOrder) {
    boolean seedMatches = revealed.commitment().equals(commitment.strip().toLowerCase(Locale.ROOT));
    List<String> recomputed = draw(revealed, names).order();
    return new Verification(seedMatches, recomputed, recomputed.equals(announcedOrder));
  }

  private static void checkNames(List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name == null || name.isBlank() || !seen.add(name)) {
        throw new IllegalArgumentException("Names in a draw must be present and distinct: " + names);
      }
    }
  }
}
