package org.saima.live.poll;

import java.util.List;
import java.util.Optional;

/**
 * The result of an approval vote with every number behind it. The poll is valid when {@code received ≥
 * quorumRequired} and {@code received ≤ issued}; otherwise {@code invalidReasons} says why and nobody is
 * elected. A candidate passes when {@code approve × 2 > base} (so at least {@code minimumApprovals});
 * {@code runoff} is the poll to hold among candidates tied at the last seat, for the seats left;
 * {@code unfilledSeats} counts the seats this poll did not fill (those going to the runoff included).
 */
public record ApprovalResult(
    ApprovalPoll poll,
    int issued,
    int received,
    int quorumRequired,
    int base,
    int minimumApprovals,
    List<String> invalidReasons,
    List<CandidateTally> tallies,
    List<String> elected,
    Optional<ApprovalPoll> runoff,
    int unfilledSeats) {

  public ApprovalResult {
    invalidReasons = List.copyOf(invalidReasons);
    tallies = List.copyOf(tallies);
    elected = List.copyOf(elected);
  }

  public boolean valid() {
    return invalidReasons.isEmpty();
  }

  public CandidateTally tally(String candidate) {
    return tallies.stream().filter(t -> t.candidate().equals(candidate)).findFirst().orElseThrow();
  }

  /** {@code abstain} includes a candidate left unmarked on a ballot. */
  public record CandidateTally(String candidate, int approve, int oppose, int abstain, boolean passes) {}
}
