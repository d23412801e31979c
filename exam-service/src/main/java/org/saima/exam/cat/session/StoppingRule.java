package org.saima.exam.cat.session;

import java.util.OptionalDouble;

/**
 * When the test ends: every dimension at {@code targetSe} after at least {@code minItems} units,
 * or {@code maxItems} units, or no usable unit left. Without a target SE the test runs to its
 * maximum length (fixed length). Scenarios count as one unit each.
 */
public record StoppingRule(OptionalDouble targetSe, int minItems, int maxItems) {
  public static final double DEFAULT_TARGET_SE = 0.30;
  public static final int DEFAULT_MIN_ITEMS = 10;
  public static final int DEFAULT_MAX_ITEMS = 30;

  public StoppingRule {
    if (targetSe.isPresent() && !(targetSe.getAsDouble() > 0.0)) {
      throw new IllegalArgumentException("target SE must be positive: " + targetSe.getAsDouble());
    }
    if (minItems < 0 || maxItems < 1 || minItems > maxItems) {
      throw new IllegalArgumentException("need 0 <= minItems <= maxItems and maxItems >= 1: "
          + minItems + ", " + maxItems);
    }
  }

  public static StoppingRule standard() {
    return targetSe(DEFAULT_TARGET_SE, DEFAULT_MIN_ITEMS, DEFAULT_MAX_ITEMS);
  }

  public static StoppingRule targetSe(double se, int minItems, int maxItems) {
    return new StoppingRule(OptionalDouble.of(se), minItems, maxItems);
  }

  public static StoppingRule fixedLength(int items) {
    return new StoppingRule(OptionalDouble.empty(), items, items);
  }

  public boolean reached(double se) {
    return targetSe.isPresent() && se <= targetSe.getAsDouble();
  }
}
