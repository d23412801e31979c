package org.saima.exam.cat.report;

/** One dimension on the candidate's report. */
public record DimensionScore(String dimension, double theta, double se, double tScore, double percentile) {
}
