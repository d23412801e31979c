package org.saima.exam.cat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saima.exam.cat.session.Fixtures.twoPl;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.estimate.NormalPrior;
import org.saima.exam.cat.model.ItemBank;
import org.saima.exam.cat.model.Unit;

@DisplayName("The stopping rules")
class StoppingTest {
  /** Items with a = 3 near θ: about 2.25 information each, so SE 0.30 comes after a handful. */
  private static List<Unit> sharp(String dimension, int n) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      units.add(twoPl(dimension + i, dimension, 3.0, -1.5 + 3.0 * i / (n - 1)));
    }
    return units;
  }

  private static TestDefinition definition(StoppingRule rule, String... dimensions) {
    return new TestDefinition(List.of(dimensions).stream().map(DimensionSpec::equal).toList(),
        NormalPrior.STANDARD, rule, 1);
  }

  @Test
  @DisplayName("stop at the maximum length, counting a fixed-length test exactly")
  void maximumLength() {
    AdaptiveTest test = new AdaptiveTest(definition(StoppingRule.fixedLength(7), "A"), new ItemBank(1.0, sharp("A", 20)));
    CatSession session = Fixtures.run(test.start(1L), new Fixtures.Candidate(0.0, 1L), 100);
    assertEquals(StopReason.MAX_LENGTH_REACHED, session.stopReason().orElseThrow());
    assertEquals(7, session.log().size());
  }

  @Test
  @DisplayName("stop when every dimension reaches the target SE, not before the minimum length")
  void targetSe() {
    AdaptiveTest test = new AdaptiveTest(definition(StoppingRule.targetSe(0.30, 3, 30), "A", "B"),
        new ItemBank(1.0, concat(sharp("A", 30), sharp("B", 30))));
    CatSession session = Fixtures.run(test.start(1L), new Fixtures.Candidate(0.2, 1L), 100);
    assertEquals(StopReason.TARGET_SE_REACHED, session.stopReason().orElseThrow());
    assertTrue(session.log().size() < 30);
    session.estimates().values().forEach(e -> assertTrue(e.se() <= 0.30, "SE " + e.se()));
    // It stopped at the first moment the rule held: one response earlier some SE was above target.
    CatSession before = new AdaptiveTest(test.definition(), test.bank()).resume(
        new SessionState(1L, session.responses().subList(0, session.responses().size() - 1)));
    assertTrue(before.estimates().values().stream().anyMatch(e -> e.se() > 0.30));
  }

  @Test
  @DisplayName("keep giving items to reach the minimum length after the SE target, saying why")
  void minimumLength() {
    AdaptiveTest test = new AdaptiveTest(definition(StoppingRule.targetSe(0.30, 12, 30), "A"),
        new ItemBank(1.0, sharp("A", 30)));
    CatSession session = Fixtures.run(test.start(1L), new Fixtures.Candidate(0.0, 4L), 100);
    assertEquals(StopReason.TARGET_SE_REACHED, session.stopReason().orElseThrow());
    assertEquals(12, session.log().size());
    assertEquals(SelectionReason.MINIMUM_LENGTH, session.log().get(11).selection().reason());
    assertEquals(SelectionReason.CONTENT_BALANCE, session.log().get(0).selection().reason());
  }

  @Test
  @DisplayName("stop when the bank runs out")
  void bankExhausted() {
    AdaptiveTest test = new AdaptiveTest(definition(StoppingRule.fixedLength(10), "A"), new ItemBank(1.0, sharp("A", 4)));
    CatSession session = Fixtures.run(test.start(1L), new Fixtures.Candidate(0.0, 1L), 100);
    assertEquals(StopReason.BANK_EXHAUSTED, session.stopReason().orElseThrow());
    assertEquals(4, session.log().size());
  }

  @Test
  @DisplayName("stop as exhausted when the only dimension short of its target has no items left")
  void exhaustedForTheDimensionThatNeedsItems() {
    List<Unit> units = concat(sharp("A", 30), List.of(twoPl("B0", "B", 0.5, 0.0)));
    AdaptiveTest test = new AdaptiveTest(definition(StoppingRule.targetSe(0.30, 2, 30), "A", "B"),
        new ItemBank(1.0, units));
    CatSession session = Fixtures.run(test.start(1L), new Fixtures.Candidate(0.0, 1L), 100);
    assertEquals(StopReason.BANK_EXHAUSTED, session.stopReason().orElseThrow());
    assertTrue(session.estimates().get("A").se() <= 0.30);
    assertTrue(session.estimates().get("B").se() > 0.30);
  }

  private static List<Unit> concat(List<Unit> a, List<Unit> b) {
    List<Unit> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
