package org.saima.live.poll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saima.live.poll.RecommendationPoll.Mode;
import org.saima.shared.rules.DifferentialRule;

/**
 * Refuses a poll whose setup breaks a rule, with the numbers: K must be at least 1 and below N; there must
 * be as many candidates as the differential ratio requires for K seats; in share mode the weights must sum
 * to exactly 1. A runoff produced by {@link ApprovalCount} is not set up here: its candidates are whoever
 * tied, and it is exempt from the ratio.
 */
public final class PollSetup {
  private final DifferentialRule ratio;

  public PollSetup(DifferentialRule ratio) {
    this.ratio = ratio;
  }

  public SetupCheck check(ChoosePoll poll) {
    return new SetupCheck(seatRules(poll.candidates(), poll.k(), "choose up to"));
  }

  public SetupCheck check(ApprovalPoll poll) {
    List<String> refusals = seatRules(poll.candidates(), poll.seats(), "approve for");
    if (poll.entitled() < 1) {
      refusals.add("The number of entitled voters must be at least 1, got " + poll.entitled());
    }
    if (poll.quorum().numerator() > poll.quorum().denominator()) {
      refusals.add("A quorum of " + poll.quorum() + " would need more ballots than entitled voters");
    }
    return new SetupCheck(refusals);
  }

  public SetupCheck check(RecommendationPoll poll) {
    List<String> refusals = seatRules(poll.candidates(), poll.k(), "choose up to");
    if (poll.categories().isEmpty()) {
      refusals.add("A recommendation needs at least one voter category");
    }
    Set<String> names = new HashSet<>();
    for (VoterCategory c : poll.categories()) {
      if (!names.add(c.name())) {
        refusals.add("Voter category " + c.name() + " appears twice");
      }
      if (c.factor().signum() <= 0) {
        refusals.add("Voter category " + c.name() + ": " + factorName(poll.mode()) + " must be above 0, got "
            + c.factor().toPlainString());
      }
    }
    BigDecimal sum = poll.categories().stream().map(VoterCategory::factor).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (poll.mode() == Mode.SHARE && !poll.categories().isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
      refusals.add("In share mode the category weights must sum to 1; they sum to " + sum.toPlainString());
    }
    return new SetupCheck(refusals);
  }

  private List<String> seatRules(List<String> candidates, int k, String verb) {
    List<String> refusals = new ArrayList<>();
    if (Set.copyOf(candidates).size() != candidates.size() || candidates.stream().anyMatch(String::isBlank)) {
      refusals.add("Candidate names must be present and distinct: " + candidates);
    }
    if (k < 1) {
      refusals.add("K must be at least 1, got " + k);
      return refusals;
    }
    if (k >= candidates.size()) {
      refusals.add("K ≥ N: " + verb + " " + k + " of " + candidates.size() + " candidates is not a differential vote");
    }
    DifferentialRule.Check differential = ratio.check(k, candidates.size());
    if (!differential.satisfied()) {
      refusals.add(differential.explain());
    }
    return refusals;
  }

  private static String factorName(Mode mode) {
    return mode == Mode.SHARE ? "weight" : "multiplier";
  }
}
