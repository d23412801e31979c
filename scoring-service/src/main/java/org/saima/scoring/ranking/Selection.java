package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.saima.scoring.ranking.ShortlistRule.CutOffTies;
import org.saima.shared.rules.DifferentialRule;

/**
 * A position's selection, stage by stage in the campaign's order (全程差额).
 *
 * <p>At each stage the candidates still in are ranked by the composite of the stages held so far (a stage
 * with weight 0, which does not count in the composite, ranks by its own score); where the stage has a pass
 * mark or a shortlist ratio, {@link Shortlist} decides who goes on, ties at the cut-off all going on. A stage
 * some candidate still in has no score for stops the computation there. After the last stage the nominated
 * are the first {@code seats} by composite among those who reached every pass mark; a tie at that cut-off
 * waits for the organizer. Ties are broken by the stages counting in the composite, in the campaign's order.
 */
public final class Selection {
  public static final String FINAL = "final";

  private final DifferentialRule differential;

  public Selection(DifferentialRule differential) {
    this.differential = differential;
  }

  /**
   * @param stages the campaign's stages in order
   * @param decisions the organizer's tie decisions by round (a stage name, or {@link #FINAL})
   */
  public SelectionResult run(String position, int seats, List<StageRule> stages, List<CandidateScores> candidates,
      Map<String, List<TieDecision>> decisions) {
    String problem = planProblem(stages);
    if (problem != null) {
      return new SelectionResult(position, seats, SelectionResult.Status.SETUP_PROBLEM, List.of(), null, null, problem);
    }
    Map<String, CandidateScores> byName = candidates.stream()
        .collect(Collectors.toMap(CandidateScores::candidate, c -> c));
    List<String> alive = candidates.stream().map(CandidateScores::candidate).toList();
    List<Round> rounds = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      Round round = round(position, seats, stages.subList(0, i + 1), alive, byName, decisions);
      rounds.add(round);
      if (!round.complete()) {
        return new SelectionResult(position, seats, SelectionResult.Status.WAITING_FOR_SCORES, rounds, null, null,
            null);
      }
      alive = round.goOn();
    }
    return finish(position, seats, stages, rounds, alive, byName, decisions);
  }

  private Round round(String position, int seats, List<StageRule> heldSoFar, List<String> alive,
      Map<String, CandidateScores> byName, Map<String, List<TieDecision>> decisions) {
    StageRule rule = heldSoFar.get(heldSoFar.size() - 1);
    DifferentialRule.Check check = differential.check(seats, alive.size());
    List<String> missing = alive.stream().filter(c -> !byName.get(c).stages().containsKey(rule.stage())).toList();
    if (!missing.isEmpty()) {
      return new Round(rule, alive, missing, null, null, List.of(), check);
    }
    RankedList ranking = rank(position, roundPlan(heldSoFar), scores(alive, byName),
        decisions.getOrDefault(rule.stage(), List.of()));
    if (!rule.shortlists()) {
      return new Round(rule, alive, missing, ranking, null, alive, check);
    }
    ShortlistResult shortlist = Shortlist.at(rule.stage(), ranking, shortlistRule(seats, rule, alive.size()));
    return new Round(rule, alive, missing, ranking, shortlist, shortlist.in(), check);
  }

  private SelectionResult finish(String position, int seats, List<StageRule> stages, List<Round> rounds,
      List<String> alive, Map<String, CandidateScores> byName, Map<String, List<TieDecision>> decisions) {
    StagePlan plan = new StagePlan(weights(stages), tieBreaks(stages));
    RankedList ranking = rank(position, plan, scores(alive, byName), decisions.getOrDefault(FINAL, List.of()));
    List<PassMark> marks = stages.stream().filter(s -> s.passMark() != null)
        .map(s -> new PassMark(s.stage(), s.passMark())).toList();
    ShortlistResult list = Shortlist.at(FINAL, ranking,
        new ShortlistRule(seats, BigDecimal.ONE, marks, CutOffTies.REFER_TO_ORGANIZER));
    SelectionResult.Status status = list.awaitingDecision().isEmpty() ? SelectionResult.Status.COMPLETE
        : SelectionResult.Status.WAITING_FOR_DECISION;
    return new SelectionResult(position, seats, status, rounds, ranking, list, null);
  }

  /**
   * Ranks with the decisions that still match a tie; a decision made before a re-score may no longer do, and
   * a later decision on the same group replaces an earlier one.
   */
  private static RankedList rank(String position, StagePlan plan, List<CandidateScores> scores,
      List<TieDecision> decisions) {
    Ranking ranking = new Ranking(plan);
    RankedList undecided = ranking.rank(position, scores, List.of());
    Set<Set<String>> ties = undecided.unresolvedTies().stream().map(Set::copyOf).collect(Collectors.toSet());
    // The first decision per tied group counts: callers list the latest first.
    Map<Set<String>, TieDecision> byGroup = new java.util.LinkedHashMap<>();
    decisions.stream().filter(d -> d.order().size() == Set.copyOf(d.order()).size()
        && ties.contains(Set.copyOf(d.order()))).forEach(d -> byGroup.putIfAbsent(Set.copyOf(d.order()), d));
    List<TieDecision> matching = List.copyOf(byGroup.values());
    return matching.isEmpty() ? undecided : ranking.rank(position, scores, matching);
  }

  /** The composite so far; a stage that does not count in the composite ranks by its own score. */
  private static StagePlan roundPlan(List<StageRule> heldSoFar) {
    StageRule current = heldSoFar.get(heldSoFar.size() - 1);
    if (!current.countsInComposite()) {
      List<StageWeight> own = new ArrayList<>(List.of(new StageWeight(current.stage(), BigDecimal.ONE)));
      heldSoFar.stream().filter(StageRule::countsInComposite)
          .forEach(s -> own.add(new StageWeight(s.stage(), BigDecimal.ZERO)));
      return StagePlan.interim(own, tieBreaks(heldSoFar));
    }
    return StagePlan.interim(weights(heldSoFar), tieBreaks(heldSoFar));
  }

  private static ShortlistRule shortlistRule(int seats, StageRule rule, int entered) {
    List<PassMark> marks = rule.passMark() == null ? List.of() : List.of(new PassMark(rule.stage(), rule.passMark()));
    // A pass mark without a ratio lets everyone who reaches it go on: a quota no smaller than the field.
    BigDecimal ratio = rule.ratio() != null ? rule.ratio() : BigDecimal.valueOf(Math.max(1, entered));
    return ShortlistRule.of(seats, ratio, marks);
  }

  private static List<StageWeight> weights(List<StageRule> stages) {
    return stages.stream().map(s -> new StageWeight(s.stage(), s.weight())).toList();
  }

  private static List<String> tieBreaks(List<StageRule> stages) {
    return stages.stream().filter(StageRule::countsInComposite).map(StageRule::stage).toList();
  }

  private static List<CandidateScores> scores(List<String> names, Map<String, CandidateScores> byName) {
    return names.stream().map(byName::get).toList();
  }

  private static String planProblem(List<StageRule> stages) {
    if (stages.isEmpty()) {
      return "The campaign has no stages yet.";
    }
    BigDecimal sum = stages.stream().map(StageRule::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      return "The stage weights sum to " + sum.stripTrailingZeros().toPlainString() + "; they must sum to 1.";
    }
    return null;
  }
}
