package org.saima.exam.cat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.saima.exam.cat.session.Fixtures.twoPl;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.estimate.Eap;
import org.saima.exam.cat.estimate.Estimate;
import org.saima.exam.cat.estimate.Likelihood;
import org.saima.exam.cat.estimate.NormalPrior;
import org.saima.exam.cat.estimate.QuadratureGrid;
import org.saima.exam.cat.model.Dichotomous;
import org.saima.exam.cat.model.ItemBank;
import org.saima.exam.cat.model.Unit;

@DisplayName("An adaptive test session choosing items")
class SessionSelectionTest {
  private static final ItemBank THREE = new ItemBank(1.0, List.of(
      twoPl("low", "D", 1.5, -1.0), twoPl("mid", "D", 1.5, 0.0), twoPl("high", "D", 1.5, 1.0)));

  private static TestDefinition oneDimension(int topN) {
    return TestDefinition.withDefaults(List.of(DimensionSpec.equal("D"))).withExposureTopN(topN);
  }

  @Test
  @DisplayName("starts at the prior mean with the prior SD and gives the item most informative there")
  void startsAtPriorMean() {
    Selection first = new AdaptiveTest(oneDimension(1), THREE).start(1L).pending().orElseThrow().selection();
    assertEquals("mid", first.itemId());
    assertEquals(0.0, first.thetaBefore());
    assertEquals(1.0, first.seBefore());
    assertEquals(1.5 * 1.5 * 0.25, first.information(), 1e-15);
    assertEquals(1, first.rank());
    assertEquals(1, first.poolSize());
    assertEquals(1, first.sequence());
    assertEquals(SelectionReason.CONTENT_BALANCE, first.reason());

    TestDefinition shifted = oneDimension(1).withPrior(new NormalPrior(0.8, 1.0));
    Selection fromShifted = new AdaptiveTest(shifted, THREE).start(1L).pending().orElseThrow().selection();
    assertEquals("high", fromShifted.itemId());
    assertEquals(0.8, fromShifted.thetaBefore());
  }

  @Test
  @DisplayName("logs θ̂ and SE before and after every response, the after being the EAP of the responses so far")
  void logsBeforeAndAfter() {
    AdaptiveTest test = new AdaptiveTest(oneDimension(1), THREE);
    CatSession session = test.start(1L).answer(Response.scored("mid", 1));
    LoggedSelection entry = session.log().get(0);
    QuadratureGrid grid = QuadratureGrid.standard(NormalPrior.STANDARD);
    Estimate expected = Eap.estimate(Likelihood.none(grid).plus(Dichotomous.twoPl(1.5, 0.0, 1.0), 1));
    assertEquals(expected.theta(), entry.thetaAfter(), 1e-15);
    assertEquals(expected.se(), entry.seAfter(), 1e-15);
    assertEquals(1, entry.category());

    Selection second = session.pending().orElseThrow().selection();
    assertEquals("high", second.itemId());
    assertEquals(entry.thetaAfter(), second.thetaBefore());
    assertEquals(entry.seAfter(), second.seBefore());
    assertEquals(Dichotomous.twoPl(1.5, 1.0, 1.0).information(entry.thetaAfter()), second.information(), 1e-15);
    assertEquals(2, second.sequence());
  }

  @Test
  @DisplayName("balances content 2:1 as A, B, A, A, B, A")
  void contentBalancingOrder() {
    List<Unit> units = new ArrayList<>(Fixtures.spread("A", 10));
    units.addAll(Fixtures.spread("B", 10));
    TestDefinition definition = new TestDefinition(
        List.of(new DimensionSpec("A", 2, 1), new DimensionSpec("B", 1, 1)),
        NormalPrior.STANDARD, StoppingRule.fixedLength(6), 1);
    CatSession session = Fixtures.run(new AdaptiveTest(definition, new ItemBank(1.0, units)).start(3L),
        new Fixtures.Candidate(0.3, 9L), 100);
    assertEquals("ABAABA", String.join("", session.log().stream().map(e -> e.selection().dimension()).toList()));
  }

  @Test
  @DisplayName("gives the same items for the same seed and responses, and other items for other seeds")
  void deterministicUnderSeed() {
    List<Unit> units = new ArrayList<>(Fixtures.spread("D", 40));
    TestDefinition definition = oneDimension(5).withStopping(StoppingRule.fixedLength(15));
    AdaptiveTest test = new AdaptiveTest(definition, new ItemBank(1.0, units));
    List<String> first = items(Fixtures.run(test.start(11L), new Fixtures.Candidate(0.5, 2L), 100));
    List<String> again = items(Fixtures.run(test.start(11L), new Fixtures.Candidate(0.5, 2L), 100));
    List<String> otherSeed = items(Fixtures.run(test.start(12L), new Fixtures.Candidate(0.5, 2L), 100));
    assertEquals(first, again);
    assertEquals(15, first.size());
    assertNotEquals(first, otherSeed);
  }

  @Test
  @DisplayName("refuses a response to another item, a category out of range, and answers after the end")
  void refusesWrongResponses() {
    AdaptiveTest test = new AdaptiveTest(oneDimension(1).withStopping(StoppingRule.fixedLength(1)), THREE);
    CatSession session = test.start(1L);
    assertThrows(IllegalArgumentException.class, () -> session.answer(Response.scored("low", 1)));
    assertThrows(IllegalArgumentException.class, () -> session.answer(Response.scored("mid", 2)));
    assertThrows(IllegalArgumentException.class, () -> session.answer(Response.chose("mid", "A")));
    CatSession over = session.answer(Response.scored("mid", 0));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> over.answer(Response.scored("high", 0)));
    assertEquals("the test is over: MAX_LENGTH_REACHED", e.getMessage());
  }

  private static List<String> items(CatSession session) {
    return session.log().stream().map(e -> e.selection().itemId()).toList();
  }
}
