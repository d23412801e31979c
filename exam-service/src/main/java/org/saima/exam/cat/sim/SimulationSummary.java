package org.saima.exam.cat.sim;

import java.util.Map;
import org.saima.exam.cat.session.StopReason;

/**
 * The outcome of a simulation: accuracy and the maximum exposure rate (share of simulees given the
 * most used unit) per dimension, mean length in units and in items, and the stop reasons.
 */
public record SimulationSummary(
    int simulees,
    Map<String, Accuracy> accuracy,
    Map<String, Double> maxExposure,
    double meanUnits,
    double meanItems,
    Map<StopReason, Integer> stopReasons) {
}
