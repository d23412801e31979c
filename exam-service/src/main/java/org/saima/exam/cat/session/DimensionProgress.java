package org.saima.exam.cat.session;

import org.saima.exam.cat.estimate.Eap;
import org.saima.exam.cat.estimate.Estimate;
import org.saima.exam.cat.estimate.Likelihood;
import org.saima.exam.cat.estimate.QuadratureGrid;
import org.saima.exam.cat.model.ItemModel;

/** One dimension's responses so far (as a likelihood), its current estimate and units given. */
public record DimensionProgress(Likelihood likelihood, Estimate estimate, int unitsGiven) {
  public static DimensionProgress start(QuadratureGrid grid) {
    return new DimensionProgress(Likelihood.none(grid), Estimate.prior(grid.prior()), 0);
  }

  public DimensionProgress withResponse(ItemModel model, int category) {
    Likelihood next = likelihood.plus(model, category);
    return new DimensionProgress(next, Eap.estimate(next), unitsGiven);
  }

  public DimensionProgress withUnitSelected() {
    return new DimensionProgress(likelihood, estimate, unitsGiven + 1);
  }
}
