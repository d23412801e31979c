package org.saima.exam.cat.model;

import java.util.Optional;

/**
 * One answer a candidate can choose: it is scored in {@code category} and, inside a scenario, may
 * name the turn that follows ({@code nextItemId} null ends the scenario).
 */
public record ResponseOption(String key, int category, String nextItemId) {
  public ResponseOption {
    Checks.nonBlank("option key", key);
  }

  public static ResponseOption ending(String key, int category) {
    return new ResponseOption(key, category, null);
  }

  public static ResponseOption leadingTo(String key, int category, String nextItemId) {
    return new ResponseOption(key, category, Checks.nonBlank("next item id", nextItemId));
  }

  public Optional<String> next() {
    return Optional.ofNullable(nextItemId);
  }
}
