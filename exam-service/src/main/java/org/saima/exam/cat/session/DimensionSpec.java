package org.saima.exam.cat.session;

/**
 * One competency dimension of a test: its share of the units given (content balancing) and its
 * weight in the stage score. Shares and weights are relative; they need not sum to 1.
 */
public record DimensionSpec(String code, double targetShare, double scoreWeight) {
  public DimensionSpec {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("dimension code must not be blank");
    }
    if (!(targetShare >= 0.0) || !(scoreWeight >= 0.0) || Double.isInfinite(targetShare + scoreWeight)) {
      throw new IllegalArgumentException("dimension " + code + " needs finite non-negative share and weight");
    }
  }

  /** Equal footing: the same share and weight as every other dimension declared this way. */
  public static DimensionSpec equal(String code) {
    return new DimensionSpec(code, 1.0, 1.0);
  }
}
