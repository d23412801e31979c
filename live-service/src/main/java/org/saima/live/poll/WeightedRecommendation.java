package org.saima.live.poll;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.saima.live.poll.RecommendationPoll.Mode;
import org.saima.live.poll.RecommendationResult.Basis;
import org.saima.live.poll.RecommendationResult.CategoryReport;
import org.saima.live.poll.RecommendationResult.Separation;
import org.saima.live.poll.RecommendationResult.Standing;

/**
 * Scores a weighted recommendation (民主推荐, 分类设置权重).
 *
 * <p>Share mode: S_j = 100 × Σ_c w_c × votes_cj / ballots_c, summed as exact fractions over a common
 * denominator and rounded half up to 2 decimals once; a category with no valid ballots contributes 0 and is
 * reported. Multiplier mode: S_j = Σ_c m_c × votes_cj. Ranking: by the published S_j, then by raw votes
 * (Σ_c votes_cj), then by votes in each category in the order given; candidates equal on all of these share
 * a rank and are flagged.
 */
public final class WeightedRecommendation {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private WeightedRecommendation() {}

  public static RecommendationResult tally(RecommendationPoll poll, List<CategoryVotes> counts) {
    Map<String, CategoryVotes> byCategory = check(poll, counts);
    Comparator<Standing> order = order(poll);
    List<Standing> sorted = poll.candidates().stream().map(c -> standing(poll, byCategory, c)).sorted(order).toList();
    List<List<String>> ties = new ArrayList<>();
    List<Standing> ranked = rank(poll, sorted, order, ties);
    List<String> empty = poll.categories().stream().map(VoterCategory::name)
        .filter(c -> byCategory.get(c).validBallots() == 0).toList();
    return new RecommendationResult(poll.mode(), ranked, reports(poll, byCategory), empty, ties);
  }

