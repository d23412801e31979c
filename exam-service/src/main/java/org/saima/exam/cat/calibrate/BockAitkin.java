package org.saima.exam.cat.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.saima.exam.cat.estimate.NormalPrior;
import org.saima.exam.cat.estimate.QuadratureGrid;

/**
 * Marginal maximum likelihood calibration of 2PL and graded response items by Bock–Aitkin EM:
 * ability is integrated out over the 61-point grid with an N(0,1) population (which fixes the
 * scale), the E-step gives expected category counts at each point and the M-step fits each item
 * to its counts by Fisher scoring.
 */
public final class BockAitkin {
  private static final int SCORING_STEPS_PER_CYCLE = 5;

  private BockAitkin() {
  }

  public static CalibrationResult calibrate(ResponseMatrix data, CalibrationSettings settings) {
    QuadratureGrid grid = QuadratureGrid.standard(NormalPrior.STANDARD);
    double[] points = new double[grid.size()];
    double[] logWeights = new double[grid.size()];
    normalisedWeights(grid, points, logWeights);
    SlopeIntercept[] items = StartingValues.of(data, settings.scaling());
    int cycle = 0;
    boolean converged = false;
    Expectation expectation = null;
    while (cycle < settings.maxCycles() && !converged) {
      cycle++;
      expectation = Expectation.of(data, Expectation.logProbabilities(items, points), logWeights);
      double largestMove = 0.0;
      for (int j = 0; j < items.length; j++) {
        SlopeIntercept next = FisherScoring.maximize(items[j], points, expectation.counts[j], SCORING_STEPS_PER_CYCLE);
        largestMove = Math.max(largestMove, largestChange(items[j], next));
        items[j] = next;
      }
      converged = largestMove < settings.tolerance();
    }
    expectation = Expectation.of(data, Expectation.logProbabilities(items, points), logWeights);
    return new CalibrationResult(describe(data, items, points, logWeights, expectation, settings), cycle, converged,
        expectation.logLikelihood);
  }

  private static List<CalibratedItem> describe(ResponseMatrix data, SlopeIntercept[] items, double[] points,
      double[] logWeights, Expectation expectation, CalibrationSettings settings) {
    double[][][] crossProducts = ItemDiagnostics.crossProducts(data, items, points, logWeights);
    List<CalibratedItem> result = new ArrayList<>();
    for (int j = 0; j < items.length; j++) {
      double[] se = ItemDiagnostics.standardErrors(items[j], crossProducts[j]);
      double rmsd = ItemDiagnostics.rmsd(items[j], points, expectation.counts[j]);
      List<Double> b = Arrays.stream(items[j].thresholds()).boxed().toList();
      List<Double> seB = Arrays.stream(se, 1, se.length).boxed().toList();
      result.add(new CalibratedItem(data.itemId(j), items[j].a(), b, se[0], seB, rmsd, rmsd > settings.misfitRmsd()));
    }
    return result;
  }

  /** Log weights of the N(0,1) density at the points, normalised to sum to 1 so the likelihood is a probability. */
  private static void normalisedWeights(QuadratureGrid grid, double[] points, double[] logWeights) {
    double total = 0.0;
    for (int q = 0; q < points.length; q++) {
      points[q] = grid.point(q);
      total += Math.exp(grid.logWeight(q));
    }
    for (int q = 0; q < points.length; q++) {
      logWeights[q] = grid.logWeight(q) - Math.log(total);
    }
  }

  private static double largestChange(SlopeIntercept before, SlopeIntercept after) {
    double largest = 0.0;
    for (int p = 0; p < before.beta().length; p++) {
      largest = Math.max(largest, Math.abs(after.beta()[p] - before.beta()[p]));
    }
    return largest;
  }
}
