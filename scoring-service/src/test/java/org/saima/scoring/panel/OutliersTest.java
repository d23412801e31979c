package org.saima.scoring.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.saima.scoring.panel.RubricTest.assertDecimal;
import static org.saima.scoring.panel.RubricTest.d;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Outlier flag")
class OutliersTest {
  private static Map<String, BigDecimal> totals(String... values) {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put("E" + (i + 1), d(values[i]));
    }
    return map;
  }

  private static List<String> flagged(PanelScore score) {
    return score.outliers().stream().map(ExaminerLine::examiner).toList();
  }

  @Test
  @DisplayName("an examiner more than the limit away from the panel score is flagged, dropped totals included")
  void flagsBeyondLimit() {
    // panel score 83.20 (see the seven-examiner example); limit 5:
    // E4 90 − 83.20 = +6.80 > 5 flagged; E7 70 − 83.20 = −13.20 flagged; E3 79 − 83.20 = −4.20 not flagged
    PanelScore score = new PanelScoring(AggregationSettings.standard(d("5")))
        .score(List.of("E1", "E2", "E3", "E4", "E5", "E6", "E7"), Set.of(), totals("82", "85", "79", "90", "84", "86", "70"));
    assertEquals(List.of("E4", "E7"), flagged(score));
    assertDecimal("6.80", score.lines().get(3).deviation());
    assertDecimal("-13.20", score.lines().get(6).deviation());
    assertDecimal("-4.20", score.lines().get(2).deviation());
  }

  @Test
  @DisplayName("a difference exactly equal to the limit is not flagged; one cent more is")
  void boundary() {
    // 80, 85, 90 (3 < 5, nothing dropped) → 255 / 3 = 85.00; deviations −5.00 and +5.00
    List<String> panel = List.of("E1", "E2", "E3");
    Map<String, BigDecimal> totals = totals("80", "85", "90");
    PanelScore atLimit = new PanelScoring(AggregationSettings.standard(d("5"))).score(panel, Set.of(), totals);
    assertEquals(List.of(), flagged(atLimit));
    PanelScore belowLimit = new PanelScoring(AggregationSettings.standard(d("4.99"))).score(panel, Set.of(), totals);
    assertEquals(List.of("E1", "E3"), flagged(belowLimit));
  }

  @Test
  @DisplayName("a recused examiner is never flagged and has no deviation")
  void recusedNotFlagged() {
    PanelScore score = new PanelScoring(AggregationSettings.standard(d("0")))
        .score(List.of("E1", "E2", "E3"), Set.of("E2"), Map.of("E1", d("80"), "E3", d("90")));
    assertEquals(List.of("E1", "E3"), flagged(score));
    assertEquals(null, score.lines().get(1).deviation());
  }
}
