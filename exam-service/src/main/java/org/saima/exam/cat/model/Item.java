package org.saima.exam.cat.model;

import java.util.List;
import java.util.Optional;

/**
 * A calibrated question. Without options the response is given directly as a category; with
 * options the candidate picks one and the option decides the category (and, in a scenario, the
 * next turn).
 */
public record Item(String id, String dimension, ItemModel model, List<ResponseOption> options)
    implements Unit {
  public Item {
    Checks.nonBlank("item id", id);
    Checks.nonBlank("dimension of item " + id, dimension);
    if (model == null) {
      throw new IllegalArgumentException("item " + id + " has no model");
    }
    options = List.copyOf(options);
  }

  public static Item scored(String id, String dimension, ItemModel model) {
    return new Item(id, dimension, model, List.of());
  }

  public static Item withOptions(String id, String dimension, ItemModel model, List<ResponseOption> options) {
    return new Item(id, dimension, model, options);
  }

  public boolean hasOptions() {
    return !options.isEmpty();
  }

  public Optional<ResponseOption> option(String key) {
    return options.stream().filter(o -> o.key().equals(key)).findFirst();
  }

  @Override
  public Item firstItem() {
    return this;
  }

  @Override
  public List<Item> items() {
    return List.of(this);
  }
}
