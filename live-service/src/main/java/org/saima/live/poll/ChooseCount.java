package org.saima.live.poll;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saima.live.poll.ChooseTally.InvalidReason;

/**
 * Counts choose-up-to-K ballots. A ballot is a list of marked candidates. It is invalid (counted, reported,
 * not tallied) when it has more than K marks, marks a name not on the ballot, or marks a candidate twice;
 * a blank ballot is valid and adds to no candidate.
 */
public final class ChooseCount {
  private ChooseCount() {}

  public static ChooseTally tally(ChoosePoll poll, List<List<String>> ballots) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    poll.candidates().forEach(c -> votes.put(c, 0));
    Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
    int blank = 0;
    for (List<String> ballot : ballots) {
      Optional<InvalidReason> reason = invalidReason(poll, ballot);
      if (reason.isPresent()) {
        invalid.merge(reason.get(), 1, Integer::sum);
        continue;
      }
      blank += ballot.isEmpty() ? 1 : 0;
      ballot.forEach(c -> votes.merge(c, 1, Integer::sum));
    }
    int invalidCount = invalid.values().stream().mapToInt(Integer::intValue).sum();
    return new ChooseTally(poll.k(), ballots.size(), ballots.size() - invalidCount, blank, invalidCount, invalid, votes);
  }

  static Optional<InvalidReason> invalidReason(ChoosePoll poll, List<String> ballot) {
    if (ballot.size() > poll.k()) {
      return Optional.of(InvalidReason.MORE_THAN_K_MARKS);
    }
    if (!poll.candidates().containsAll(ballot)) {
      return Optional.of(InvalidReason.UNKNOWN_CANDIDATE);
    }
    Set<String> distinct = new HashSet<>(ballot);
    return distinct.size() < ballot.size() ? Optional.of(InvalidReason.CANDIDATE_MARKED_TWICE) : Optional.empty();
  }
}
