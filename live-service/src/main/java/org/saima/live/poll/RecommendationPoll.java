package org.saima.live.poll;

import java.util.List;
import java.util.Objects;

/**
 * 民主推荐: a choose-up-to-{@code k} ballot whose voters belong to weighted categories, listed in the order
 * used to break ties.
 */
public record RecommendationPoll(List<String> candidates, int k, Mode mode, List<VoterCategory> categories) {
  /**
   * SHARE: S_j = 100 × Σ_c w_c × votes_cj / ballots_c, weights summing to 1.
   * MULTIPLIER: S_j = Σ_c m_c × votes_cj.
   */
  public enum Mode { SHARE, MULTIPLIER }

  public RecommendationPoll {
    candidates = List.copyOf(candidates);
    categories = List.copyOf(categories);
    Objects.requireNonNull(mode, "mode");
  }

  public ChoosePoll ballot() {
    return new ChoosePoll(candidates, k);
  }
}
