package org.saima.scoring.ranking;

import java.util.List;
import org.saima.shared.rules.DifferentialRule;

/**
 * One stage of a position's selection. {@code entered} are the candidates still in when it began;
 * {@code missingScores} those of them without a score yet (then nothing below is computed). The ranking
 * orders them by the composite so far; the shortlist, when the stage has one, says who goes on and why.
 * {@code differential} checks that more candidates than seats entered the stage (差额).
 */
public record Round(
    StageRule rule,
    List<String> entered,
    List<String> missingScores,
    RankedList ranking,
    ShortlistResult shortlist,
    List<String> goOn,
    DifferentialRule.Check differential) {

  public Round {
    entered = List.copyOf(entered);
    missingScores = List.copyOf(missingScores);
    goOn = List.copyOf(goOn);
  }

  public boolean complete() {
    return missingScores.isEmpty();
  }
}
