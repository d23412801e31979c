package org.saima.scoring.ranking;

import java.util.List;

/** The ranking of one position, best first, with the groups still tied that the organizer must order. */
public record RankedList(String position, List<RankedCandidate> candidates, List<List<String>> unresolvedTies) {
  public RankedList {
    candidates = List.copyOf(candidates);
    unresolvedTies = unresolvedTies.stream().map(List::copyOf).toList();
  }

  public boolean needsOrganizerDecision() {
    return !unresolvedTies.isEmpty();
  }
}
