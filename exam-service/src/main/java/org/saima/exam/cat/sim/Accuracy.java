package org.saima.exam.cat.sim;

/** How well estimates recover true values: bias, RMSE, Pearson correlation and mean reported SE. */
public record Accuracy(int count, double bias, double rmse, double correlation, double meanSe) {

  /** Accumulates (true, estimate, SE) triples in one pass. */
  public static final class Accumulator {
    private int n;
    private double sumTrue;
    private double sumEstimate;
    private double sumTrueSquared;
    private double sumEstimateSquared;
    private double sumProduct;
    private double sumError;
    private double sumErrorSquared;
    private double sumSe;

    public void add(double truth, double estimate, double se) {
      n++;
      sumTrue += truth;
      sumEstimate += estimate;
      sumTrueSquared += truth * truth;
      sumEstimateSquared += estimate * estimate;
      sumProduct += truth * estimate;
      double error = estimate - truth;
      sumError += error;
      sumErrorSquared += error * error;
      sumSe += se;
    }

    public Accuracy result() {
      if (n == 0) {
        return new Accuracy(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
      }
      double covariance = sumProduct - sumTrue * sumEstimate / n;
      double varianceTrue = sumTrueSquared - sumTrue * sumTrue / n;
      double varianceEstimate = sumEstimateSquared - sumEstimate * sumEstimate / n;
      return new Accuracy(n, sumError / n, Math.sqrt(sumErrorSquared / n),
          covariance / Math.sqrt(varianceTrue * varianceEstimate), sumSe / n);
    }
  }
}
