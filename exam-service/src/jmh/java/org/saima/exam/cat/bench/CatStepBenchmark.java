package org.saima.exam.cat.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.saima.exam.cat.estimate.Estimate;
import org.saima.exam.cat.math.SplitMix64;
import org.saima.exam.cat.model.Item;
import org.saima.exam.cat.model.ItemBank;
import org.saima.exam.cat.model.Unit;
import org.saima.exam.cat.select.ItemSelector;
import org.saima.exam.cat.select.RankedUnit;
import org.saima.exam.cat.session.AdaptiveTest;
import org.saima.exam.cat.session.CatSession;
import org.saima.exam.cat.session.DimensionProgress;
import org.saima.exam.cat.session.DimensionSpec;
import org.saima.exam.cat.session.Response;
import org.saima.exam.cat.session.StoppingRule;
import org.saima.exam.cat.session.TestDefinition;
import org.saima.exam.cat.sim.BankGenerator;

/**
 * One step of the adaptive test on a 1,000-item bank, measured mid-test (15 responses given):
 * the full step (θ update, stopping check, content balancing, selection and the session's
 * bookkeeping), its two main parts alone, and an empty baseline for the harness's own cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatStepBenchmark {
  @Param({"1", "6"})
  public int dimensions;

  private CatSession session;
  private Response response;
  private DimensionProgress progress;
  private Item answered;
  private List<Unit> candidates;
  private double theta;

  @Setup
  public void prepare() {
    List<String> codes = List.of("政治素质", "科学决策", "沟通协调", "应急处突", "改革创新", "依法行政")
        .subList(0, dimensions);
    ItemBank bank = BankGenerator.twoPl(1000, codes, 0.8, 2.0, 1.0, 1L);
    TestDefinition definition = TestDefinition.withDefaults(codes.stream().map(DimensionSpec::equal).toList())
        .withStopping(StoppingRule.fixedLength(30));
    AdaptiveTest test = new AdaptiveTest(definition, bank);
    SplitMix64 random = new SplitMix64(7L);
    CatSession s = test.start(2026L);
    for (int i = 0; i < 15; i++) {
      s = s.answer(Response.scored(s.pending().orElseThrow().item().id(), random.nextInt(2)));
    }
    session = s;
    answered = s.pending().orElseThrow().item();
    response = Response.scored(answered.id(), 1);
    progress = s.progress().get(answered.dimension());
    CatSession midTest = s;
    candidates = bank.unitsIn(answered.dimension()).stream()
        .filter(u -> !midTest.usedUnits().contains(u.id())).toList();
    theta = progress.estimate().theta();
  }

  @Benchmark
  public CatSession answerAndSelectNext() {
    return session.answer(response);
  }

  @Benchmark
  public Estimate thetaUpdate() {
    return progress.withResponse(answered.model(), 1).estimate();
  }

  @Benchmark
  public RankedUnit selectAmongRemaining() {
    return ItemSelector.draw(ItemSelector.top(candidates, theta, 5), 12345L);
  }

  @Benchmark
  public CatSession baseline() {
    return session;
  }
}
