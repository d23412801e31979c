package org.saima.live.poll;

import java.util.Map;

/** One category's count: its valid ballots (blank ones included) and the votes per candidate on them. */
public record CategoryVotes(String category, int validBallots, Map<String, Integer> votes) {
  public CategoryVotes {
    votes = Map.copyOf(votes);
  }

  public static CategoryVotes from(String category, ChooseTally tally) {
    return new CategoryVotes(category, tally.valid(), tally.votes());
  }

  public int votesFor(String candidate) {
    return votes.getOrDefault(candidate, 0);
  }
}
