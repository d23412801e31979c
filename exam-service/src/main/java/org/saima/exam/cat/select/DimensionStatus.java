package org.saima.exam.cat.select;

/** What content balancing needs to know about one dimension of the test. */
public record DimensionStatus(
    String dimension, double targetShare, int unitsGiven, boolean atTargetSe, boolean hasUnitsLeft) {
}
