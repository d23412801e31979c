package org.saima.exam.cat.calibrate;

import java.util.List;

/** The outcome of an EM calibration: items in input order, EM cycles used, and the final marginal log-likelihood. */
public record CalibrationResult(List<CalibratedItem> items, int cycles, boolean converged, double logLikelihood) {
  public CalibrationResult {
    items = List.copyOf(items);
  }
}
