package org.saima.scoring.ranking;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A candidate's place in a position's ranking. {@code rank} is shared by candidates still tied
 * ({@code awaitingDecision}); {@code aheadOfNext} says what put this candidate above the next one.
 */
public record RankedCandidate(
    String candidate,
    int rank,
    Composite composite,
    Map<String, BigDecimal> normalized,
    Separation aheadOfNext,
    boolean awaitingDecision) {

  public RankedCandidate {
    normalized = Map.copyOf(normalized);
  }

  public enum Basis { COMPOSITE, TIE_BREAK_STAGE, ORGANIZER_DECISION, UNRESOLVED_TIE, LAST }

  /** {@code stage} names the deciding stage for {@link Basis#TIE_BREAK_STAGE}, else null. */
  public record Separation(Basis basis, String stage) {}

  RankedCandidate with(int newRank, Separation separation, boolean awaiting) {
    return new RankedCandidate(candidate, newRank, composite, normalized, separation, awaiting);
  }
}
