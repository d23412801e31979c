package org.saima.exam.cat.calibrate;

/**
 * EM controls: stop when no parameter moves more than {@code tolerance} in a cycle (or after
 * {@code maxCycles}); flag an item whose RMSD exceeds {@code misfitRmsd}.
 */
public record CalibrationSettings(double scaling, int maxCycles, double tolerance, double misfitRmsd) {
  /** D = 1, 500 cycles, 1e-4, RMSD 0.10 (a common flagging level; PISA uses 0.12). */
  public static CalibrationSettings defaults() {
    return new CalibrationSettings(1.0, 500, 1e-4, 0.10);
  }
}
