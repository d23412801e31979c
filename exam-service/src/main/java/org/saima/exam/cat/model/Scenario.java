package org.saima.exam.cat.model;

import java.util.List;
import java.util.Optional;

/**
 * A multi-turn situational task (情景模拟) counted as one unit: it opens with {@code firstItemId}
 * and each chosen option may name the turn that follows. {@link ScenarioValidator} checks the map.
 */
public record Scenario(String id, String dimension, String firstItemId, List<Item> turns) implements Unit {
  public Scenario {
    Checks.nonBlank("scenario id", id);
    Checks.nonBlank("dimension of scenario " + id, dimension);
    Checks.nonBlank("first turn of scenario " + id, firstItemId);
    turns = List.copyOf(turns);
  }

  public Optional<Item> turn(String itemId) {
    return turns.stream().filter(t -> t.id().equals(itemId)).findFirst();
  }

  @Override
  public Item firstItem() {
    return turn(firstItemId).orElseThrow(
        () -> new IllegalStateException("scenario " + id + " has no turn " + firstItemId));
  }

  @Override
  public List<Item> items() {
    return turns;
  }
}
