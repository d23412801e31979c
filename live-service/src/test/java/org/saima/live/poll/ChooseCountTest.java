package org.saima.live.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.poll.ChooseTally.InvalidReason;
import org.saima.live.poll.ChooseTally.Standing;

@DisplayName("Choose up to K of N (差额推荐)")
class ChooseCountTest {
  private static final ChoosePoll THREE_OF_FIVE = new ChoosePoll(List.of("A", "B", "C", "D", "E"), 3);

  @Test
  @DisplayName("invalid ballots are counted and reported but not tallied; a blank ballot is valid")
  void invalidAndBlank() {
    List<List<String>> ballots = List.of(
        List.of("A", "B", "C"),      // 1 valid, exactly K marks
        List.of("A", "B"),           // 2 valid
        List.of("A"),                // 3 valid
        List.of(),                   // 4 valid, blank
        List.of("A", "B", "C", "D"), // 5 invalid: 4 marks > K = 3
        List.of("B", "C", "D"),      // 6 valid
        List.of("A", "C", "E"),      // 7 valid
        List.of("A", "A"),           // 8 invalid: A marked twice
        List.of("F"),                // 9 invalid: F is not on the ballot
        List.of("D", "E"));          // 10 valid
    ChooseTally tally = ChooseCount.tally(THREE_OF_FIVE, ballots);
    assertEquals(10, tally.cast());
    assertEquals(7, tally.valid()); // 10 − 3
    assertEquals(1, tally.blank());
    assertEquals(3, tally.invalid());
    assertEquals(Map.of(InvalidReason.MORE_THAN_K_MARKS, 1, InvalidReason.CANDIDATE_MARKED_TWICE, 1,
        InvalidReason.UNKNOWN_CANDIDATE, 1), tally.invalidByReason());
    // A: ballots 1, 2, 3, 7 = 4; B: 1, 2, 6 = 3; C: 1, 6, 7 = 3; D: 6, 10 = 2; E: 7, 10 = 2 (ballot 5 not tallied)
    assertEquals(Map.of("A", 4, "B", 3, "C", 3, "D", 2, "E", 2), tally.votes());
    assertEquals(List.of("A", "B", "C", "D", "E"), List.copyOf(tally.votes().keySet()));
  }

  @Test
  @DisplayName("standings list candidates by votes, and equal votes share a rank")
  void standings() {
    ChooseTally tally = ChooseCount.tally(THREE_OF_FIVE, List.of(
        List.of("A", "B", "C"), List.of("A", "B"), List.of("A"), List.of("B", "C", "D"), List.of("A", "C", "E"), List.of("D", "E")));
    assertEquals(List.of(new Standing("A", 1, 4), new Standing("B", 2, 3), new Standing("C", 2, 3),
        new Standing("D", 4, 2), new Standing("E", 4, 2)), tally.standings());
  }

  @Test
  @DisplayName("a poll with no ballots has zero counts everywhere")
  void noBallots() {
    ChooseTally tally = ChooseCount.tally(THREE_OF_FIVE, List.of());
    assertEquals(0, tally.cast());
    assertEquals(0, tally.votes().get("A"));
  }
}
