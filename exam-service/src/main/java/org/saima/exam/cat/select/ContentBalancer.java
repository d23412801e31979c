package org.saima.exam.cat.select;

import java.util.List;
import java.util.Optional;

/**
 * Picks the dimension furthest below its target share of the units given so far: the shortfall of
 * dimension d is share_d − given_d / total, with given_d / total read as 0 before anything is given,
 * so a test starts with its largest share.
 */
public final class ContentBalancer {
  /** Shortfalls closer than this are ties, so rounding in the shares cannot reorder dimensions. */
  private static final double TIE = 1e-9;

  private ContentBalancer() {
  }

  /**
   * The next dimension, with ties going to the earlier one in {@code statuses} (the test's order).
   * Dimensions out of units are skipped, and so are those at their SE target when
   * {@code skipAtTargetSe}. Empty when none is left.
   */
  public static Optional<String> next(List<DimensionStatus> statuses, boolean skipAtTargetSe) {
    int total = statuses.stream().mapToInt(DimensionStatus::unitsGiven).sum();
    DimensionStatus best = null;
    double bestShortfall = Double.NEGATIVE_INFINITY;
    for (DimensionStatus status : statuses) {
      if (!status.hasUnitsLeft() || (skipAtTargetSe && status.atTargetSe())) {
        continue;
      }
      double actualShare = total == 0 ? 0.0 : (double) status.unitsGiven() / total;
      double shortfall = status.targetShare() - actualShare;
      if (best == null || shortfall > bestShortfall + TIE) {
        best = status;
        bestShortfall = shortfall;
      }
    }
    return Optional.ofNullable(best).map(DimensionStatus::dimension);
  }
}
