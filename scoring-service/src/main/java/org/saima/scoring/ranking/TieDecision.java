package org.saima.scoring.ranking;

import java.util.List;

/** The organizer's order for candidates still tied after every tie-break stage, and why. */
public record TieDecision(List<String> order, String reason) {
  public TieDecision {
    order = List.copyOf(order);
    if (order.size() < 2) {
      throw new IllegalArgumentException("A tie decision orders at least two candidates");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A tie decision needs a reason");
    }
  }
}
