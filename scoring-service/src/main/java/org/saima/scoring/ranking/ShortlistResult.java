package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.util.List;
import org.saima.scoring.ranking.ShortlistEntry.Outcome;

/**
 * A stage's shortlist with the numbers behind it: {@code quota = ⌈seats × ratio⌉}; {@code passing} reached
 * every pass mark; {@code overQuota} went on as ties at the cut-off.
 */
public record ShortlistResult(
    String stage, int seats, BigDecimal ratio, int quota, int passing, int overQuota, List<ShortlistEntry> entries) {
  public ShortlistResult {
    entries = List.copyOf(entries);
  }

  public List<String> in() {
    return names(Outcome.IN);
  }

  public List<String> out() {
    return names(Outcome.OUT);
  }

  public List<String> awaitingDecision() {
    return names(Outcome.AWAITING_DECISION);
  }

  /** Fewer reached the pass marks than the ratio would let go on. */
  public boolean shortOfQuota() {
    return passing < quota;
  }

  public ShortlistEntry entry(String candidate) {
    return entries.stream().filter(e -> e.candidate().equals(candidate)).findFirst().orElseThrow();
  }

  private List<String> names(Outcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).map(ShortlistEntry::candidate).toList();
  }
}
