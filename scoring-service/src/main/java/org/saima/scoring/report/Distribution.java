package org.saima.scoring.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a stage's scores on the scale of 100 spread: ten bins of 10 points ([0, 10), …, [90, 100], the last
 * closed so that 100 counts), with the count, mean, median, lowest and highest. Exact decimals, half up.
 */
public record Distribution(int count, BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max,
    List<Integer> bins) {
  public static final int BIN_WIDTH = 10;

  public static Distribution of(List<BigDecimal> scores) {
    List<Integer> bins = new ArrayList<>(java.util.Collections.nCopies(100 / BIN_WIDTH, 0));
    if (scores.isEmpty()) {
      return new Distribution(0, null, null, null, null, bins);
    }
    List<BigDecimal> sorted = scores.stream().sorted().toList();
    for (BigDecimal s : sorted) {
      int bin = Math.min(bins.size() - 1, s.intValue() / BIN_WIDTH);
      bins.set(bin, bins.get(bin) + 1);
    }
    BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal n = BigDecimal.valueOf(sorted.size());
    int middle = sorted.size() / 2;
    BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
        : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    return new Distribution(sorted.size(), sum.divide(n, 2, RoundingMode.HALF_UP), median.setScale(2, RoundingMode.HALF_UP),
        sorted.get(0), sorted.get(sorted.size() - 1), bins);
  }
}
