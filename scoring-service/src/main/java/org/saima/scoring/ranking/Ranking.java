package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.saima.scoring.ranking.RankedCandidate.Basis;
import org.saima.scoring.ranking.RankedCandidate.Separation;

/**
 * Ranks the candidates of one position by composite, best first.
 *
 * <p>The comparison uses the published composite (2 decimals), so two composites that print the same are
 * tied even if their unrounded sums differ; a tie goes to the plan's tie-break stages in order (higher
 * normalized score wins). Candidates equal on all of these are never silently ordered: they share a rank
 * and are reported as an unresolved tie until a {@link TieDecision} of the organizer orders them.
 */
public final class Ranking {
  private final StagePlan plan;

  public Ranking(StagePlan plan) {
    this.plan = plan;
  }

  public RankedList rank(String position, List<CandidateScores> candidates, List<TieDecision> decisions) {
    checkUnique(candidates);
    List<RankedCandidate> sorted = candidates.stream().map(this::unranked).sorted(order()).toList();
    List<RankedCandidate> ordered = new ArrayList<>();
    List<List<String>> unresolved = new ArrayList<>();
    Set<TieDecision> used = new HashSet<>();
    for (List<RankedCandidate> group : tieGroups(sorted)) {
      Optional<TieDecision> decision = decisionFor(group, decisions);
      decision.ifPresent(used::add);
      if (group.size() > 1 && decision.isEmpty()) {
        unresolved.add(group.stream().map(RankedCandidate::candidate).toList());
      }
      ordered.addAll(decision.map(d -> reorder(group, d)).orElse(group));
    }
    rejectUnused(decisions, used);
    Set<String> awaiting = unresolved.stream().flatMap(List::stream).collect(Collectors.toSet());
    return new RankedList(position, assignRanks(ordered, awaiting), unresolved);
  }

  private RankedCandidate unranked(CandidateScores c) {
    Composite composite = plan.composite(c.candidate(), c.stages());
    Map<String, BigDecimal> normalized = c.stages().values().stream()
        .collect(Collectors.toMap(StageScore::stage, StageScore::normalized));
    return new RankedCandidate(c.candidate(), 0, composite, normalized, null, false);
  }

  private Comparator<RankedCandidate> order() {
    Comparator<RankedCandidate> order = Comparator.comparing((RankedCandidate r) -> r.composite().value()).reversed();
    for (String stage : plan.tieBreakOrder()) {
      order = order.thenComparing(Comparator.comparing((RankedCandidate r) -> r.normalized().get(stage)).reversed());
    }
    return order;
  }

  private List<List<RankedCandidate>> tieGroups(List<RankedCandidate> sorted) {
    List<List<RankedCandidate>> groups = new ArrayList<>();
    for (RankedCandidate r : sorted) {
      List<RankedCandidate> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && order().compare(last.get(0), r) == 0) {
        last.add(r);
      } else {
        groups.add(new ArrayList<>(List.of(r)));
      }
    }
    return groups;
  }

  private static Optional<TieDecision> decisionFor(List<RankedCandidate> group, List<TieDecision> decisions) {
    Set<String> names = group.stream().map(RankedCandidate::candidate).collect(Collectors.toSet());
    return decisions.stream().filter(d -> Set.copyOf(d.order()).equals(names) && d.order().size() == names.size()).findFirst();
  }

  private static List<RankedCandidate> reorder(List<RankedCandidate> group, TieDecision decision) {
    return decision.order().stream()
        .map(name -> group.stream().filter(r -> r.candidate().equals(name)).findFirst().orElseThrow())
        .toList();
  }

  private List<RankedCandidate> assignRanks(List<RankedCandidate> ordered, Set<String> awaiting) {
    List<RankedCandidate> ranked = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      RankedCandidate current = ordered.get(i);
      boolean waits = awaiting.contains(current.candidate());
      boolean sharesRank = waits && i > 0 && order().compare(ordered.get(i - 1), current) == 0;
      int rank = sharesRank ? ranked.get(i - 1).rank() : i + 1;
      Separation separation = i + 1 < ordered.size()
          ? separation(current, ordered.get(i + 1), awaiting)
          : new Separation(Basis.LAST, null);
      ranked.add(current.with(rank, separation, waits));
    }
    return ranked;
  }

  private Separation separation(RankedCandidate above, RankedCandidate below, Set<String> awaiting) {
    if (above.composite().value().compareTo(below.composite().value()) != 0) {
      return new Separation(Basis.COMPOSITE, null);
    }
    for (String stage : plan.tieBreakOrder()) {
      if (above.normalized().get(stage).compareTo(below.normalized().get(stage)) != 0) {
        return new Separation(Basis.TIE_BREAK_STAGE, stage);
      }
    }
    boolean stillTied = awaiting.contains(above.candidate()) && awaiting.contains(below.candidate());
    return new Separation(stillTied ? Basis.UNRESOLVED_TIE : Basis.ORGANIZER_DECISION, null);
  }

  private static void checkUnique(List<CandidateScores> candidates) {
    Set<String> seen = new HashSet<>();
    for (CandidateScores c : candidates) {
      if (!seen.add(c.candidate())) {
        throw new IllegalArgumentException("Candidate " + c.candidate() + " appears twice in the ranking");
      }
    }
  }

  private static void rejectUnused(List<TieDecision> decisions, Set<TieDecision> used) {
    for (TieDecision d : decisions) {
      if (!used.contains(d)) {
        throw new IllegalArgumentException("Tie decision " + d.order() + " does not match a tie in this ranking");
      }
    }
  }
}
