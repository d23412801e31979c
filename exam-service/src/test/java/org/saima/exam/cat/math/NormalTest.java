package org.saima.exam.cat.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The normal distribution")
class NormalTest {
  @Test
  @DisplayName("Φ matches tabulated values")
  void tabulated() {
    assertEquals(0.5, Normal.cdf(0.0), 1e-15);
    assertEquals(0.8413447460685429, Normal.cdf(1.0), 1e-14);
    assertEquals(0.9750021048517795, Normal.cdf(1.96), 1e-14);
    assertEquals(0.02275013194817922, Normal.cdf(-2.0), 1e-14);
    assertEquals(3.1671241833119965e-05, Normal.cdf(-4.0), 1e-15);
  }

  @Test
  @DisplayName("Φ agrees with Simpson integration of the density")
  void agreesWithIntegration() {
    for (double x = -6.0; x <= 6.0; x += 0.37) {
      assertEquals(simpson(-12.0, x, 20_000), Normal.cdf(x), 1e-12, "x = " + x);
    }
  }

  @Test
  @DisplayName("Φ is 0 and 1 far in the tails")
  void tails() {
    assertEquals(0.0, Normal.cdf(-40.0));
    assertEquals(1.0, Normal.cdf(40.0));
  }

  @Test
  @DisplayName("the log density is the log of the textbook formula")
  void logDensity() {
    double x = 0.7;
    double mean = 0.2;
    double sd = 1.5;
    double textbook = Math.exp(-(x - mean) * (x - mean) / (2 * sd * sd)) / (sd * Math.sqrt(2 * Math.PI));
    assertEquals(Math.log(textbook), Normal.logDensity(x, mean, sd), 1e-14);
  }

  private static double simpson(double from, double to, int intervals) {
    double h = (to - from) / intervals;
    double sum = phi(from) + phi(to);
    for (int i = 1; i < intervals; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * phi(from + i * h);
    }
    return sum * h / 3;
  }

  private static double phi(double x) {
    return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
  }
}
