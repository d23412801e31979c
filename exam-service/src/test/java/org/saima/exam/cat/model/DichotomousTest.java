package org.saima.exam.cat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A right/wrong item under the 3PL")
class DichotomousTest {
  private static final double H = 1e-5;

  @Test
  @DisplayName("has probability 1/2 of a right answer when θ equals b under the 2PL")
  void halfAtDifficulty() {
    assertEquals(0.5, Dichotomous.twoPl(1.3, 0.4, 1.0).probabilityRight(0.4), 1e-15);
  }

  @Test
  @DisplayName("gives the hand-computed probabilities for a = 1.5, b = 0.5, θ = 1")
  void handComputed() {
    // D·a·(θ − b) = 0.75 and 1 / (1 + e^-0.75) = 0.679178699175393
    assertEquals(0.679178699175393, Dichotomous.twoPl(1.5, 0.5, 1.0).probabilityRight(1.0), 1e-14);
    // with c = 0.2: 0.2 + 0.8 · 0.679178699175393
    assertEquals(0.7433429593403145, Dichotomous.threePl(1.5, 0.5, 0.2, 1.0).probabilityRight(1.0), 1e-14);
    // with D = 1.702: 1 / (1 + e^-(1.702 · 0.75))
    assertEquals(0.7818534100461838, Dichotomous.twoPl(1.5, 0.5, 1.702).probabilityRight(1.0), 1e-14);
  }

  @Test
  @DisplayName("has a floor of c far below the difficulty and category probabilities summing to 1")
  void floorAndSum() {
    Dichotomous item = Dichotomous.threePl(1.2, 0.0, 0.25, 1.0);
    assertEquals(0.25, item.probabilityRight(-40.0), 1e-12);
    for (double theta = -4; theta <= 4; theta += 0.25) {
      assertEquals(1.0, item.probability(0, theta) + item.probability(1, theta), 1e-15);
      assertEquals(Math.log(item.probability(0, theta)), item.logProbability(0, theta), 1e-12);
      assertEquals(Math.log(item.probability(1, theta)), item.logProbability(1, theta), 1e-12);
    }
  }

  @Test
  @DisplayName("has information D²a²P(1 − P) under the 2PL")
  void twoPlInformation() {
    Dichotomous item = Dichotomous.twoPl(1.4, -0.3, 1.702);
    for (double theta = -4; theta <= 4; theta += 0.5) {
      double p = 1.0 / (1.0 + Math.exp(-1.702 * 1.4 * (theta + 0.3)));
      assertEquals(1.702 * 1.702 * 1.4 * 1.4 * p * (1 - p), item.information(theta), 1e-12);
    }
  }

  @Test
  @DisplayName("has information equal to P'² / (P(1 − P)) with P' from a central difference")
  void informationMatchesNumericalDerivative() {
    Dichotomous item = Dichotomous.threePl(1.8, 0.6, 0.2, 1.0);
    for (double theta = -4; theta <= 4; theta += 0.4) {
      double slope = (item.probabilityRight(theta + H) - item.probabilityRight(theta - H)) / (2 * H);
      double p = item.probabilityRight(theta);
      assertEquals(slope * slope / (p * (1 - p)), item.information(theta), 1e-7, "θ = " + theta);
    }
  }

  @Test
  @DisplayName("keeps log probabilities finite where the probabilities themselves underflow")
  void logTails() {
    Dichotomous item = Dichotomous.twoPl(2.0, 0.0, 1.0);
    assertEquals(-800.0, item.logProbability(1, -400.0), 1e-9);
    assertTrue(Double.isFinite(item.logProbability(0, 400.0)));
  }

  @Test
  @DisplayName("rejects a non-positive a, a c outside [0, 1) and categories other than 0 and 1")
  void rejectsBadParameters() {
    assertThrows(IllegalArgumentException.class, () -> Dichotomous.twoPl(0.0, 0.0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> Dichotomous.threePl(1.0, 0.0, 1.0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> Dichotomous.twoPl(1.0, Double.NaN, 1.0));
    assertThrows(IllegalArgumentException.class, () -> Dichotomous.twoPl(1.0, 0.0, 1.0).probability(2, 0.0));
  }
}
