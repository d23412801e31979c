package org.saima.scoring.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saima.scoring.ranking.CompositeTest.assertDecimal;
import static org.saima.scoring.ranking.CompositeTest.d;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.scoring.ranking.RankedCandidate.Basis;
import org.saima.scoring.ranking.RankedCandidate.Separation;

@DisplayName("Ranking per position")
class RankingTest {
  /** Two stages, 笔试 and 演讲答辩, half each; ties go to 演讲答辩 first, then 笔试. */
  static final StagePlan HALVES = new StagePlan(
      List.of(new StageWeight("笔试", d("0.5")), new StageWeight("演讲答辩", d("0.5"))), List.of("演讲答辩", "笔试"));

  static CandidateScores two(String name, String written, String speech) {
    return CandidateScores.of(name, List.of(
        StageScore.onHundred("笔试", d(written)), StageScore.onHundred("演讲答辩", d(speech))));
  }

  static List<String> names(RankedList list) {
    return list.candidates().stream().map(RankedCandidate::candidate).toList();
  }

  static List<Integer> ranks(RankedList list) {
    return list.candidates().stream().map(RankedCandidate::rank).toList();
  }

  @Test
  @DisplayName("candidates are ranked by composite, best first")
  void byComposite() {
    // A (90+80)/2 = 85.00, B (70+80)/2 = 75.00, C (80+86)/2 = 83.00 → A, C, B
    RankedList list = new Ranking(HALVES).rank("XZ01", List.of(two("A", "90", "80"), two("B", "70", "80"), two("C", "80", "86")), List.of());
    assertEquals(List.of("A", "C", "B"), names(list));
    assertEquals(List.of(1, 2, 3), ranks(list));
    assertEquals(new Separation(Basis.COMPOSITE, null), list.candidates().get(0).aheadOfNext());
    assertEquals(Basis.LAST, list.candidates().get(2).aheadOfNext().basis());
    assertFalse(list.needsOrganizerDecision());
  }

  @Test
  @DisplayName("equal composites are broken by the first tie-break stage")
  void firstTieBreak() {
    // A (75+85)/2 = 80.00, B (78+82)/2 = 80.00; 演讲答辩 85 > 82 → A first
    RankedList list = new Ranking(HALVES).rank("XZ01", List.of(two("B", "78", "82"), two("A", "75", "85")), List.of());
    assertEquals(List.of("A", "B"), names(list));
    assertEquals(List.of(1, 2), ranks(list));
    assertEquals(new Separation(Basis.TIE_BREAK_STAGE, "演讲答辩"), list.candidates().get(0).aheadOfNext());
  }

  @Test
  @DisplayName("when the first tie-break stage is equal too, the next one in the campaign's order decides")
  void nextTieBreak() {
    List<StageWeight> stages = List.of(new StageWeight("笔试", d("0.4")), new StageWeight("人机对话", d("0.2")),
        new StageWeight("演讲答辩", d("0.4")));
    // A: 0.4×80 + 0.2×70 + 0.4×90 = 32 + 14 + 36 = 82; B: 0.4×85 + 0.2×60 + 0.4×90 = 34 + 12 + 36 = 82
    List<CandidateScores> candidates = List.of(
        CandidateScores.of("A", List.of(StageScore.onHundred("笔试", d("80")), StageScore.onHundred("人机对话", d("70")),
            StageScore.onHundred("演讲答辩", d("90")))),
        CandidateScores.of("B", List.of(StageScore.onHundred("笔试", d("85")), StageScore.onHundred("人机对话", d("60")),
            StageScore.onHundred("演讲答辩", d("90")))));
    // 演讲答辩 90 = 90, then 笔试 85 > 80 → B first
    RankedList writtenSecond = new Ranking(new StagePlan(stages, List.of("演讲答辩", "笔试", "人机对话"))).rank("XZ01", candidates, List.of());
    assertEquals(List.of("B", "A"), names(writtenSecond));
    assertEquals(new Separation(Basis.TIE_BREAK_STAGE, "笔试"), writtenSecond.candidates().get(0).aheadOfNext());
    // the same scores under another campaign order: 人机对话 70 > 60 → A first
    RankedList dialogueSecond = new Ranking(new StagePlan(stages, List.of("演讲答辩", "人机对话"))).rank("XZ01", candidates, List.of());
    assertEquals(List.of("A", "B"), names(dialogueSecond));
  }

