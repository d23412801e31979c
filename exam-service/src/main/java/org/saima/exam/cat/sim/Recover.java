package org.saima.exam.cat.sim;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.saima.exam.cat.calibrate.BockAitkin;
import org.saima.exam.cat.calibrate.CalibratedItem;
import org.saima.exam.cat.calibrate.CalibrationResult;
import org.saima.exam.cat.calibrate.CalibrationSettings;
import org.saima.exam.cat.calibrate.ResponseMatrix;
import org.saima.exam.cat.math.SplitMix64;
import org.saima.exam.cat.model.Dichotomous;
import org.saima.exam.cat.model.GradedResponse;
import org.saima.exam.cat.model.ItemModel;

/**
 * Command line: checks that calibration recovers known parameters. Generates 2PL items
 * (a ~ U(0.8, 2.0), b ~ N(0,1)) and GRM items (a ~ U(0.8, 2.0), thresholds around a centre
 * ~ N(0, 0.5²) spaced about 1.2 apart), persons with θ ~ N(0,1) answering every item (or a share
 * missing at random), calibrates by Bock–Aitkin EM and prints RMSE and bias of a and b.
 */
public final class Recover {
  private Recover() {
  }

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help")) {
      System.out.println("usage: Recover [--persons 2000] [--items 30] [--grm-items 10] [--categories 4]"
          + " [--missing 0.0] [--seed 2026]");
      return;
    }
    run(intArg(args, "--persons", 2000), intArg(args, "--items", 30), intArg(args, "--grm-items", 10),
        intArg(args, "--categories", 4), Double.parseDouble(arg(args, "--missing", "0.0")),
        Long.parseLong(arg(args, "--seed", "2026")), System.out);
  }

  public static CalibrationResult run(int persons, int twoPlItems, int grmItems, int categories, double missing,
      long seed, PrintStream out) {
    SplitMix64 random = new SplitMix64(seed);
    List<ItemModel> truth = new ArrayList<>();
    for (int j = 0; j < twoPlItems; j++) {
      truth.add(Dichotomous.twoPl(random.nextUniform(0.8, 2.0), random.nextGaussian(), 1.0));
    }
    for (int j = 0; j < grmItems; j++) {
      truth.add(new GradedResponse(random.nextUniform(0.8, 2.0), thresholds(categories - 1, random), 1.0));
    }
    double[] thetas = new double[persons];
    for (int i = 0; i < persons; i++) {
      thetas[i] = random.nextGaussian();
    }
    ResponseMatrix data = respond(truth, thetas, missing, random);
    long started = System.nanoTime();
    CalibrationResult result = BockAitkin.calibrate(data, CalibrationSettings.defaults());
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(Locale.ROOT, "persons %d, 2PL items %d, GRM items %d (%d categories), missing %.2f, seed %d%n",
        persons, twoPlItems, grmItems, categories, missing, seed);
    double mean = Arrays.stream(thetas).average().orElse(0);
    double sd = Math.sqrt(Arrays.stream(thetas).map(t -> (t - mean) * (t - mean)).sum() / persons);
    // The calibration fixes the scale at N(0,1): a sample with SD s shows up as a scaled by about s.
    out.printf(Locale.ROOT, "sample of true theta: mean %+.4f, SD %.4f%n", mean, sd);
    out.printf(Locale.ROOT, "EM cycles %d, converged %s, log-likelihood %.2f, %.2f s%n", result.cycles(),
        result.converged(), result.logLikelihood(), seconds);
    out.println("| items | RMSE a | bias a | mean SE a | RMSE b | bias b | mean SE b | b within 1.96 SE | flagged misfit |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    report("2PL", truth, result.items(), 0, twoPlItems, out);
    report("GRM", truth, result.items(), twoPlItems, twoPlItems + grmItems, out);
    return result;
  }

  private static double[] thresholds(int m, SplitMix64 random) {
    double centre = 0.5 * random.nextGaussian();
    double[] b = new double[m];
    for (int k = 0; k < m; k++) {
      b[k] = centre + 1.2 * (k - (m - 1) / 2.0) + 0.2 * random.nextGaussian();
      if (k > 0 && b[k] < b[k - 1] + 0.2) {
        b[k] = b[k - 1] + 0.2;
      }
    }
    return b;
  }

  private static ResponseMatrix respond(List<ItemModel> truth, double[] thetas, double missing, SplitMix64 random) {
    int[][] x = new int[thetas.length][truth.size()];
    for (int i = 0; i < thetas.length; i++) {
      for (int j = 0; j < truth.size(); j++) {
        x[i][j] = Simulee.drawCategory(truth.get(j).probabilities(thetas[i]), random.nextDouble());
        if (random.nextDouble() < missing) {
          x[i][j] = ResponseMatrix.MISSING;
        }
      }
    }
    List<String> ids = new ArrayList<>();
    int[] max = new int[truth.size()];
    for (int j = 0; j < truth.size(); j++) {
      ids.add("R" + (j + 1));
      max[j] = truth.get(j).maxCategory();
    }
    return new ResponseMatrix(ids, max, x);
  }

  private static void report(String label, List<ItemModel> truth, List<CalibratedItem> fitted, int from, int to,
      PrintStream out) {
    if (from == to) {
      return;
    }
    double[] a = new double[4];
    double[] b = new double[5];
    int flagged = 0;
    for (int j = from; j < to; j++) {
      CalibratedItem item = fitted.get(j);
      double[] trueB = trueThresholds(truth.get(j));
      accumulate(a, item.a() - truth.get(j).discrimination(), item.seA());
      for (int k = 0; k < trueB.length; k++) {
        double error = item.b().get(k) - trueB[k];
        accumulate(b, error, item.seB().get(k));
        b[4] += Math.abs(error) <= 1.96 * item.seB().get(k) ? 1 : 0;
      }
      flagged += item.misfit() ? 1 : 0;
    }
    out.printf(Locale.ROOT, "| %s (%d) | %.4f | %+.4f | %.4f | %.4f | %+.4f | %.4f | %.1f %% | %d |%n", label, to - from,
        Math.sqrt(a[1] / a[0]), a[2] / a[0], a[3] / a[0], Math.sqrt(b[1] / b[0]), b[2] / b[0], b[3] / b[0],
        100 * b[4] / b[0], flagged);
  }

  /** count, Σ error², Σ error, Σ SE. */
  private static void accumulate(double[] sums, double error, double se) {
    sums[0]++;
    sums[1] += error * error;
    sums[2] += error;
    sums[3] += se;
  }

  private static double[] trueThresholds(ItemModel model) {
    if (model instanceof Dichotomous d) {
      return new double[] {d.b()};
    }
    return ((GradedResponse) model).thresholds();
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static int intArg(String[] args, String name, int fallback) {
    return Integer.parseInt(arg(args, name, String.valueOf(fallback)));
  }
}
