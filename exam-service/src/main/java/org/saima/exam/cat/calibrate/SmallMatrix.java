package org.saima.exam.cat.calibrate;

/** Cholesky solves and inverses for the few-by-few symmetric positive definite matrices of one item. */
final class SmallMatrix {
  private SmallMatrix() {
  }

  /** The lower factor L with A = L Lᵀ, or null when A is not positive definite. */
  static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0.0)) {
            return null;
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    return l;
  }

  /** x with A x = b, or null when A is not positive definite. */
  static double[] solve(double[][] a, double[] b) {
    double[][] l = cholesky(a);
    if (l == null) {
      return null;
    }
    int n = b.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * y[k];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * x[k];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }

  /** A⁻¹, or null when A is not positive definite. */
  static double[][] inverse(double[][] a) {
    int n = a.length;
    double[][] inverse = new double[n][];
    for (int c = 0; c < n; c++) {
      double[] unit = new double[n];
      unit[c] = 1.0;
      double[] column = solve(a, unit);
      if (column == null) {
        return null;
      }
      inverse[c] = column;
    }
    return inverse;
  }
}
