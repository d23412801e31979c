package org.saima.live.poll;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A recommendation's standings and per-category report. {@code score} is S_j computed exactly and rounded
 * half up to 2 decimals once; a category's {@code contribution} is rounded on its own, so the contributions
 * may differ from the score by a cent. Candidates still tied after score, raw votes and each category in
 * order share a rank and are listed in {@code unresolvedTies}.
 */
public record RecommendationResult(
    RecommendationPoll.Mode mode,
    List<Standing> standings,
    List<CategoryReport> categories,
    List<String> categoriesWithoutBallots,
    List<List<String>> unresolvedTies) {

  public RecommendationResult {
    standings = List.copyOf(standings);
    categories = List.copyOf(categories);
    categoriesWithoutBallots = List.copyOf(categoriesWithoutBallots);
    unresolvedTies = unresolvedTies.stream().map(List::copyOf).toList();
  }

  public Standing standing(String candidate) {
    return standings.stream().filter(s -> s.candidate().equals(candidate)).findFirst().orElseThrow();
  }

  /** What put a candidate above the next one; {@code category} names the deciding category for CATEGORY_VOTES. */
  public record Separation(Basis basis, String category) {}

  public enum Basis { SCORE, RAW_VOTES, CATEGORY_VOTES, UNRESOLVED_TIE, LAST }

  public record Standing(String candidate, int rank, BigDecimal score, int rawVotes, Map<String, Integer> votesByCategory,
      Separation aheadOfNext, boolean awaitingDecision) {
    public Standing {
      votesByCategory = Map.copyOf(votesByCategory);
    }
  }

  /** {@code contribution}: 100 × w × votes / ballots (share mode) or m × votes (multiplier mode), per candidate. */
  public record CategoryReport(String category, BigDecimal factor, int validBallots, Map<String, Integer> votes,
      Map<String, BigDecimal> contribution) {
    public CategoryReport {
      votes = Map.copyOf(votes);
      contribution = Map.copyOf(contribution);
    }
  }
}
