package org.saima.live.poll;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A category of voters in a recommendation (e.g. 领导班子, 中层干部, 普通职工) and its factor: a weight
 * w_c in share mode, a multiplier m_c in multiplier mode.
 */
public record VoterCategory(String name, BigDecimal factor) {
  public VoterCategory {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(factor, "factor");
  }
}
