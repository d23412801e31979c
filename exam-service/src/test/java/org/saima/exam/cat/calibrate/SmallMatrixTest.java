package org.saima.exam.cat.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Small matrix algebra")
class SmallMatrixTest {
  private static final double[][] A = {{4, 2, 0.4}, {2, 5, 1}, {0.4, 1, 3}};

  @Test
  @DisplayName("solves A x = b: x = (1, −1, 2) gives b = A x = (2.8, −1, 5.4)")
  void solves() {
    assertArrayEquals(new double[] {1, -1, 2}, SmallMatrix.solve(A, new double[] {2.8, -1, 5.4}), 1e-12);
  }

  @Test
  @DisplayName("inverts: A times its inverse is the identity")
  void inverts() {
    double[][] inverse = SmallMatrix.inverse(A);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
          sum += A[r][k] * inverse[k][c];
        }
        assertEquals(r == c ? 1.0 : 0.0, sum, 1e-12);
      }
    }
  }

  @Test
  @DisplayName("gives up on a matrix that is not positive definite")
  void notPositiveDefinite() {
    assertNull(SmallMatrix.solve(new double[][] {{1, 2}, {2, 1}}, new double[] {1, 1}));
  }
}