  @Test
  @DisplayName("composites that print the same are tied even when their unrounded sums differ")
  void publishedCompositeDecides() {
    StagePlan plan = new StagePlan(List.of(new StageWeight("笔试", d("0.3")), new StageWeight("演讲答辩", d("0.7"))),
        List.of("演讲答辩"));
    // A: 0.3×80.00 + 0.7×84.13 = 24 + 58.891 = 82.891 → 82.89; B: 0.3×80.03 + 0.7×84.12 = 24.009 + 58.884 = 82.893 → 82.89
    // tied on the published 82.89; 演讲答辩 84.13 > 84.12 → A first although B's unrounded sum is higher
    RankedList list = new Ranking(plan).rank("XZ01", List.of(
        CandidateScores.of("B", List.of(StageScore.onHundred("笔试", d("80.03")), StageScore.onHundred("演讲答辩", d("84.12")))),
        CandidateScores.of("A", List.of(StageScore.onHundred("笔试", d("80.00")), StageScore.onHundred("演讲答辩", d("84.13"))))),
        List.of());
    assertEquals(List.of("A", "B"), names(list));
    assertDecimal("82.891", list.candidates().get(0).composite().exactSum());
    assertDecimal("82.893", list.candidates().get(1).composite().exactSum());
    assertEquals(new Separation(Basis.TIE_BREAK_STAGE, "演讲答辩"), list.candidates().get(0).aheadOfNext());
  }

  @Test
  @DisplayName("candidates equal on composite and every tie-break stage share a rank and are flagged for the organizer")
  void unresolvedTie() {
    // E 90.00; C and D both 80/80 → 80.00 with equal stages; F 70.00
    RankedList list = new Ranking(HALVES).rank("XZ01", List.of(two("C", "80", "80"), two("E", "90", "90"),
        two("D", "80", "80"), two("F", "70", "70")), List.of());
    assertEquals(List.of("E", "C", "D", "F"), names(list));
    assertEquals(List.of(1, 2, 2, 4), ranks(list));
    assertEquals(List.of(List.of("C", "D")), list.unresolvedTies());
    assertTrue(list.needsOrganizerDecision());
    assertTrue(list.candidates().get(1).awaitingDecision());
    assertEquals(Basis.UNRESOLVED_TIE, list.candidates().get(1).aheadOfNext().basis());
    assertFalse(list.candidates().get(3).awaitingDecision());
  }

  @Test
  @DisplayName("the organizer's decision orders a tied group and is named as the reason")
  void organizerDecision() {
    List<CandidateScores> candidates = List.of(two("C", "80", "80"), two("E", "90", "90"), two("D", "80", "80"));
    RankedList list = new Ranking(HALVES).rank("XZ01", candidates, List.of(new TieDecision(List.of("D", "C"), "党委会研究决定")));
    assertEquals(List.of("E", "D", "C"), names(list));
    assertEquals(List.of(1, 2, 3), ranks(list));
    assertEquals(Basis.ORGANIZER_DECISION, list.candidates().get(1).aheadOfNext().basis());
    assertFalse(list.needsOrganizerDecision());
  }

  @Test
  @DisplayName("a decision that matches no tie, or a candidate listed twice, is rejected")
  void badInput() {
    List<CandidateScores> candidates = List.of(two("C", "80", "80"), two("E", "90", "90"), two("D", "80", "80"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ranking(HALVES)
        .rank("XZ01", candidates, List.of(new TieDecision(List.of("E", "C"), "误操作"))));
    assertTrue(e.getMessage().contains("does not match a tie"), e.getMessage());
    List<CandidateScores> twice = new ArrayList<>(candidates);
    twice.add(two("C", "70", "70"));
    assertThrows(IllegalArgumentException.class, () -> new Ranking(HALVES).rank("XZ01", twice, List.of()));
  }
}
