package org.saima.exam.cat.estimate;

/** An ability estimate θ̂ with its standard error. */
public record Estimate(double theta, double se) {
  /** Before any response: the prior mean, as uncertain as the prior. */
  public static Estimate prior(NormalPrior prior) {
    return new Estimate(prior.mean(), prior.sd());
  }
}
