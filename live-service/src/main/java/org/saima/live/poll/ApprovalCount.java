package org.saima.live.poll;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saima.live.poll.ApprovalPoll.Choice;
import org.saima.live.poll.ApprovalPoll.ThresholdBasis;
import org.saima.live.poll.ApprovalResult.CandidateTally;

/**
 * Counts an approval vote (票决) in integer arithmetic.
 *
 * <p>"More than half" is {@code approve × 2 > base}: with 31 entitled voters 16 approvals pass and 15 do
 * not; with 30, 16 pass and 15 do not. The elected are the top {@code seats} passing candidates by
 * approvals; when the candidate in the last seat has as many approvals as the next passing candidate,
 * everyone with that count goes to a runoff for the seats left after those above them.
 */
public final class ApprovalCount {
  private ApprovalCount() {}

  /**
   * @param issued ballots handed out (发出)
   * @param ballots ballots received (收回); a candidate missing from a ballot counts as an abstention
   */
  public static ApprovalResult tally(ApprovalPoll poll, int issued, List<Map<String, Choice>> ballots) {
    ballots.forEach(b -> checkBallot(poll, b));
    int received = ballots.size();
    int quorum = poll.quorum().required(poll.entitled());
    List<String> invalid = new ArrayList<>();
    if (received < quorum) {
      invalid.add(received + " ballots cast, below the quorum of " + quorum + " (" + poll.quorum() + " of "
          + poll.entitled() + " entitled voters)");
    }
    if (received > issued) {
      invalid.add(received + " ballots received, more than the " + issued + " issued");
    }
    int base = poll.basis() == ThresholdBasis.ENTITLED ? poll.entitled() : received;
    List<CandidateTally> tallies = poll.candidates().stream().map(c -> count(c, ballots, base)).toList();
    if (!invalid.isEmpty()) {
      return new ApprovalResult(poll, issued, received, quorum, base, base / 2 + 1, invalid, tallies, List.of(),
          Optional.empty(), poll.seats());
    }
    return elect(poll, issued, received, quorum, base, tallies);
  }

  private static ApprovalResult elect(ApprovalPoll poll, int issued, int received, int quorum, int base,
      List<CandidateTally> tallies) {
    List<CandidateTally> passing = tallies.stream().filter(CandidateTally::passes)
        .sorted(Comparator.comparingInt(CandidateTally::approve).reversed()).toList();
    int seats = poll.seats();
    boolean tieAtLastSeat = passing.size() > seats && passing.get(seats - 1).approve() == passing.get(seats).approve();
    if (!tieAtLastSeat) {
      List<String> elected = passing.stream().limit(seats).map(CandidateTally::candidate).toList();
      return new ApprovalResult(poll, issued, received, quorum, base, base / 2 + 1, List.of(), tallies, elected,
          Optional.empty(), seats - elected.size());
    }
    int tied = passing.get(seats - 1).approve();
    List<String> above = passing.stream().filter(t -> t.approve() > tied).map(CandidateTally::candidate).toList();
    List<String> runoffCandidates = passing.stream().filter(t -> t.approve() == tied).map(CandidateTally::candidate).toList();
    int seatsLeft = seats - above.size();
    ApprovalPoll runoff = new ApprovalPoll(runoffCandidates, seatsLeft, poll.entitled(), poll.basis(), poll.quorum());
    return new ApprovalResult(poll, issued, received, quorum, base, base / 2 + 1, List.of(), tallies, above,
        Optional.of(runoff), seatsLeft);
  }

  private static CandidateTally count(String candidate, List<Map<String, Choice>> ballots, int base) {
    int approve = 0;
    int oppose = 0;
    for (Map<String, Choice> ballot : ballots) {
      Choice choice = ballot.getOrDefault(candidate, Choice.ABSTAIN);
      approve += choice == Choice.APPROVE ? 1 : 0;
      oppose += choice == Choice.OPPOSE ? 1 : 0;
    }
    return new CandidateTally(candidate, approve, oppose, ballots.size() - approve - oppose, approve * 2 > base);
  }

  private static void checkBallot(ApprovalPoll poll, Map<String, Choice> ballot) {
    for (String name : ballot.keySet()) {
      if (!poll.candidates().contains(name)) {
        throw new IllegalArgumentException("A ballot marks " + name + ", who is not a candidate in this poll");
      }
    }
  }
}
