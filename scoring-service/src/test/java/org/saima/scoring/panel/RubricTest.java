package org.saima.scoring.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rubric total")
class RubricTest {
  private static final Rubric SPEECH = new Rubric(List.of(
      new Dimension("综合分析", d("10"), d("3"), "观点明确，分析深入"),
      new Dimension("应变能力", d("10"), d("2.5"), "回答切题，反应迅速"),
      new Dimension("语言表达", d("10"), d("2"), "表达清晰，条理分明"),
      new Dimension("岗位认知", d("10"), d("2.5"), "熟悉岗位职责")));

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static void assertDecimal(String expected, BigDecimal actual) {
    assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  @DisplayName("an examiner's total is the weighted sum of the dimension scores, line by line")
  void weightedSum() {
    // 8.5×3 + 7×2.5 + 9×2 + 8×2.5 = 25.5 + 17.5 + 18 + 20 = 81.0
    RubricTotal total = SPEECH.total(Map.of("综合分析", d("8.5"), "应变能力", d("7"), "语言表达", d("9"), "岗位认知", d("8")));
    assertDecimal("81.0", total.total());
    assertDecimal("25.5", total.lines().get(0).weighted());
    assertDecimal("17.5", total.lines().get(1).weighted());
    assertEquals("语言表达", total.lines().get(2).dimension());
  }

  @Test
  @DisplayName("the maximum total is the weighted sum of the maxima")
  void maximumTotal() {
    // 10×3 + 10×2.5 + 10×2 + 10×2.5 = 100
    assertDecimal("100", SPEECH.maximumTotal());
  }

  @Test
  @DisplayName("a full score and a zero score are both accepted at the edges of the range")
  void edges() {
    assertDecimal("100", SPEECH.total(Map.of("综合分析", d("10"), "应变能力", d("10"), "语言表达", d("10"), "岗位认知", d("10"))).total());
    assertDecimal("0", SPEECH.total(Map.of("综合分析", d("0"), "应变能力", d("0"), "语言表达", d("0"), "岗位认知", d("0"))).total());
  }

  @Test
  @DisplayName("a score above the dimension's maximum is rejected with the range")
  void aboveMaximum() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SPEECH.total(
        Map.of("综合分析", d("10.5"), "应变能力", d("7"), "语言表达", d("9"), "岗位认知", d("8"))));
    assertTrue(e.getMessage().contains("综合分析: score 10.5 is outside 0..10"), e.getMessage());
  }

  @Test
  @DisplayName("a negative score is rejected")
  void negative() {
    assertThrows(IllegalArgumentException.class, () -> SPEECH.total(
        Map.of("综合分析", d("8"), "应变能力", d("-1"), "语言表达", d("9"), "岗位认知", d("8"))));
  }

  @Test
  @DisplayName("a sheet with a dimension missing or unknown is rejected")
  void missingOrUnknown() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> SPEECH.total(
        Map.of("综合分析", d("8"), "应变能力", d("7"), "语言表达", d("9"))));
    assertTrue(missing.getMessage().contains("岗位认知 has no score"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SPEECH.total(Map.of("综合分析", d("8"), "应变能力", d("7"),
        "语言表达", d("9"), "岗位认知", d("8"), "仪表", d("5"))));
  }

  @Test
  @DisplayName("a rubric with a repeated dimension, a zero maximum or a zero weight is refused")
  void badRubric() {
    assertThrows(IllegalArgumentException.class, () -> new Rubric(List.of(
        new Dimension("综合分析", d("10"), d("1"), ""), new Dimension("综合分析", d("10"), d("1"), ""))));
    assertThrows(IllegalArgumentException.class, () -> new Dimension("综合分析", d("0"), d("1"), ""));
    assertThrows(IllegalArgumentException.class, () -> new Dimension("综合分析", d("10"), d("0"), ""));
    assertThrows(IllegalArgumentException.class, () -> new Rubric(List.of()));
  }
}
