package org.saima.exam.cat.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated, immutable set of units sharing one scaling constant D, looked up by id and dimension. */
public final class ItemBank {
  public static final double DEFAULT_SCALING = 1.0;

  private final double scaling;
  private final List<Unit> units;
  private final Map<String, List<Unit>> unitsByDimension;
  private final Map<String, Unit> unitByItemId;
  private final Map<String, Item> itemById;

  public ItemBank(double scaling, List<Unit> units) {
    List<String> problems = BankValidator.problems(scaling, units);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid item bank:\n- " + String.join("\n- ", problems));
    }
    this.scaling = scaling;
    this.units = List.copyOf(units);
    Map<String, List<Unit>> byDimension = new LinkedHashMap<>();
    Map<String, Unit> byItem = new HashMap<>();
    Map<String, Item> items = new HashMap<>();
    for (Unit unit : this.units) {
      byDimension.computeIfAbsent(unit.dimension(), d -> new ArrayList<>()).add(unit);
      for (Item item : unit.items()) {
        byItem.put(item.id(), unit);
        items.put(item.id(), item);
      }
    }
    byDimension.replaceAll((d, list) -> List.copyOf(list));
    this.unitsByDimension = Collections.unmodifiableMap(byDimension);
    this.unitByItemId = Map.copyOf(byItem);
    this.itemById = Map.copyOf(items);
  }

  public double scaling() {
    return scaling;
  }

  public List<Unit> units() {
    return units;
  }

  /** Units of one dimension in bank order (the order that breaks ties in selection). */
  public List<Unit> unitsIn(String dimension) {
    return unitsByDimension.getOrDefault(dimension, List.of());
  }

  public List<String> dimensions() {
    return List.copyOf(unitsByDimension.keySet());
  }

  public Optional<Item> item(String itemId) {
    return Optional.ofNullable(itemById.get(itemId));
  }

  public Optional<Unit> unitOf(String itemId) {
    return Optional.ofNullable(unitByItemId.get(itemId));
  }

  public int size() {
    return units.size();
  }
}
