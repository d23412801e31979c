package org.saima.scoring.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Examiner consistency on a panel: for each examiner, their total minus the panel score, over the candidates
 * with a panel score. The mean deviation shows a lenient (+) or strict (−) examiner; the mean absolute
 * deviation how far they usually are; outliers count the candidates where they passed the panel's limit.
 */
public final class Consistency {
  /** One examiner's deviation for one candidate. */
  public record Deviation(String examiner, String candidate, BigDecimal deviation, boolean outlier) {
  }

  /** One examiner's summary. */
  public record Summary(String examiner, int count, BigDecimal meanDeviation, BigDecimal meanAbsoluteDeviation,
      BigDecimal maxAbsoluteDeviation, int outliers) {
  }

  private Consistency() {
  }

  /** Summaries in the order examiners first appear in {@code deviations}. */
  public static List<Summary> summarize(List<Deviation> deviations) {
    Map<String, List<Deviation>> byExaminer = new LinkedHashMap<>();
    deviations.forEach(d -> byExaminer.computeIfAbsent(d.examiner(), k -> new ArrayList<>()).add(d));
    List<Summary> summaries = new ArrayList<>();
    byExaminer.forEach((examiner, list) -> {
      BigDecimal n = BigDecimal.valueOf(list.size());
      BigDecimal sum = list.stream().map(Deviation::deviation).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal abs = list.stream().map(d -> d.deviation().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal max = list.stream().map(d -> d.deviation().abs()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
      int outliers = (int) list.stream().filter(Deviation::outlier).count();
      summaries.add(new Summary(examiner, list.size(), sum.divide(n, 2, RoundingMode.HALF_UP),
          abs.divide(n, 2, RoundingMode.HALF_UP), max.setScale(2, RoundingMode.HALF_UP), outliers));
    });
    return summaries;
  }
}
