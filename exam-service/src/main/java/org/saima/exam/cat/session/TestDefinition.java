package org.saima.exam.cat.session;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saima.exam.cat.estimate.NormalPrior;
import org.saima.exam.cat.estimate.QuadratureGrid;

/**
 * What an adaptive test is: its dimensions in order (the order breaks content-balancing ties),
 * the ability prior, when to stop, and randomesque n (1 = pure maximum information).
 */
public record TestDefinition(
    List<DimensionSpec> dimensions, NormalPrior prior, StoppingRule stopping, int exposureTopN) {
  public static final int DEFAULT_EXPOSURE_TOP_N = 5;

  public TestDefinition {
    dimensions = List.copyOf(dimensions);
    if (dimensions.isEmpty()) {
      throw new IllegalArgumentException("a test needs at least one dimension");
    }
    Set<String> codes = new HashSet<>();
    for (DimensionSpec d : dimensions) {
      if (!codes.add(d.code())) {
        throw new IllegalArgumentException("dimension " + d.code() + " is listed twice");
      }
    }
    if (!(dimensions.stream().mapToDouble(DimensionSpec::targetShare).sum() > 0.0)) {
      throw new IllegalArgumentException("target shares must not all be zero");
    }
    if (exposureTopN < 1) {
      throw new IllegalArgumentException("randomesque n must be at least 1: " + exposureTopN);
    }
  }

  /** The defaults: N(0,1) prior, SE 0.30 after 10 units, at most 30, n = 5. */
  public static TestDefinition withDefaults(List<DimensionSpec> dimensions) {
    return new TestDefinition(dimensions, NormalPrior.STANDARD, StoppingRule.standard(), DEFAULT_EXPOSURE_TOP_N);
  }

  public TestDefinition withStopping(StoppingRule rule) {
    return new TestDefinition(dimensions, prior, rule, exposureTopN);
  }

  public TestDefinition withExposureTopN(int n) {
    return new TestDefinition(dimensions, prior, stopping, n);
  }

  public TestDefinition withPrior(NormalPrior newPrior) {
    return new TestDefinition(dimensions, newPrior, stopping, exposureTopN);
  }

  /** The share of dimension {@code index} as a fraction of all shares. */
  public double normalisedShare(int index) {
    double total = dimensions.stream().mapToDouble(DimensionSpec::targetShare).sum();
    return dimensions.get(index).targetShare() / total;
  }

  public QuadratureGrid grid() {
    return QuadratureGrid.standard(prior);
  }
}
