package org.saima.exam.cat.calibrate;

import java.util.List;
import org.saima.exam.cat.model.Dichotomous;
import org.saima.exam.cat.model.GradedResponse;
import org.saima.exam.cat.model.ItemModel;

/**
 * An item's estimated parameters with standard errors, its RMSD fit statistic and whether that
 * exceeds the misfit threshold. One threshold b means a 2PL item.
 */
public record CalibratedItem(
    String id, double a, List<Double> b, double seA, List<Double> seB, double rmsd, boolean misfit) {
  public CalibratedItem {
    b = List.copyOf(b);
    seB = List.copyOf(seB);
  }

  public ItemModel model(double scaling) {
    if (b.size() == 1) {
      return Dichotomous.twoPl(a, b.get(0), scaling);
    }
    return new GradedResponse(a, b.stream().mapToDouble(Double::doubleValue).toArray(), scaling);
  }
}