  private static List<Standing> rank(RecommendationPoll poll, List<Standing> sorted, Comparator<Standing> order,
      List<List<String>> ties) {
    List<Standing> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Standing s = sorted.get(i);
      boolean tiedAbove = i > 0 && order.compare(sorted.get(i - 1), s) == 0;
      boolean tiedBelow = i + 1 < sorted.size() && order.compare(s, sorted.get(i + 1)) == 0;
      int rank = tiedAbove ? ranked.get(i - 1).rank() : i + 1;
      Separation separation = i + 1 < sorted.size() ? separation(poll, s, sorted.get(i + 1)) : new Separation(Basis.LAST, null);
      ranked.add(new Standing(s.candidate(), rank, s.score(), s.rawVotes(), s.votesByCategory(), separation,
          tiedAbove || tiedBelow));
      if (tiedAbove) {
        ties.get(ties.size() - 1).add(s.candidate());
      } else if (tiedBelow) {
        ties.add(new ArrayList<>(List.of(s.candidate())));
      }
    }
    return ranked;
  }

  private static Standing standing(RecommendationPoll poll, Map<String, CategoryVotes> counts, String candidate) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    poll.categories().forEach(c -> votes.put(c.name(), counts.get(c.name()).votesFor(candidate)));
    int raw = votes.values().stream().mapToInt(Integer::intValue).sum();
    BigDecimal score = poll.mode() == Mode.SHARE ? shareScore(poll, counts, candidate) : multiplierScore(poll, counts, candidate);
    return new Standing(candidate, 0, score, raw, votes, null, false);
  }

  /** 100 × Σ w_c × v_c / b_c = (Σ 100 × w_c × v_c × (L / b_c)) / L, with L the lcm of the non-zero b_c. */
  private static BigDecimal shareScore(RecommendationPoll poll, Map<String, CategoryVotes> counts, String candidate) {
    BigInteger lcm = BigInteger.ONE;
    for (CategoryVotes c : counts.values()) {
      if (c.validBallots() > 0) {
        BigInteger b = BigInteger.valueOf(c.validBallots());
        lcm = lcm.multiply(b).divide(lcm.gcd(b));
      }
    }
    BigDecimal numerator = BigDecimal.ZERO;
    for (VoterCategory category : poll.categories()) {
      CategoryVotes c = counts.get(category.name());
      if (c.validBallots() > 0) {
        BigDecimal scale = new BigDecimal(lcm.divide(BigInteger.valueOf(c.validBallots())));
        numerator = numerator.add(HUNDRED.multiply(category.factor()).multiply(BigDecimal.valueOf(c.votesFor(candidate))).multiply(scale));
      }
    }
    return numerator.divide(new BigDecimal(lcm), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal multiplierScore(RecommendationPoll poll, Map<String, CategoryVotes> counts, String candidate) {
    return poll.categories().stream()
        .map(c -> c.factor().multiply(BigDecimal.valueOf(counts.get(c.name()).votesFor(candidate))))
        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
  }

  private static Comparator<Standing> order(RecommendationPoll poll) {
    Comparator<Standing> order = Comparator.comparing(Standing::score).reversed()
        .thenComparing(Comparator.comparingInt(Standing::rawVotes).reversed());
    for (VoterCategory c : poll.categories()) {
      order = order.thenComparing(Comparator.comparingInt((Standing s) -> s.votesByCategory().get(c.name())).reversed());
    }
    return order;
  }

  private static Separation separation(RecommendationPoll poll, Standing above, Standing below) {
    if (above.score().compareTo(below.score()) != 0) {
      return new Separation(Basis.SCORE, null);
    }
    if (above.rawVotes() != below.rawVotes()) {
      return new Separation(Basis.RAW_VOTES, null);
    }
    for (VoterCategory c : poll.categories()) {
      if (!above.votesByCategory().get(c.name()).equals(below.votesByCategory().get(c.name()))) {
        return new Separation(Basis.CATEGORY_VOTES, c.name());
      }
    }
    return new Separation(Basis.UNRESOLVED_TIE, null);
  }

  private static List<CategoryReport> reports(RecommendationPoll poll, Map<String, CategoryVotes> counts) {
    List<CategoryReport> reports = new ArrayList<>();
    for (VoterCategory category : poll.categories()) {
      CategoryVotes c = counts.get(category.name());
      Map<String, BigDecimal> contribution = new LinkedHashMap<>();
      for (String candidate : poll.candidates()) {
        contribution.put(candidate, contribution(poll.mode(), category, c, candidate));
      }
      reports.add(new CategoryReport(category.name(), category.factor(), c.validBallots(), c.votes(), contribution));
    }
    return reports;
  }

  private static BigDecimal contribution(Mode mode, VoterCategory category, CategoryVotes c, String candidate) {
    BigDecimal weighted = category.factor().multiply(BigDecimal.valueOf(c.votesFor(candidate)));
    if (mode == Mode.MULTIPLIER) {
      return weighted.setScale(2, RoundingMode.HALF_UP);
    }
    return c.validBallots() == 0
        ? BigDecimal.ZERO.setScale(2)
        : weighted.multiply(HUNDRED).divide(BigDecimal.valueOf(c.validBallots()), 2, RoundingMode.HALF_UP);
  }

  private static Map<String, CategoryVotes> check(RecommendationPoll poll, List<CategoryVotes> counts) {
    Map<String, CategoryVotes> byCategory = counts.stream()
        .collect(Collectors.toMap(CategoryVotes::category, Function.identity(), (a, b) -> {
          throw new IllegalArgumentException("Category " + a.category() + " is counted twice");
        }));
    List<String> expected = poll.categories().stream().map(VoterCategory::name).toList();
    if (!byCategory.keySet().equals(Set.copyOf(expected))) {
      throw new IllegalArgumentException("Counts are for categories " + byCategory.keySet() + ", the poll has " + expected);
    }
    counts.forEach(c -> checkVotes(poll, c));
    return byCategory;
  }

  private static void checkVotes(RecommendationPoll poll, CategoryVotes c) {
    c.votes().forEach((candidate, votes) -> {
      if (!poll.candidates().contains(candidate)) {
        throw new IllegalArgumentException(c.category() + ": " + candidate + " is not a candidate in this poll");
      }
      if (votes < 0 || votes > c.validBallots()) {
        throw new IllegalArgumentException(c.category() + ": " + candidate + " has " + votes + " votes on "
            + c.validBallots() + " valid ballots");
      }
    });
  }
}
