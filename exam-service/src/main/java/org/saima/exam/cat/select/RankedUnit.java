package org.saima.exam.cat.select;

import org.saima.exam.cat.model.Unit;

/** A candidate unit with the information of its first item at the current θ̂ and its rank (1 = most). */
public record RankedUnit(Unit unit, double information, int rank) {
}
