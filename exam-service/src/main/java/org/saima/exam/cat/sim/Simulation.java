package org.saima.exam.cat.sim;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saima.exam.cat.math.SplitMix64;
import org.saima.exam.cat.model.Unit;
import org.saima.exam.cat.session.AdaptiveTest;
import org.saima.exam.cat.session.CatSession;
import org.saima.exam.cat.session.DimensionSpec;
import org.saima.exam.cat.session.StopReason;

/**
 * Runs simulees through an adaptive test. Simulee i draws everything from SplitMix64 seeded with
 * output i of the run's seed: its true θ per dimension (N(0,1), in the test's order), then the
 * session seed, then its responses; so each simulee is reproducible on its own.
 */
public final class Simulation {
  private Simulation() {
  }

  public static SimulationSummary run(AdaptiveTest test, int simulees, long seed) {
    List<String> dimensions = test.definition().dimensions().stream().map(DimensionSpec::code).toList();
    Map<String, Accuracy.Accumulator> accuracy = new LinkedHashMap<>();
    dimensions.forEach(d -> accuracy.put(d, new Accuracy.Accumulator()));
    Map<String, Integer> exposures = new HashMap<>();
    Map<StopReason, Integer> stops = new EnumMap<>(StopReason.class);
    long units = 0;
    long items = 0;
    for (int i = 0; i < simulees; i++) {
      SplitMix64 random = new SplitMix64(SplitMix64.output(seed, i));
      Map<String, Double> truth = new LinkedHashMap<>();
      dimensions.forEach(d -> truth.put(d, random.nextGaussian()));
      CatSession session = administer(test, new Simulee(truth, random), random.nextLong());
      session.estimates().forEach((d, e) -> accuracy.get(d).add(truth.get(d), e.theta(), e.se()));
      session.usedUnits().forEach(u -> exposures.merge(u, 1, Integer::sum));
      stops.merge(session.stopReason().orElseThrow(), 1, Integer::sum);
      units += session.unitsSelected();
      items += session.log().size();
    }
    Map<String, Accuracy> results = new LinkedHashMap<>();
    accuracy.forEach((d, a) -> results.put(d, a.result()));
    return new SimulationSummary(simulees, results, maxExposure(test, dimensions, exposures, simulees),
        (double) units / simulees, (double) items / simulees, stops);
  }

  private static CatSession administer(AdaptiveTest test, Simulee simulee, long sessionSeed) {
    CatSession session = test.start(sessionSeed);
    while (!session.finished()) {
      session = session.answer(simulee.answer(session.pending().orElseThrow().item()));
    }
    return session;
  }

  private static Map<String, Double> maxExposure(AdaptiveTest test, List<String> dimensions,
      Map<String, Integer> exposures, int simulees) {
    Map<String, Double> max = new LinkedHashMap<>();
    for (String d : dimensions) {
      int most = 0;
      for (Unit unit : test.bank().unitsIn(d)) {
        most = Math.max(most, exposures.getOrDefault(unit.id(), 0));
      }
      max.put(d, (double) most / simulees);
    }
    return max;
  }
}
