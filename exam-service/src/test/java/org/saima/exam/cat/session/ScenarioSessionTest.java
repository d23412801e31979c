package org.saima.exam.cat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.saima.exam.cat.session.Fixtures.twoPl;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.estimate.NormalPrior;
import org.saima.exam.cat.model.ItemBank;

@DisplayName("A scenario inside a session")
class ScenarioSessionTest {
  // The scenario's GRM first turn (a = 2.5) is far more informative at 0 than the 2PL items.
  private static final ItemBank BANK = new ItemBank(1.0, List.of(
      twoPl("I1", "应急处突", 0.8, 0.0), Fixtures.scenario("S", "应急处突", 2.5), twoPl("I2", "应急处突", 0.9, 0.2)));

  private static CatSession start() {
    TestDefinition definition = new TestDefinition(List.of(DimensionSpec.equal("应急处突")),
        NormalPrior.STANDARD, StoppingRule.fixedLength(3), 1);
    return new AdaptiveTest(definition, BANK).start(5L);
  }

  @Test
  @DisplayName("is entered through its first turn and follows the option's branch")
  void followsBranch() {
    CatSession session = start();
    assertEquals("S-T1", session.pending().orElseThrow().item().id());
    session = session.answer(Response.chose("S-T1", "B"));
    Selection followUp = session.pending().orElseThrow().selection();
    assertEquals("S-T3", followUp.itemId());
    assertEquals("S", followUp.unitId());
    assertEquals(SelectionReason.SCENARIO_BRANCH, followUp.reason());
    assertEquals(0, followUp.rank());
    assertEquals(1, session.log().get(0).category());
    assertEquals("B", session.log().get(0).option());
    session = session.answer(Response.chose("S-T3", "A"));
    assertEquals(SelectionReason.CONTENT_BALANCE, session.pending().orElseThrow().selection().reason());
  }

  @Test
  @DisplayName("counts as one unit however many turns it takes")
  void oneUnit() {
    CatSession session = start()
        .answer(Response.chose("S-T1", "A")).answer(Response.chose("S-T2", "B"));
    // The scenario is done and the next unit already chosen: two units for three items so far.
    assertEquals(2, session.unitsSelected());
    session = session.answer(Response.scored(session.pending().orElseThrow().item().id(), 1));
    session = session.answer(Response.scored(session.pending().orElseThrow().item().id(), 0));
    assertEquals(StopReason.MAX_LENGTH_REACHED, session.stopReason().orElseThrow());
    assertEquals(4, session.log().size());
    assertEquals(3, session.unitsSelected());
  }

  @Test
  @DisplayName("ends at an option that names no next turn")
  void endsEarly() {
    CatSession session = start().answer(Response.chose("S-T1", "C"));
    assertEquals(SelectionReason.CONTENT_BALANCE, session.pending().orElseThrow().selection().reason());
    assertEquals(0, session.log().get(0).category());
  }

  @Test
  @DisplayName("needs an option, not a bare category, and only one of the turn's own options")
  void needsOption() {
    CatSession session = start();
    assertThrows(IllegalArgumentException.class, () -> session.answer(Response.scored("S-T1", 2)));
    assertThrows(IllegalArgumentException.class, () -> session.answer(Response.chose("S-T1", "Z")));
  }
}
