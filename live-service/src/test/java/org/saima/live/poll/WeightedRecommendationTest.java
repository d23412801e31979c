package org.saima.live.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.poll.RecommendationPoll.Mode;
import org.saima.live.poll.RecommendationResult.Basis;
import org.saima.live.poll.RecommendationResult.CategoryReport;
import org.saima.live.poll.RecommendationResult.Separation;
import org.saima.live.poll.RecommendationResult.Standing;

@DisplayName("Weighted recommendation (民主推荐)")
class WeightedRecommendationTest {
  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static final List<VoterCategory> DESIGN_WEIGHTS = List.of(
      new VoterCategory("领导班子", d("0.4")), new VoterCategory("中层干部", d("0.3")), new VoterCategory("普通职工", d("0.3")));

  private static List<String> order(RecommendationResult result) {
    return result.standings().stream().map(Standing::candidate).toList();
  }

  @Test
  @DisplayName("DESIGN.md's example: weights 0.4/0.3/0.3, ballots 5/20/100, votes 4/10/30 give S = 56.00")
  void designExample() {
    RecommendationPoll poll = new RecommendationPoll(List.of("A", "B", "C", "D"), 2, Mode.SHARE, DESIGN_WEIGHTS);
    RecommendationResult result = WeightedRecommendation.tally(poll, List.of(
        new CategoryVotes("领导班子", 5, Map.of("A", 4, "B", 3, "C", 5)),
        new CategoryVotes("中层干部", 20, Map.of("A", 10, "B", 15, "C", 5)),
        new CategoryVotes("普通职工", 100, Map.of("A", 30, "B", 60, "C", 10))));
    // A: 100 × (0.4 × 4/5 + 0.3 × 10/20 + 0.3 × 30/100) = 100 × (0.32 + 0.15 + 0.09) = 56.00
    assertEquals(d("56.00"), result.standing("A").score());
    // B: 100 × (0.4 × 3/5 + 0.3 × 15/20 + 0.3 × 60/100) = 100 × (0.24 + 0.225 + 0.18) = 64.50
    assertEquals(d("64.50"), result.standing("B").score());
    // C: 100 × (0.4 × 5/5 + 0.3 × 5/20 + 0.3 × 10/100) = 100 × (0.4 + 0.075 + 0.03) = 50.50
    assertEquals(d("50.50"), result.standing("C").score());
    assertEquals(List.of("B", "A", "C", "D"), order(result));
    assertEquals(44, result.standing("A").rawVotes()); // 4 + 10 + 30
    CategoryReport team = result.categories().get(0);
    assertEquals(5, team.validBallots());
    assertEquals(d("32.00"), team.contribution().get("A")); // 100 × 0.4 × 4 / 5
    assertEquals(d("15.00"), result.categories().get(1).contribution().get("A"));
    assertEquals(d("9.00"), result.categories().get(2).contribution().get("A"));
    assertEquals(List.of(), result.categoriesWithoutBallots());
  }

  @Test
  @DisplayName("a category with no ballots contributes 0 and is reported")
  void categoryWithoutBallots() {
    RecommendationPoll poll = new RecommendationPoll(List.of("A", "B", "C"), 1, Mode.SHARE, DESIGN_WEIGHTS);
    RecommendationResult result = WeightedRecommendation.tally(poll, List.of(
        new CategoryVotes("领导班子", 5, Map.of("A", 4)),
        new CategoryVotes("中层干部", 20, Map.of("A", 10)),
        new CategoryVotes("普通职工", 0, Map.of())));
    // 100 × (0.4 × 4/5 + 0.3 × 10/20 + 0) = 100 × 0.47 = 47.00
    assertEquals(d("47.00"), result.standing("A").score());
    assertEquals(List.of("普通职工"), result.categoriesWithoutBallots());
    assertEquals(d("0.00"), result.categories().get(2).contribution().get("A"));
  }

  @Test
  @DisplayName("the score is summed exactly and rounded once: 1/3 and 1/3 at weight 0.5 give 33.33, though the rounded contributions add to 33.34")
  void exactSum() {
    RecommendationPoll poll = new RecommendationPoll(List.of("A", "B", "C"), 1, Mode.SHARE,
        List.of(new VoterCategory("X", d("0.5")), new VoterCategory("Y", d("0.5"))));
    RecommendationResult result = WeightedRecommendation.tally(poll, List.of(
        new CategoryVotes("X", 3, Map.of("A", 1)), new CategoryVotes("Y", 3, Map.of("A", 1))));
    // 100 × (0.5 × 1/3 + 0.5 × 1/3) = 100 / 3 = 33.333… → 33.33; each contribution 16.666… → 16.67
    assertEquals(d("33.33"), result.standing("A").score());
    assertEquals(d("16.67"), result.categories().get(0).contribution().get("A"));
  }

