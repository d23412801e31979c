package org.saima.exam.cat.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The logistic function")
class LogisticTest {
  @Test
  @DisplayName("equals 1 / (1 + e^-x) and its log in the ordinary range")
  void ordinary() {
    for (double x = -20; x <= 20; x += 0.5) {
      double direct = 1.0 / (1.0 + Math.exp(-x));
      assertEquals(direct, Logistic.of(x), 1e-15);
      assertEquals(Math.log(direct), Logistic.log(x), 1e-12);
    }
  }

  @Test
  @DisplayName("keeps its log finite far in the tails, where the direct formula gives −∞")
  void tails() {
    assertEquals(-800.0, Logistic.log(-800.0), 1e-9);
    assertEquals(0.0, Logistic.log(800.0), 1e-300);
  }
}
