package org.saima.scoring.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Normalization and composite")
class CompositeTest {
  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static void assertDecimal(String expected, BigDecimal actual) {
    assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  @DisplayName("points out of a maximum are normalized to 100 and rounded half up to 2 decimals")
  void normalization() {
    assertEquals(d("80.00"), StageScore.ofPoints("笔试", d("120"), d("150")).normalized()); // 120 × 100 / 150
    assertEquals(d("67.33"), StageScore.ofPoints("笔试", d("101"), d("150")).normalized()); // 67.333…
    assertEquals(d("0.13"), StageScore.ofPoints("笔试", d("1"), d("800")).normalized()); // 0.125 → 0.13
    assertEquals(d("84.13"), StageScore.onHundred("演讲答辩", d("84.13")).normalized());
  }

  @Test
  @DisplayName("points above the maximum or below 0 are rejected")
  void outOfRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StageScore.ofPoints("笔试", d("151"), d("150")));
    assertTrue(e.getMessage().contains("151 points is outside 0..150"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> StageScore.onHundred("演讲答辩", d("-0.01")));
  }

  @Test
  @DisplayName("the composite is the weighted sum of normalized stage scores, rounded once at the end")
  void composite() {
    StagePlan plan = new StagePlan(List.of(
        new StageWeight("笔试", d("0.3")), new StageWeight("人机对话", d("0.2")),
        new StageWeight("演讲答辩", d("0.3")), new StageWeight("民主推荐", d("0.2"))), List.of("演讲答辩"));
    // 笔试 120/150 → 80.00; 0.3×80 + 0.2×75.5 + 0.3×84.13 + 0.2×56 = 24 + 15.1 + 25.239 + 11.2 = 75.539 → 75.54
    Composite composite = plan.composite("张伟", Map.of(
        "笔试", StageScore.ofPoints("笔试", d("120"), d("150")),
        "人机对话", StageScore.onHundred("人机对话", d("75.5")),
        "演讲答辩", StageScore.onHundred("演讲答辩", d("84.13")),
        "民主推荐", StageScore.onHundred("民主推荐", d("56.00"))));
    assertEquals(d("75.54"), composite.value());
    assertDecimal("75.539", composite.exactSum());
    assertDecimal("25.239", composite.lines().get(2).weighted());
    assertEquals("民主推荐", composite.lines().get(3).stage());
  }

  @Test
  @DisplayName("weights must sum to exactly 1: ten stages of 0.1 do, three of 0.3 do not")
  void weightsSumToOne() {
    List<StageWeight> tenths = IntStream.range(0, 10).mapToObj(i -> new StageWeight("S" + i, d("0.1"))).toList();
    new StagePlan(tenths, List.of()); // a double sum would be 0.9999999999999999
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StagePlan(List.of(
        new StageWeight("笔试", d("0.3")), new StageWeight("面试", d("0.3")), new StageWeight("推荐", d("0.3"))), List.of()));
    assertTrue(e.getMessage().contains("sum to 0.9"), e.getMessage());
  }

  @Test
  @DisplayName("a candidate without a score for a stage of the plan, or a tie-break stage outside the plan, is rejected")
  void missingStage() {
    StagePlan plan = new StagePlan(List.of(new StageWeight("笔试", d("0.5")), new StageWeight("面试", d("0.5"))), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plan.composite("王芳", Map.of("笔试", StageScore.onHundred("笔试", d("80")))));
    assertTrue(e.getMessage().contains("王芳 has no score for stage 面试"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new StagePlan(List.of(new StageWeight("笔试", BigDecimal.ONE)), List.of("面试")));
  }

  @Test
  @DisplayName("an interim plan for the stages held so far gives the composite so far and refuses weights above 1")
  void interimPlan() {
    // 笔试 30% and 面试 50% held: 0.3 × 85.50 + 0.5 × 88.25 = 25.65 + 44.125 = 69.775 → 69.78 of 80 possible
    StagePlan soFar = StagePlan.interim(List.of(new StageWeight("笔试", d("0.3")), new StageWeight("面试", d("0.5"))),
        List.of("笔试", "面试"));
    Composite composite = soFar.composite("林晓燕", Map.of("笔试", StageScore.onHundred("笔试", d("85.50")),
        "面试", StageScore.onHundred("面试", d("88.25"))));
    assertDecimal("69.78", composite.value());
    assertDecimal("0.8", soFar.weightSum());
    assertThrows(IllegalArgumentException.class, () -> StagePlan.interim(List.of(new StageWeight("笔试", d("0.6")),
        new StageWeight("面试", d("0.5"))), List.of()));
  }

  @Test
  @DisplayName("the composite is written out for people: products, exact weighted scores, the sum, the rounding; weight-0 stages left out")
  void formula() {
    StagePlan plan = new StagePlan(List.of(new StageWeight("廉政考试", BigDecimal.ZERO), new StageWeight("笔试", d("0.35")),
        new StageWeight("面试", d("0.65"))), List.of("笔试", "面试"));
    Composite composite = plan.composite("郑国强", Map.of("廉政考试", StageScore.onHundred("廉政考试", d("91")),
        "笔试", StageScore.onHundred("笔试", d("84.25")), "面试", StageScore.onHundred("面试", d("88.1"))));
    assertEquals("84.25 × 0.35 + 88.10 × 0.65 = 29.4875 + 57.265 = 86.7525 ≈ 86.75", RankingJson.formula(composite));
  }
}
