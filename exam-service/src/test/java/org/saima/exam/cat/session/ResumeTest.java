package org.saima.exam.cat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.estimate.NormalPrior;
import org.saima.exam.cat.model.ItemBank;
import org.saima.exam.cat.model.Unit;

@DisplayName("Resuming a session")
class ResumeTest {
  private static AdaptiveTest test() {
    List<Unit> units = new ArrayList<>();
    for (String d : List.of("政治素质", "科学决策", "应急处突")) {
      units.addAll(Fixtures.spread(d, 25));
      units.add(Fixtures.scenario(d + "-S1", d, 1.6));
      units.add(Fixtures.scenario(d + "-S2", d, 2.2));
    }
    TestDefinition definition = new TestDefinition(
        List.of(new DimensionSpec("政治素质", 2, 1), new DimensionSpec("科学决策", 1, 2), new DimensionSpec("应急处突", 1, 1)),
        NormalPrior.STANDARD, StoppingRule.targetSe(0.35, 10, 30), 5);
    return new AdaptiveTest(definition, new ItemBank(1.0, units));
  }

  @Test
  @DisplayName("after a crash at any response gives the same next item, estimates and log as never stopping")
  void resumeEqualsUninterrupted() {
    AdaptiveTest test = test();
    for (long seed = 1; seed <= 5; seed++) {
      Fixtures.Candidate candidate = new Fixtures.Candidate(-0.5 + 0.3 * seed, 100 + seed);
      CatSession session = test.start(seed);
      while (true) {
        AdaptiveTest restarted = test();
        CatSession resumed = restarted.resume(session.state());
        assertEquals(session.next(), resumed.next());
        assertEquals(session.estimates(), resumed.estimates());
        assertEquals(session.log(), resumed.log());
        assertEquals(session.usedUnits(), resumed.usedUnits());
        if (session.finished()) {
          break;
        }
        session = session.answer(candidate.answer(session.pending().orElseThrow().item()));
      }
    }
  }

  @Test
  @DisplayName("keeps only the seed and the responses as its state")
  void stateIsPlain() {
    AdaptiveTest test = test();
    CatSession session = Fixtures.run(test.start(42L), new Fixtures.Candidate(0.0, 1L), 6);
    SessionState state = session.state();
    assertEquals(42L, state.seed());
    assertEquals(6, state.responses().size());
    assertEquals(state, test.resume(state).state());
  }
}
