package org.saima.exam.cat.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.math.SplitMix64;
import org.saima.exam.cat.model.Dichotomous;
import org.saima.exam.cat.model.Item;
import org.saima.exam.cat.model.Unit;

@DisplayName("Item selection")
class ItemSelectorTest {
  // At θ = 0 a 2PL item's information is a²·σ(ab)·σ(−ab), largest for high a and b near 0.
  private static final List<Unit> BANK = List.of(
      item("far", 2.0, 3.0), item("weak", 0.5, 0.0), item("best", 2.0, 0.0),
      item("twinA", 1.5, 0.5), item("good", 1.8, 0.2), item("twinB", 1.5, 0.5));

  private static Item item(String id, double a, double b) {
    return Item.scored(id, "D", Dichotomous.twoPl(a, b, 1.0));
  }

  private static double info(double a, double b) {
    double p = 1 / (1 + Math.exp(a * b));
    return a * a * p * (1 - p);
  }

  @Test
  @DisplayName("ranks candidates by information at θ̂, equal information in bank order")
  void ranking() {
    List<RankedUnit> top = ItemSelector.top(BANK, 0.0, 6);
    assertEquals(List.of("best", "good", "twinA", "twinB", "weak", "far"),
        top.stream().map(r -> r.unit().id()).toList());
    assertEquals(List.of(1, 2, 3, 4, 5, 6), top.stream().map(RankedUnit::rank).toList());
    assertEquals(info(2.0, 0.0), top.get(0).information(), 1e-15);
    assertEquals(info(1.5, 0.5), top.get(2).information(), 1e-15);
  }

  @Test
  @DisplayName("keeps only the top n, and the ranking follows θ̂")
  void topN() {
    assertEquals(List.of("best", "good"), ItemSelector.top(BANK, 0.0, 2).stream().map(r -> r.unit().id()).toList());
    assertEquals("far", ItemSelector.top(BANK, 3.0, 1).get(0).unit().id());
    assertEquals(6, ItemSelector.top(BANK, 0.0, 50).size());
  }

  @Test
  @DisplayName("with n = 1 always takes the most informative unit")
  void pureMaximum() {
    List<RankedUnit> top = ItemSelector.top(BANK, 0.0, 1);
    for (long bits : new long[] {0L, -1L, 12345L}) {
      assertEquals("best", ItemSelector.draw(top, bits).unit().id());
    }
  }

  @Test
  @DisplayName("draws the same unit from the same bits and every one of the top n over many draws")
  void randomesque() {
    List<RankedUnit> top = ItemSelector.top(BANK, 0.0, 5);
    long bits = SplitMix64.output(77L, 3);
    assertEquals(ItemSelector.draw(top, bits), ItemSelector.draw(top, bits));
    Set<String> seen = new HashSet<>();
    SplitMix64 random = new SplitMix64(1L);
    for (int i = 0; i < 200; i++) {
      seen.add(ItemSelector.draw(top, random.nextLong()).unit().id());
    }
    assertEquals(Set.of("best", "good", "twinA", "twinB", "weak"), seen);
  }
}
