package org.saima.live.poll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each level was given, best level first. Shares are over the ballots that rated the subject
 * ({@code rated}); ballots that left it unrated are counted apart and are in no share.
 */
public record LevelCounts(List<String> levels, Map<String, Integer> counts, int rated, int unrated) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public LevelCounts {
    levels = List.copyOf(levels);
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** {@code count(level) × 100 / rated}, half up to 2 decimals; 0.00 when nobody rated. */
  public BigDecimal share(String level) {
    return percent(counts.getOrDefault(level, 0));
  }

  /** The share of this level and every better one, from the exact counts (e.g. 称职及以上, 满意 + 基本满意). */
  public BigDecimal atOrAbove(String level) {
    int index = levels.indexOf(level);
    if (index < 0) {
      throw new IllegalArgumentException(level + " is not a level of this scale");
    }
    return percent(levels.subList(0, index + 1).stream().mapToInt(l -> counts.getOrDefault(l, 0)).sum());
  }

  private BigDecimal percent(int count) {
    if (rated == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
  }
}
