package org.saima.exam.cat.session;

/**
 * The decision to give one item, as the log needs it. {@code sequence} counts items from 1;
 * {@code rank} is the item's place by information among the unused units of its dimension and
 * {@code poolSize} how many it was drawn from; both are 0 for a scenario follow-up, which the
 * branching map chose.
 */
public record Selection(
    int sequence,
    String dimension,
    String unitId,
    String itemId,
    double thetaBefore,
    double seBefore,
    double information,
    int rank,
    int poolSize,
    SelectionReason reason) {
}
