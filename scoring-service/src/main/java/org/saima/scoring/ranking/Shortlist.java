package org.saima.scoring.ranking;

import java.util.ArrayList;
import java.util.List;
import org.saima.scoring.ranking.ShortlistEntry.Outcome;
import org.saima.scoring.ranking.ShortlistEntry.Reason;
import org.saima.scoring.ranking.ShortlistRule.CutOffTies;

/**
 * Who goes on from a stage. In ranking order: a candidate below any pass mark is out; the others take
 * places 1, 2, 3…; places up to the quota go on, the rest are out beyond the ratio.
 *
 * <p>A tie at the cut-off is a group of candidates the ranking could not order (same rank, awaiting the
 * organizer) that straddles the last place inside the quota. Ties already broken by a tie-break stage or
 * by the organizer are not ties here. With {@link CutOffTies#ADMIT_ALL} the whole group goes on over the
 * quota; with {@link CutOffTies#REFER_TO_ORGANIZER} the whole group waits for a decision.
 */
public final class Shortlist {
  private Shortlist() {}

  public static ShortlistResult at(String stage, RankedList ranking, ShortlistRule rule) {
    int quota = rule.quota();
    List<RankedCandidate> passing = ranking.candidates().stream().filter(c -> failures(c, rule).isEmpty()).toList();
    int cutOffRank = passing.size() > quota ? passing.get(quota - 1).rank() : -1;
    boolean straddles = cutOffRank > 0 && passing.get(quota).rank() == cutOffRank;
    List<ShortlistEntry> entries = new ArrayList<>();
    int place = 0;
    int overQuota = 0;
    for (RankedCandidate c : ranking.candidates()) {
      List<String> failed = failures(c, rule);
      if (!failed.isEmpty()) {
        entries.add(new ShortlistEntry(c.candidate(), c.rank(), 0, Outcome.OUT, Reason.BELOW_PASS_MARK, failed));
        continue;
      }
      place++;
      boolean tiedAtCut = straddles && c.rank() == cutOffRank;
      ShortlistEntry entry = decide(c, place, quota, tiedAtCut, rule.cutOffTies());
      overQuota += entry.outcome() == Outcome.IN && place > quota ? 1 : 0;
      entries.add(entry);
    }
    return new ShortlistResult(stage, rule.seats(), rule.ratio(), quota, passing.size(), overQuota, entries);
  }

  private static ShortlistEntry decide(RankedCandidate c, int place, int quota, boolean tiedAtCut, CutOffTies policy) {
    if (tiedAtCut) {
      Outcome outcome = policy == CutOffTies.ADMIT_ALL ? Outcome.IN : Outcome.AWAITING_DECISION;
      return new ShortlistEntry(c.candidate(), c.rank(), place, outcome, Reason.TIED_AT_CUT_OFF, List.of());
    }
    boolean within = place <= quota;
    return new ShortlistEntry(c.candidate(), c.rank(), place, within ? Outcome.IN : Outcome.OUT,
        within ? Reason.WITHIN_RATIO : Reason.BEYOND_RATIO, List.of());
  }

  private static List<String> failures(RankedCandidate c, ShortlistRule rule) {
    List<String> failed = new ArrayList<>();
    for (PassMark mark : rule.passMarks()) {
      var score = c.normalized().get(mark.stage());
      if (score == null) {
        throw new IllegalArgumentException("Candidate " + c.candidate() + " has no score for pass-mark stage " + mark.stage());
      }
      if (score.compareTo(mark.minimum()) < 0) {
        failed.add(mark.stage() + " " + score.toPlainString() + " < " + mark.minimum().toPlainString());
      }
    }
    return failed;
  }
}
