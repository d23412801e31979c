package org.saima.exam.cat.estimate;

/** The prior belief about ability before any response: N(mean, sd²). */
public record NormalPrior(double mean, double sd) {
  public static final NormalPrior STANDARD = new NormalPrior(0.0, 1.0);

  public NormalPrior {
    if (!Double.isFinite(mean) || !(sd > 0.0) || Double.isInfinite(sd)) {
      throw new IllegalArgumentException("prior needs a finite mean and a positive sd: N(" + mean + ", " + sd + "²)");
    }
  }
}
