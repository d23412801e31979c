package org.saima.scoring.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saima.scoring.ranking.CompositeTest.d;
import static org.saima.scoring.ranking.RankingTest.two;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.scoring.ranking.ShortlistEntry.Outcome;
import org.saima.scoring.ranking.ShortlistEntry.Reason;
import org.saima.scoring.ranking.ShortlistRule.CutOffTies;

@DisplayName("Shortlist by ratio with pass marks")
class ShortlistTest {
  private static final StagePlan PLAN = new StagePlan(
      List.of(new StageWeight("笔试", d("0.5")), new StageWeight("演讲答辩", d("0.5"))), List.of("笔试", "演讲答辩"));
  private static final List<PassMark> WRITTEN_60 = List.of(new PassMark("笔试", d("60")));

  private static RankedList rank(List<CandidateScores> candidates) {
    return new Ranking(PLAN).rank("XZ01", candidates, List.of());
  }

  @Test
  @DisplayName("1:3 for 2 seats lets 6 go on; a candidate below a pass mark is out whatever the rank; the rest are out beyond the ratio")
  void ratioAndPassMark() {
    // composites: C1 92, C2 88, C4 85, C5 80, C3 78 (笔试 58), C6 77, C7 74, C8 70, C9 65
    RankedList ranking = rank(List.of(two("C1", "90", "94"), two("C2", "86", "90"), two("C3", "58", "98"),
        two("C4", "85", "85"), two("C5", "80", "80"), two("C6", "75", "79"), two("C7", "70", "78"),
        two("C8", "72", "68"), two("C9", "66", "64")));
    ShortlistResult result = Shortlist.at("笔试+演讲答辩", ranking, ShortlistRule.of(2, d("3"), WRITTEN_60));
    assertEquals(6, result.quota()); // 2 × 3
    assertEquals(8, result.passing());
    assertEquals(List.of("C1", "C2", "C4", "C5", "C6", "C7"), result.in());
    assertEquals(List.of("C3", "C8", "C9"), result.out());
    assertEquals(new ShortlistEntry("C3", 5, 0, Outcome.OUT, Reason.BELOW_PASS_MARK, List.of("笔试 58.00 < 60")),
        result.entry("C3"));
    assertEquals(new ShortlistEntry("C7", 7, 6, Outcome.IN, Reason.WITHIN_RATIO, List.of()), result.entry("C7"));
    assertEquals(new ShortlistEntry("C8", 8, 7, Outcome.OUT, Reason.BEYOND_RATIO, List.of()), result.entry("C8"));
    assertEquals(0, result.overQuota());
    assertFalse(result.shortOfQuota());
  }

  @Test
  @DisplayName("a score exactly at the pass mark passes")
  void atPassMark() {
    ShortlistResult result = Shortlist.at("笔试", rank(List.of(two("A", "60", "70"), two("B", "59.99", "90"))),
        ShortlistRule.of(1, d("3"), WRITTEN_60));
    assertEquals(List.of("A"), result.in());
    assertEquals(Reason.BELOW_PASS_MARK, result.entry("B").reason());
  }

  private static RankedList tiedAtThird() {
    // A 90, B 85, C 80 and D 80 (same stages: unresolved, both rank 3), E 70
    return rank(List.of(two("A", "90", "90"), two("B", "85", "85"), two("C", "80", "80"), two("D", "80", "80"),
        two("E", "70", "70")));
  }

  @Test
  @DisplayName("candidates still tied at the cut-off all go on, over the quota, and are marked as such")
  void tiesAtCutOffAdmitted() {
    // 1 seat × 3 = quota 3; places A1 B2 C3 | D4 tied with C → D goes on as well; E out
    ShortlistResult result = Shortlist.at("面试", tiedAtThird(), ShortlistRule.of(1, d("3"), List.of()));
    assertEquals(List.of("A", "B", "C", "D"), result.in());
    assertEquals(List.of("E"), result.out());
    assertEquals(new ShortlistEntry("D", 3, 4, Outcome.IN, Reason.TIED_AT_CUT_OFF, List.of()), result.entry("D"));
    assertEquals(Reason.TIED_AT_CUT_OFF, result.entry("C").reason());
    assertEquals(1, result.overQuota());
  }

  @Test
  @DisplayName("for a final list the tied candidates at the cut-off wait for the organizer instead")
  void tiesAtCutOffReferred() {
    ShortlistResult result = Shortlist.at("提名", tiedAtThird(),
        new ShortlistRule(3, d("1"), List.of(), CutOffTies.REFER_TO_ORGANIZER));
    assertEquals(List.of("A", "B"), result.in());
    assertEquals(List.of("C", "D"), result.awaitingDecision());
    assertEquals(List.of("E"), result.out());
    assertEquals(0, result.overQuota());
  }

  @Test
  @DisplayName("a tie inside the quota is no cut-off tie: both go on within the ratio")
  void tieInsideQuota() {
    ShortlistResult result = Shortlist.at("面试", tiedAtThird(), ShortlistRule.of(2, d("2"), List.of()));
    assertEquals(List.of("A", "B", "C", "D"), result.in());
    assertEquals(Reason.WITHIN_RATIO, result.entry("D").reason());
  }

  @Test
  @DisplayName("a tie already broken by a tie-break stage is no tie at the cut-off")
  void brokenTieIsNoTie() {
    // C (78+82)/2 = 80 and D (82+78)/2 = 80; tie-break 笔试 82 > 78 → D third, C fourth and out
    RankedList ranking = rank(List.of(two("A", "90", "90"), two("B", "85", "85"), two("C", "78", "82"), two("D", "82", "78")));
    ShortlistResult result = Shortlist.at("面试", ranking, ShortlistRule.of(1, d("3"), List.of()));
    assertEquals(List.of("A", "B", "D"), result.in());
    assertEquals(new ShortlistEntry("C", 4, 4, Outcome.OUT, Reason.BEYOND_RATIO, List.of()), result.entry("C"));
  }

  @Test
  @DisplayName("when fewer pass than the ratio allows, all who pass go on and the shortfall is reported")
  void shortOfQuota() {
    ShortlistResult result = Shortlist.at("笔试", rank(List.of(two("A", "70", "70"), two("B", "50", "90"))),
        ShortlistRule.of(1, d("3"), WRITTEN_60));
    assertEquals(List.of("A"), result.in());
    assertTrue(result.shortOfQuota());
  }

  @Test
  @DisplayName("a fractional ratio rounds the quota up: 3 seats at 1:1.5 let 5 go on; a ratio below 1:1 is refused")
  void fractionalRatio() {
    assertEquals(5, ShortlistRule.of(3, d("1.5"), List.of()).quota()); // ⌈4.5⌉
    assertThrows(IllegalArgumentException.class, () -> ShortlistRule.of(3, d("0.9"), List.of()));
  }
}
