package org.saima.scoring.ranking;

import java.util.List;

/**
 * One candidate's shortlist outcome and why. {@code place} counts only the candidates who reached every
 * pass mark (0 for one who did not); {@code failedPassMarks} reads like "笔试 58.00 < 60.00".
 */
public record ShortlistEntry(
    String candidate, int rank, int place, Outcome outcome, Reason reason, List<String> failedPassMarks) {
  public ShortlistEntry {
    failedPassMarks = List.copyOf(failedPassMarks);
  }

  public enum Outcome { IN, OUT, AWAITING_DECISION }

  public enum Reason { WITHIN_RATIO, TIED_AT_CUT_OFF, BELOW_PASS_MARK, BEYOND_RATIO }
}
