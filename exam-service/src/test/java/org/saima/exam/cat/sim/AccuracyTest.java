package org.saima.exam.cat.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Accuracy statistics")
class AccuracyTest {
  @Test
  @DisplayName("give bias, RMSE and correlation computed by hand for three pairs")
  void handComputed() {
    // true (−1, 0, 1), estimates (−0.5, 0.5, 1.0): errors 0.5, 0.5, 0
    Accuracy.Accumulator acc = new Accuracy.Accumulator();
    acc.add(-1, -0.5, 0.3);
    acc.add(0, 0.5, 0.2);
    acc.add(1, 1.0, 0.4);
    Accuracy a = acc.result();
    assertEquals(1.0 / 3, a.bias(), 1e-15);
    assertEquals(Math.sqrt(0.5 / 3), a.rmse(), 1e-15);
    // deviations (−1, 0, 1) and (−5/6, 1/6, 4/6): Σxy = 1.5, Σx² = 2, Σy² = 7/6
    assertEquals(1.5 / Math.sqrt(2 * 7.0 / 6), a.correlation(), 1e-12);
    assertEquals(0.3, a.meanSe(), 1e-15);
  }
}
