package org.saima.live.poll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Aggregates audience scores (whole numbers 0..100). The trimmed mean drops ⌊count × trimFraction⌋ scores
 * at each end (default 10%, so nothing is dropped below 10 scores). Bins are {@code binWidth} wide, the last
 * one closed at 100: with width 10, 0–9, 10–19, …, 80–89, 90–100.
 */
public final class AudienceScoring {
  public static final AudienceScoring DEFAULT = new AudienceScoring(new BigDecimal("0.10"), 10);

  private final BigDecimal trimFraction;
  private final int binWidth;

  public AudienceScoring(BigDecimal trimFraction, int binWidth) {
    if (trimFraction.signum() < 0 || trimFraction.compareTo(new BigDecimal("0.5")) >= 0) {
      throw new IllegalArgumentException("The trim fraction must be in [0, 0.5), got " + trimFraction);
    }
    if (binWidth < 1 || 100 % binWidth != 0) {
      throw new IllegalArgumentException("The bin width must divide 100, got " + binWidth);
    }
    this.trimFraction = trimFraction;
    this.binWidth = binWidth;
  }

  public AudienceScore score(List<Integer> scores) {
    for (int s : scores) {
      if (s < 0 || s > 100) {
        throw new IllegalArgumentException("An audience score is 0..100, got " + s);
      }
    }
    List<Integer> sorted = scores.stream().sorted().toList();
    int n = sorted.size();
    int trim = BigDecimal.valueOf(n).multiply(trimFraction).setScale(0, RoundingMode.FLOOR).intValueExact();
    long sum = sorted.stream().mapToLong(Integer::longValue).sum();
    long trimmedSum = sorted.subList(trim, n - trim).stream().mapToLong(Integer::longValue).sum();
    return new AudienceScore(n, sum, mean(sum, n), trim, trimmedSum, mean(trimmedSum, n - 2 * trim), bins(sorted));
  }

  private static Optional<BigDecimal> mean(long sum, int count) {
    return count == 0
        ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
  }

  private List<AudienceScore.Bin> bins(List<Integer> sorted) {
    List<AudienceScore.Bin> bins = new ArrayList<>();
    for (int from = 0; from < 100; from += binWidth) {
      int lo = from;
      int hi = from + binWidth >= 100 ? 100 : from + binWidth - 1;
      int count = (int) sorted.stream().filter(s -> s >= lo && s <= hi).count();
      bins.add(new AudienceScore.Bin(lo, hi, count));
    }
    return bins;
  }
}
