package org.saima.scoring.ranking;

import java.util.List;

/**
 * Where a position's selection stands: the rounds computed so far and, once every stage has its scores,
 * the final ranking and list of the nominated (up to seats). {@code problem} explains a plan that cannot
 * be computed (weights not summing to 1, no stages).
 */
public record SelectionResult(
    String position, int seats, Status status, List<Round> rounds, RankedList finalRanking,
    ShortlistResult finalList, String problem) {

  public enum Status { COMPLETE, WAITING_FOR_SCORES, WAITING_FOR_DECISION, SETUP_PROBLEM }

  public SelectionResult {
    rounds = List.copyOf(rounds);
  }

  public List<String> nominated() {
    return finalList == null ? List.of() : finalList.in();
  }
}
