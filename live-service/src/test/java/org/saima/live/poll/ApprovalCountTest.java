package org.saima.live.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.poll.ApprovalPoll.Choice;
import org.saima.live.poll.ApprovalPoll.ThresholdBasis;
import org.saima.live.poll.ApprovalResult.CandidateTally;

@DisplayName("Approval vote (票决)")
class ApprovalCountTest {
  /**
   * {@code count} ballots; on each, the i-th candidate is approved while i < its approvals, else opposed
   * (so candidate j gets exactly approvals[j] approvals and count − approvals[j] oppositions).
   */
  static List<Map<String, Choice>> ballots(int count, List<String> candidates, int... approvals) {
    List<Map<String, Choice>> ballots = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      Map<String, Choice> ballot = new HashMap<>();
      for (int j = 0; j < candidates.size(); j++) {
        ballot.put(candidates.get(j), b < approvals[j] ? Choice.APPROVE : Choice.OPPOSE);
      }
      ballots.add(ballot);
    }
    return ballots;
  }

  private static ApprovalPoll poll(List<String> candidates, int seats, int entitled, ThresholdBasis basis) {
    return new ApprovalPoll(candidates, seats, entitled, basis, Quorum.TWO_THIRDS);
  }

  @Test
  @DisplayName("more than half of 31 entitled voters is 16 approvals: 16 pass, 15 do not")
  void oddEntitled() {
    List<String> names = List.of("A", "B");
    ApprovalResult result = ApprovalCount.tally(poll(names, 1, 31, ThresholdBasis.ENTITLED), 31, ballots(24, names, 16, 15));
    assertTrue(result.valid());
    assertEquals(31, result.base());
    assertEquals(16, result.minimumApprovals()); // 16 × 2 = 32 > 31; 15 × 2 = 30 ≤ 31
    assertTrue(result.tally("A").passes());
    assertFalse(result.tally("B").passes());
    assertEquals(List.of("A"), result.elected());
  }

  @Test
  @DisplayName("more than half of 30 entitled voters is 16 approvals: exactly half (15) does not pass")
  void evenEntitled() {
    List<String> names = List.of("A", "B");
    ApprovalResult result = ApprovalCount.tally(poll(names, 1, 30, ThresholdBasis.ENTITLED), 30, ballots(24, names, 15, 16));
    assertEquals(16, result.minimumApprovals()); // 15 × 2 = 30, not > 30
    assertFalse(result.tally("A").passes());
    assertTrue(result.tally("B").passes());
  }

  @Test
  @DisplayName("on the basis of ballots cast, 24 ballots need 13 approvals, so 15 approvals pass that fail on 31 entitled")
  void castBasis() {
    List<String> names = List.of("A", "B", "C");
    List<Map<String, Choice>> ballots = ballots(24, names, 15, 12, 13);
    ApprovalResult onCast = ApprovalCount.tally(poll(names, 2, 31, ThresholdBasis.CAST), 31, ballots);
    assertEquals(24, onCast.base());
    assertEquals(13, onCast.minimumApprovals()); // 13 × 2 = 26 > 24; 12 × 2 = 24, not > 24
    assertEquals(List.of(true, false, true), onCast.tallies().stream().map(CandidateTally::passes).toList());
    assertEquals(List.of("A", "C"), onCast.elected());
    ApprovalResult onEntitled = ApprovalCount.tally(poll(names, 2, 31, ThresholdBasis.ENTITLED), 31, ballots);
    assertEquals(List.of(), onEntitled.elected()); // 15 × 2 = 30 ≤ 31
    assertEquals(2, onEntitled.unfilledSeats());
  }

  @Test
  @DisplayName("a candidate left unmarked counts as an abstention")
  void unmarkedIsAbstention() {
    List<Map<String, Choice>> ballots = new ArrayList<>(ballots(20, List.of("A"), 18));
    ballots.add(Map.of());
    ballots.add(Map.of("A", Choice.ABSTAIN));
    ApprovalResult result = ApprovalCount.tally(ApprovalPoll.of(List.of("A", "B"), 1, 30), 30, ballots);
    assertEquals(new CandidateTally("A", 18, 2, 2, true), result.tally("A")); // 18 + 2 + 2 = 22 ballots
    assertEquals(new CandidateTally("B", 0, 0, 22, false), result.tally("B"));
  }

  @Test
  @DisplayName("fewer ballots than the 2/3 quorum make the poll invalid and elect nobody; exactly the quorum is enough")
  void quorumFailure() {
    List<String> names = List.of("A", "B");
    // quorum = ⌈30 × 2 / 3⌉ = 20
    ApprovalResult short1 = ApprovalCount.tally(ApprovalPoll.of(names, 1, 30), 30, ballots(19, names, 19, 0));
    assertFalse(short1.valid());
    assertEquals(20, short1.quorumRequired());
    assertEquals(List.of("19 ballots cast, below the quorum of 20 (2/3 of 30 entitled voters)"), short1.invalidReasons());
    assertEquals(List.of(), short1.elected());
    assertEquals(19, short1.tally("A").approve()); // counts are still reported
    assertTrue(ApprovalCount.tally(ApprovalPoll.of(names, 1, 30), 30, ballots(20, names, 20, 0)).valid());
    // ⌈31 × 2 / 3⌉ = ⌈20.67⌉ = 21
    assertEquals(21, ApprovalCount.tally(ApprovalPoll.of(names, 1, 31), 31, ballots(21, names, 21, 0)).quorumRequired());
  }

  @Test
  @DisplayName("a configured quorum of 1/2 is applied instead of 2/3")
  void configuredQuorum() {
    List<String> names = List.of("A", "B");
    ApprovalPoll half = new ApprovalPoll(names, 1, 30, ThresholdBasis.CAST, new Quorum(1, 2));
    ApprovalResult result = ApprovalCount.tally(half, 30, ballots(15, names, 8, 7));
    assertTrue(result.valid()); // 15 ≥ ⌈30 / 2⌉ = 15
    assertEquals(List.of("A"), result.elected()); // 8 × 2 = 16 > 15 cast
  }

  @Test
  @DisplayName("more ballots received than issued make the poll invalid")
  void receivedOverIssued() {
    List<String> names = List.of("A", "B");
    ApprovalResult result = ApprovalCount.tally(ApprovalPoll.of(names, 1, 30), 25, ballots(26, names, 20, 3));
    assertFalse(result.valid());
    assertEquals(List.of("26 ballots received, more than the 25 issued"), result.invalidReasons());
    assertEquals(List.of(), result.elected());
  }

  @Test
  @DisplayName("the elected are the top K of those who pass, by approvals")
  void topK() {
    List<String> names = List.of("A", "B", "C", "D");
    // 30 entitled → at least 16; D 14 fails; A 25, C 22, B 17 pass; 2 seats → A, C
    ApprovalResult result = ApprovalCount.tally(ApprovalPoll.of(names, 2, 30), 28, ballots(28, names, 25, 17, 22, 14));
    assertEquals(List.of("A", "C"), result.elected());
    assertEquals(Optional.empty(), result.runoff());
    assertEquals(0, result.unfilledSeats());
  }

  @Test
  @DisplayName("a tie at the K-th place elects those above it and sends the tied to a runoff for the seats left")
  void tieGoesToRunoff() {
    List<String> names = List.of("A", "B", "C", "D");
    // 2 seats; A 20, B 18, C 18 pass (≥ 16), D 10 fails; 2nd place B 18 = 3rd place C 18 → A elected, runoff B, C for 1 seat
    ApprovalResult result = ApprovalCount.tally(ApprovalPoll.of(names, 2, 30), 25, ballots(25, names, 20, 18, 18, 10));
    assertEquals(List.of("A"), result.elected());
    ApprovalPoll runoff = result.runoff().orElseThrow();
    assertEquals(List.of("B", "C"), runoff.candidates());
    assertEquals(1, runoff.seats());
    assertEquals(30, runoff.entitled());
    assertEquals(1, result.unfilledSeats());
  }

  @Test
  @DisplayName("when every passing candidate ties, the runoff is for all the seats")
  void fullTie() {
    List<String> names = List.of("A", "B", "C");
    ApprovalResult result = ApprovalCount.tally(ApprovalPoll.of(names, 2, 30), 25, ballots(25, names, 18, 18, 18));
    assertEquals(List.of(), result.elected());
    assertEquals(List.of("A", "B", "C"), result.runoff().orElseThrow().candidates());
    assertEquals(2, result.runoff().orElseThrow().seats());
  }

  @Test
  @DisplayName("a tie that fits inside the seats needs no runoff")
  void tieInsideSeats() {
    List<String> names = List.of("A", "B", "C", "D");
    ApprovalResult result = ApprovalCount.tally(ApprovalPoll.of(names, 3, 30), 25, ballots(25, names, 20, 18, 18, 17));
    assertEquals(List.of("A", "B", "C"), result.elected());
    assertTrue(result.runoff().isEmpty());
  }

  @Test
  @DisplayName("a tie among candidates who fail the threshold is no tie for a seat: the seat stays unfilled")
  void failingTieIgnored() {
    List<String> names = List.of("A", "B", "C");
    ApprovalResult result = ApprovalCount.tally(ApprovalPoll.of(names, 2, 30), 25, ballots(25, names, 20, 15, 15));
    assertEquals(List.of("A"), result.elected());
    assertTrue(result.runoff().isEmpty());
    assertEquals(1, result.unfilledSeats());
  }

  @Test
  @DisplayName("a ballot marking someone who is not a candidate is rejected")
  void strangerOnBallot() {
    assertThrows(IllegalArgumentException.class, () -> ApprovalCount.tally(ApprovalPoll.of(List.of("A", "B"), 1, 3), 3,
        List.of(Map.of("Z", Choice.APPROVE))));
  }
}