  @Test
  @DisplayName("multiplier mode counts each ballot of a category m times")
  void multiplierMode() {
    RecommendationPoll poll = new RecommendationPoll(List.of("A", "B", "C"), 1, Mode.MULTIPLIER,
        List.of(new VoterCategory("领导班子", d("3")), new VoterCategory("普通职工", d("1"))));
    RecommendationResult result = WeightedRecommendation.tally(poll, List.of(
        new CategoryVotes("领导班子", 5, Map.of("A", 4, "B", 2)),
        new CategoryVotes("普通职工", 50, Map.of("A", 30, "B", 35))));
    assertEquals(d("42.00"), result.standing("A").score()); // 3 × 4 + 1 × 30
    assertEquals(d("41.00"), result.standing("B").score()); // 3 × 2 + 1 × 35
    assertEquals(List.of("A", "B", "C"), order(result));
    assertEquals(d("12.00"), result.categories().get(0).contribution().get("A"));
  }

  @Test
  @DisplayName("equal scores are ranked by raw vote count")
  void tieByRawVotes() {
    RecommendationPoll poll = new RecommendationPoll(List.of("A", "B", "C"), 1, Mode.MULTIPLIER,
        List.of(new VoterCategory("领导班子", d("2")), new VoterCategory("普通职工", d("1"))));
    // A: 2 × 1 + 2 = 4 from 3 votes; B: 2 × 0 + 4 = 4 from 4 votes → B first
    RecommendationResult result = WeightedRecommendation.tally(poll, List.of(
        new CategoryVotes("领导班子", 3, Map.of("A", 1)), new CategoryVotes("普通职工", 10, Map.of("A", 2, "B", 4))));
    assertEquals(List.of("B", "A", "C"), order(result));
    assertEquals(new Separation(Basis.RAW_VOTES, null), result.standing("B").aheadOfNext());
  }

  @Test
  @DisplayName("equal scores and raw votes are ranked by votes in the categories in the order given")
  void tieByCategoryOrder() {
    RecommendationPoll poll = new RecommendationPoll(List.of("A", "B", "C"), 2, Mode.SHARE,
        List.of(new VoterCategory("领导班子", d("0.5")), new VoterCategory("普通职工", d("0.5"))));
    // A: 100 × (0.5 × 1/10 + 0.5 × 3/10) = 20.00, 4 votes; B: 100 × (0.5 × 3/10 + 0.5 × 1/10) = 20.00, 4 votes
    // 领导班子 first: B 3 > A 1 → B first
    RecommendationResult result = WeightedRecommendation.tally(poll, List.of(
        new CategoryVotes("领导班子", 10, Map.of("A", 1, "B", 3)), new CategoryVotes("普通职工", 10, Map.of("A", 3, "B", 1))));
    assertEquals(d("20.00"), result.standing("A").score());
    assertEquals(List.of("B", "A", "C"), order(result));
    assertEquals(new Separation(Basis.CATEGORY_VOTES, "领导班子"), result.standing("B").aheadOfNext());
  }

  @Test
  @DisplayName("candidates equal on everything share a rank and are flagged")
  void unresolvedTie() {
    RecommendationPoll poll = new RecommendationPoll(List.of("A", "B", "C"), 1, Mode.SHARE,
        List.of(new VoterCategory("全体", d("1"))));
    RecommendationResult result = WeightedRecommendation.tally(poll, List.of(new CategoryVotes("全体", 10, Map.of("A", 4, "B", 4, "C", 2))));
    assertEquals(List.of(1, 1, 3), result.standings().stream().map(Standing::rank).toList());
    assertEquals(List.of(List.of("A", "B")), result.unresolvedTies());
    assertTrue(result.standing("B").awaitingDecision());
    assertEquals(Basis.UNRESOLVED_TIE, result.standing("A").aheadOfNext().basis());
  }

  @Test
  @DisplayName("category counts can come straight from choose-up-to-K tallies, blank ballots in the denominator")
  void fromChooseTally() {
    RecommendationPoll poll = new RecommendationPoll(List.of("A", "B", "C"), 1, Mode.SHARE,
        List.of(new VoterCategory("全体", d("1"))));
    ChooseTally tally = ChooseCount.tally(poll.ballot(), List.of(List.of("A"), List.of("A"), List.of(), List.of("A", "B")));
    // 3 valid ballots (one blank, one invalid with 2 marks > K = 1); A 2 → 100 × 2/3 = 66.67
    RecommendationResult result = WeightedRecommendation.tally(poll, List.of(CategoryVotes.from("全体", tally)));
    assertEquals(d("66.67"), result.standing("A").score());
  }

  @Test
  @DisplayName("more votes than valid ballots, or counts for a category the poll does not have, are rejected")
  void badCounts() {
    RecommendationPoll poll = new RecommendationPoll(List.of("A", "B", "C"), 1, Mode.SHARE, List.of(new VoterCategory("全体", d("1"))));
    assertThrows(IllegalArgumentException.class,
        () -> WeightedRecommendation.tally(poll, List.of(new CategoryVotes("全体", 3, Map.of("A", 4)))));
    assertThrows(IllegalArgumentException.class,
        () -> WeightedRecommendation.tally(poll, List.of(new CategoryVotes("其他", 3, Map.of("A", 1)))));
  }
}
