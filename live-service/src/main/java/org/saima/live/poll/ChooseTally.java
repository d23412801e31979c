package org.saima.live.poll;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The count of a choose-up-to-K poll. {@code cast = valid + invalid}; {@code blank} ballots are valid;
 * {@code invalidByReason} says why ballots were set aside; {@code votes} is per candidate, in ballot order,
 * from valid ballots only.
 */
public record ChooseTally(
    int k,
    int cast,
    int valid,
    int blank,
    int invalid,
    Map<InvalidReason, Integer> invalidByReason,
    Map<String, Integer> votes) {

  public enum InvalidReason { MORE_THAN_K_MARKS, UNKNOWN_CANDIDATE, CANDIDATE_MARKED_TWICE }

  public ChooseTally {
    invalidByReason = Map.copyOf(invalidByReason);
    votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
  }

  /** Candidates by votes, most first; equal votes share a rank (1, 2, 2, 4). */
  public List<Standing> standings() {
    List<Map.Entry<String, Integer>> sorted = votes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    List<Standing> standings = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      int count = sorted.get(i).getValue();
      int rank = i > 0 && standings.get(i - 1).votes() == count ? standings.get(i - 1).rank() : i + 1;
      standings.add(new Standing(sorted.get(i).getKey(), rank, count));
    }
    return standings;
  }

  public record Standing(String candidate, int rank, int votes) {}
}
