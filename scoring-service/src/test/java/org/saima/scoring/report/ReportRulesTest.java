package org.saima.scoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Score distribution and examiner consistency")
class ReportRulesTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  @DisplayName("scores fall into ten bins of ten points, 100 in the last; mean and median are exact, half up")
  void distribution() {
    // 59.99 → [50, 60); 60 → [60, 70); 85.5 and 89.99 → [80, 90); 100 → [90, 100]
    Distribution dist = Distribution.of(List.of(d("85.5"), d("60"), d("59.99"), d("100"), d("89.99")));
    assertEquals(List.of(0, 0, 0, 0, 0, 1, 1, 0, 2, 1), dist.bins());
    assertEquals(5, dist.count());
    assertEquals(d("79.10"), dist.mean(), "395.48 / 5 = 79.096");
    assertEquals(d("85.50"), dist.median());
    assertEquals(d("59.99"), dist.min());
    assertEquals(d("100"), dist.max());
    assertEquals(d("72.75"), Distribution.of(List.of(d("60"), d("85.5"))).median(), "(60 + 85.5) / 2 = 72.75");
  }

  @Test
  @DisplayName("an empty stage has ten empty bins and no mean")
  void emptyDistribution() {
    Distribution dist = Distribution.of(List.of());
    assertEquals(0, dist.count());
    assertNull(dist.mean());
    assertEquals(10, dist.bins().size());
  }

  @Test
  @DisplayName("a lenient examiner shows a positive mean deviation; the mean absolute deviation and outliers are counted per examiner")
  void consistency() {
    List<Consistency.Summary> summaries = Consistency.summarize(List.of(
        new Consistency.Deviation("评委1", "A", d("2.00"), false), new Consistency.Deviation("评委2", "A", d("-9.5"), true),
        new Consistency.Deviation("评委1", "B", d("4.33"), false), new Consistency.Deviation("评委2", "B", d("1"), false),
        new Consistency.Deviation("评委1", "C", d("-1"), false)));
    Consistency.Summary first = summaries.get(0);
    assertEquals("评委1", first.examiner());
    assertEquals(3, first.count());
    assertEquals(d("1.78"), first.meanDeviation(), "(2 + 4.33 − 1) / 3 = 1.7766…");
    assertEquals(d("2.44"), first.meanAbsoluteDeviation(), "(2 + 4.33 + 1) / 3 = 2.4433…");
    assertEquals(d("4.33"), first.maxAbsoluteDeviation());
    Consistency.Summary second = summaries.get(1);
    assertEquals(d("-4.25"), second.meanDeviation(), "(−9.5 + 1) / 2");
    assertEquals(1, second.outliers());
  }
}
