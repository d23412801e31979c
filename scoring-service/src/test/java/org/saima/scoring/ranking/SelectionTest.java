package org.saima.scoring.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saima.scoring.ranking.CompositeTest.assertDecimal;
import static org.saima.scoring.ranking.CompositeTest.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.scoring.ranking.SelectionResult.Status;
import org.saima.scoring.ranking.ShortlistEntry.Outcome;
import org.saima.scoring.ranking.ShortlistEntry.Reason;
import org.saima.shared.rules.DifferentialRule;

@DisplayName("Selection of a position, stage by stage")
class SelectionTest {
  private static final Selection SELECTION = new Selection(DifferentialRule.TWENTY_PERCENT);
  /** 笔试 30% with pass mark 60 and 1:3; 面试 50% with 1:2; 民主推荐 20% without a shortlist. */
  private static final List<StageRule> THREE = List.of(
      new StageRule("笔试", d("0.3"), d("60"), d("3")),
      new StageRule("面试", d("0.5"), null, d("2")),
      new StageRule("民主推荐", d("0.2"), null, null));

  /** A candidate with scores on 100 for the first stages, in order; null leaves a stage unscored. */
  private static CandidateScores candidate(String name, String... scores) {
    List<StageScore> list = new ArrayList<>();
    String[] stages = {"笔试", "面试", "民主推荐"};
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] != null) {
        list.add(StageScore.onHundred(stages[i], d(scores[i])));
      }
    }
    return CandidateScores.of(name, list);
  }

  private static List<CandidateScores> eight() {
    return List.of(candidate("A", "90", "80", "80"), candidate("B", "85", "88", "70"), candidate("C", "80", "90", "90"),
        candidate("D", "78", "70"), candidate("E", "75", "85", "95"), candidate("F", "70", "60"),
        candidate("G", "65"), candidate("H", "55"));
  }

  private static List<String> order(RankedList ranking) {
    return ranking.candidates().stream().map(RankedCandidate::candidate).toList();
  }

  private static RankedCandidate ranked(RankedList ranking, String name) {
    return ranking.candidates().stream().filter(c -> c.candidate().equals(name)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("eight candidates for two seats: 1:3 after the written exam, 1:2 after the interview, two nominated")
  void wholeSelection() {
    SelectionResult result = SELECTION.run("XZ04", 2, THREE, eight(), Map.of());

    assertEquals(Status.COMPLETE, result.status());
    // Round 1, composite so far = 0.3 × 笔试: A 27.00 … G 19.50; H 55 < 60 is out whatever the ratio; quota 2 × 3 = 6.
    Round written = result.rounds().get(0);
    assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H"), order(written.ranking()));
    assertDecimal("27.00", ranked(written.ranking(), "A").composite().value());
    assertEquals(6, written.shortlist().quota());
    assertEquals(List.of("A", "B", "C", "D", "E", "F"), written.goOn());
    assertEquals(Reason.BEYOND_RATIO, written.shortlist().entry("G").reason());
    assertEquals(Reason.BELOW_PASS_MARK, written.shortlist().entry("H").reason());
    assertEquals(List.of("笔试 55.00 < 60"), written.shortlist().entry("H").failedPassMarks());

    // Round 2, 0.3 × 笔试 + 0.5 × 面试: B 25.50 + 44.00 = 69.50, C 69.00, A 67.00, E 65.00, D 58.40, F 51.00; quota 4.
    Round interview = result.rounds().get(1);
    assertEquals(List.of("B", "C", "A", "E", "D", "F"), order(interview.ranking()));
    assertDecimal("69.50", ranked(interview.ranking(), "B").composite().value());
    assertDecimal("58.40", ranked(interview.ranking(), "D").composite().value());
    assertEquals(List.of("B", "C", "A", "E"), interview.goOn());

    // Round 3 has no shortlist: all four go on. Final: C 69.00 + 18.00 = 87.00, E 84.00, B 83.50, A 83.00.
    Round poll = result.rounds().get(2);
    assertNull(poll.shortlist());
    assertEquals(List.of("B", "C", "A", "E"), poll.goOn());
    assertEquals(List.of("C", "E", "B", "A"), order(result.finalRanking()));
    assertDecimal("87.00", ranked(result.finalRanking(), "C").composite().value());
    assertDecimal("83.50", ranked(result.finalRanking(), "B").composite().value());
    assertEquals(List.of("C", "E"), result.nominated());
    assertEquals(Outcome.OUT, result.finalList().entry("B").outcome());
  }

  @Test
  @DisplayName("a candidate still in without a score stops the selection at that stage and is named")
  void waitingForScores() {
    List<CandidateScores> field = new ArrayList<>(eight());
    field.set(4, candidate("E", "75", null, null));
    SelectionResult result = SELECTION.run("XZ04", 2, THREE, field, Map.of());

    assertEquals(Status.WAITING_FOR_SCORES, result.status());
    assertEquals(2, result.rounds().size());
    assertEquals(List.of("E"), result.rounds().get(1).missingScores());
    assertNull(result.rounds().get(1).ranking());
    assertTrue(result.nominated().isEmpty());
  }

  @Test
  @DisplayName("G and H, out after the written exam, need no interview score")
  void eliminatedNeedNoLaterScores() {
    SelectionResult result = SELECTION.run("XZ04", 2, THREE, eight(), Map.of());
    assertFalse(result.rounds().get(1).entered().contains("G"));
    assertFalse(result.rounds().get(2).entered().contains("D"));
  }

  @Test
  @DisplayName("a tie at the last seat waits for the organizer, whose decision then nominates one of them")
  void tieAtTheLastSeat() {
    // One stage, one seat: A and B both 88.00, C 80.00.
    List<StageRule> one = List.of(new StageRule("面试", BigDecimal.ONE, null, null));
    List<CandidateScores> field = List.of(one("A", "88"), one("B", "88"), one("C", "80"));

    SelectionResult tied = SELECTION.run("XZ01", 1, one, field, Map.of());
    assertEquals(Status.WAITING_FOR_DECISION, tied.status());
    assertEquals(List.of("A", "B"), tied.finalList().awaitingDecision());
    assertTrue(tied.nominated().isEmpty());

    TieDecision decision = new TieDecision(List.of("B", "A"), "党组会议研究决定");
    SelectionResult decided = SELECTION.run("XZ01", 1, one, field, Map.of(Selection.FINAL, List.of(decision)));
    assertEquals(Status.COMPLETE, decided.status());
    assertEquals(List.of("B"), decided.nominated());
  }

  @Test
  @DisplayName("a later decision on the same tied group replaces the earlier one")
  void laterDecisionWins() {
    List<StageRule> one = List.of(new StageRule("面试", BigDecimal.ONE, null, null));
    List<CandidateScores> field = List.of(one("A", "88"), one("B", "88"), one("C", "80"));
    List<TieDecision> latestFirst = List.of(new TieDecision(List.of("A", "B"), "经复议，改为 A 在前"),
        new TieDecision(List.of("B", "A"), "党组会议研究决定"));
    SelectionResult result = SELECTION.run("XZ01", 1, one, field, Map.of(Selection.FINAL, latestFirst));
    assertEquals(List.of("A"), result.nominated());
  }

  @Test
  @DisplayName("a decision that no longer matches a tie (a re-score separated them) is left aside, not an error")
  void staleDecision() {
    List<StageRule> one = List.of(new StageRule("面试", BigDecimal.ONE, null, null));
    TieDecision old = new TieDecision(List.of("B", "A"), "党组会议研究决定");
    SelectionResult result = SELECTION.run("XZ01", 1, one, List.of(one("A", "89"), one("B", "88"), one("C", "80")),
        Map.of(Selection.FINAL, List.of(old)));
    assertEquals(Status.COMPLETE, result.status());
    assertEquals(List.of("A"), result.nominated());
  }

  @Test
  @DisplayName("a stage that does not count in the composite shortlists by its own score")
  void weightZeroStageRanksByItsOwnScore() {
    // 面试 is the whole composite; 民主推荐 (weight 0) decides who goes on to 考察, 1:1 for one seat.
    List<StageRule> stages = List.of(new StageRule("面试", BigDecimal.ONE, null, null),
        new StageRule("民主推荐", BigDecimal.ZERO, null, BigDecimal.ONE));
    List<CandidateScores> field = List.of(two(stages, "A", "90", "40"), two(stages, "B", "80", "70"),
        two(stages, "C", "85", "60"));
    SelectionResult result = SELECTION.run("XZ01", 1, stages, field, Map.of());

    assertEquals(List.of("B", "C", "A"), order(result.rounds().get(1).ranking()));
    assertEquals(List.of("B"), result.rounds().get(1).goOn());
    assertEquals(List.of("B"), result.nominated());
  }

  @Test
  @DisplayName("weights that do not sum to 1 are a setup problem, said plainly")
  void weightsMustSumToOne() {
    List<StageRule> stages = List.of(new StageRule("笔试", d("0.3"), null, null), new StageRule("面试", d("0.6"), null, null));
    SelectionResult result = SELECTION.run("XZ01", 1, stages, List.of(), Map.of());
    assertEquals(Status.SETUP_PROBLEM, result.status());
    assertEquals("The stage weights sum to 0.9; they must sum to 1.", result.problem());
  }

  @Test
  @DisplayName("a stage entered by no more candidates than seats fails the differential check")
  void differentialCheck() {
    List<StageRule> stages = List.of(new StageRule("笔试", d("0.5"), null, d("1")), new StageRule("面试", d("0.5"), null, null));
    List<CandidateScores> field = List.of(two(stages, "A", "90", "80"), two(stages, "B", "80", "70"),
        two(stages, "C", "85", "60"));
    SelectionResult result = SELECTION.run("XZ01", 2, stages, field, Map.of());

    assertTrue(result.rounds().get(0).differential().satisfied(), "3 entered for 2 seats: 2 + ⌈2 × 20%⌉ = 3");
    assertEquals(2, result.rounds().get(1).entered().size());
    assertFalse(result.rounds().get(1).differential().satisfied(), "1:1 leaves 2 for 2 seats");
  }

  private static CandidateScores one(String name, String score) {
    return CandidateScores.of(name, List.of(StageScore.onHundred("面试", d(score))));
  }

  /** Scores for the two stages of the rules given, in their order. */
  private static CandidateScores two(List<StageRule> stages, String name, String first, String second) {
    return CandidateScores.of(name, List.of(StageScore.onHundred(stages.get(0).stage(), d(first)),
        StageScore.onHundred(stages.get(1).stage(), d(second))));
  }
}
