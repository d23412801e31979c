package org.saima.scoring.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saima.scoring.panel.RubricTest.assertDecimal;
import static org.saima.scoring.panel.RubricTest.d;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.scoring.panel.ExaminerLine.Treatment;

@DisplayName("Panel score: trimmed mean")
class PanelScoringTest {
  private static final PanelScoring STANDARD = new PanelScoring(AggregationSettings.standard(d("5")));

  /** Examiners E1, E2, ... in panel order with the given totals. */
  private static Map<String, BigDecimal> totals(String... values) {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put("E" + (i + 1), d(values[i]));
    }
    return map;
  }

  private static List<String> panel(int size) {
    return java.util.stream.IntStream.rangeClosed(1, size).mapToObj(i -> "E" + i).toList();
  }

  private static Treatment treatment(PanelScore score, String examiner) {
    return score.lines().stream().filter(l -> l.examiner().equals(examiner)).findFirst().orElseThrow().treatment();
  }

  @Test
  @DisplayName("seven totals: the highest and the lowest are dropped and marked, the other five averaged")
  void sevenExaminers() {
    // 82, 85, 79, 90, 84, 86, 70 → drop 90 (E4) and 70 (E7); (82+85+79+84+86) / 5 = 416 / 5 = 83.20
    PanelScore score = STANDARD.score(panel(7), Set.of(), totals("82", "85", "79", "90", "84", "86", "70"));
    assertDecimal("83.20", score.score().orElseThrow());
    assertDecimal("416", score.countedSum());
    assertEquals(5, score.countedCount());
    assertTrue(score.trimmed());
    assertEquals(Treatment.DROPPED_HIGHEST, treatment(score, "E4"));
    assertEquals(Treatment.DROPPED_LOWEST, treatment(score, "E7"));
    assertEquals(List.of("E4", "E7"), score.dropped().stream().map(ExaminerLine::examiner).toList());
    assertEquals("7 scored, 0 recused; dropped 2 (at least 5 scored); 416 / 5 = 83.20", score.explain());
  }

  @Test
  @DisplayName("a recusal that leaves five totals still drops the highest and the lowest")
  void recusalKeepsDropping() {
    // E3 recused; remaining 80, 86, 92, 78, 84 (5 ≥ 5) → drop 92 and 78; (80+86+84) / 3 = 250 / 3 = 83.333… → 83.33
    Map<String, BigDecimal> totals = totals("80", "86", "0", "92", "78", "84");
    totals.remove("E3");
    PanelScore score = STANDARD.score(panel(6), Set.of("E3"), totals);
    assertDecimal("83.33", score.score().orElseThrow());
    assertEquals(1, score.recusedCount());
    assertEquals(5, score.scoringCount());
    assertEquals(Treatment.RECUSED, treatment(score, "E3"));
    assertTrue(score.trimmed());
  }

  @Test
  @DisplayName("a recusal that leaves four totals, below the minimum of five, averages all four without dropping")
  void recusalBelowMinimum() {
    // E5 recused; 80, 84, 88, 75 (4 < 5) → nothing dropped; 327 / 4 = 81.75
    Map<String, BigDecimal> totals = totals("80", "84", "88", "75");
    PanelScore score = STANDARD.score(panel(5), Set.of("E5"), totals);
    assertDecimal("81.75", score.score().orElseThrow());
    assertFalse(score.trimmed());
    assertTrue(score.dropped().isEmpty());
    assertEquals(4, score.countedCount());
    assertEquals("4 scored, 1 recused; nothing dropped (fewer than 5 scored); 327 / 4 = 81.75", score.explain());
  }

  @Test
  @DisplayName("when every examiner is recused there is no panel score, and the sheet says why")
  void allRecused() {
    PanelScore score = STANDARD.score(List.of("E1", "E2"), Set.of("E1", "E2"), Map.of());
    assertTrue(score.score().isEmpty());
    assertEquals(2, score.recusedCount());
    assertEquals(0, score.countedCount());
    assertTrue(score.outliers().isEmpty());
    assertEquals("0 scored, 2 recused: no panel score", score.explain());
  }

  @Test
  @DisplayName("a mean of exactly 84.125 rounds half up to 84.13")
  void halfUp() {
    // drop 95 and 70; (80 + 84.5 + 85 + 87) / 4 = 336.5 / 4 = 84.125 → 84.13
    PanelScore score = STANDARD.score(panel(6), Set.of(), totals("70", "80", "84.5", "85", "87", "95"));
    assertEquals(d("84.13"), score.score().orElseThrow());
  }

  @Test
  @DisplayName("a mean of 84.124999 rounds down to 84.12")
  void justBelowHalf() {
    // two totals, nothing dropped: (84.124998 + 84.125000) / 2 = 168.249998 / 2 = 84.124999 → 84.12
    PanelScore score = STANDARD.score(panel(2), Set.of(), totals("84.124998", "84.125000"));
    assertEquals(d("84.12"), score.score().orElseThrow());
  }

  @Test
  @DisplayName("binary doubles do not bite: an exact mean of 81.445 gives 81.45, where double arithmetic gives 81.44")
  void noBinaryDoubles() {
    // drop 88 and 78.5; (80 + 80.13 + 81.45 + 84.2) / 4 = 325.78 / 4 = 81.445 → 81.45
    PanelScore score = STANDARD.score(panel(6), Set.of(), totals("78.5", "80", "80.13", "81.45", "84.2", "88"));
    assertEquals(d("81.45"), score.score().orElseThrow());

    double naiveMean = (80.0 + 80.13 + 81.45 + 84.2) / 4;
    assertEquals(81.44, Math.round(naiveMean * 100) / 100.0, "the trap this class avoids");
    assertEquals(d("81.44"), new BigDecimal(81.445).setScale(2, RoundingMode.HALF_UP), "81.445 has no exact double");
  }

  @Test
  @DisplayName("equal highest totals: one is dropped and marked, the other counts, and the score is the same")
  void equalExtremes() {
    // 90, 80, 90, 85, 70 → drop one 90 (the later one, E3) and 70; (90 + 80 + 85) / 3 = 255 / 3 = 85.00
    PanelScore score = STANDARD.score(panel(5), Set.of(), totals("90", "80", "90", "85", "70"));
    assertDecimal("85.00", score.score().orElseThrow());
    assertEquals(Treatment.COUNTED, treatment(score, "E1"));
    assertEquals(Treatment.DROPPED_HIGHEST, treatment(score, "E3"));
  }

  @Test
  @DisplayName("dropping two at each end applies from the configured minimum of seven")
  void configurableCounts() {
    PanelScoring twoEach = new PanelScoring(new AggregationSettings(2, 2, 7, d("10")));
    // 7 totals 60, 70, 80, 82, 84, 90, 95 → drop 60, 70, 90, 95; (80+82+84) / 3 = 82.00
    PanelScore seven = twoEach.score(panel(7), Set.of(), totals("60", "70", "80", "82", "84", "90", "95"));
    assertDecimal("82.00", seven.score().orElseThrow());
    assertEquals(4, seven.dropped().size());
    // 6 totals (< 7): 60+70+80+82+84+90 = 466 / 6 = 77.666… → 77.67
    PanelScore six = twoEach.score(panel(6), Set.of(), totals("60", "70", "80", "82", "84", "90"));
    assertDecimal("77.67", six.score().orElseThrow());
    assertFalse(six.trimmed());
  }

  @Test
  @DisplayName("settings that would drop every total are refused")
  void settingsThatDropEverything() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AggregationSettings(2, 2, 4, d("5")));
    assertTrue(e.getMessage().contains("needs a minimum above 4"), e.getMessage());
  }

  @Test
  @DisplayName("a sheet with a recused examiner's total, a missing total or a stranger's total is rejected")
  void badSheets() {
    assertThrows(IllegalArgumentException.class, () -> STANDARD.score(panel(2), Set.of("E1"), totals("80", "85")));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> STANDARD.score(panel(3), Set.of(), totals("80", "85")));
    assertTrue(missing.getMessage().contains("E3 has not submitted"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> STANDARD.score(panel(1), Set.of(), totals("80", "85")));
  }
}
