package org.saima.exam.cat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.exam.cat.estimate.NormalPrior;

@DisplayName("A test definition")
class DefinitionTest {
  @Test
  @DisplayName("defaults to an N(0,1) prior, SE 0.30 after 10 units, at most 30, randomesque n = 5")
  void defaults() {
    TestDefinition d = TestDefinition.withDefaults(List.of(DimensionSpec.equal("政治素质")));
    assertEquals(NormalPrior.STANDARD, d.prior());
    assertEquals(new StoppingRule(OptionalDouble.of(0.30), 10, 30), d.stopping());
    assertEquals(5, d.exposureTopN());
  }

  @Test
  @DisplayName("normalises target shares: 2, 1, 1 become 0.5, 0.25, 0.25")
  void shares() {
    TestDefinition d = TestDefinition.withDefaults(List.of(
        new DimensionSpec("A", 2, 1), new DimensionSpec("B", 1, 1), new DimensionSpec("C", 1, 1)));
    assertEquals(0.5, d.normalisedShare(0));
    assertEquals(0.25, d.normalisedShare(2));
  }

  @Test
  @DisplayName("says a fixed-length rule never reaches an SE target")
  void fixedLength() {
    StoppingRule rule = StoppingRule.fixedLength(30);
    assertFalse(rule.reached(0.0001));
    assertEquals(30, rule.minItems());
    assertTrue(StoppingRule.standard().reached(0.30));
    assertFalse(StoppingRule.standard().reached(0.3000001));
  }

  @Test
  @DisplayName("refuses no dimensions, repeated dimensions, all-zero shares, n < 1 and min above max")
  void refusesInvalid() {
    assertThrows(IllegalArgumentException.class, () -> TestDefinition.withDefaults(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> TestDefinition.withDefaults(List.of(DimensionSpec.equal("A"), DimensionSpec.equal("A"))));
    assertThrows(IllegalArgumentException.class,
        () -> TestDefinition.withDefaults(List.of(new DimensionSpec("A", 0, 1))));
    assertThrows(IllegalArgumentException.class,
        () -> TestDefinition.withDefaults(List.of(DimensionSpec.equal("A"))).withExposureTopN(0));
    assertThrows(IllegalArgumentException.class, () -> StoppingRule.targetSe(0.3, 31, 30));
    assertThrows(IllegalArgumentException.class, () -> StoppingRule.targetSe(0.0, 10, 30));
  }

  @Test
  @DisplayName("takes a response as either a category or an option key, never both or neither")
  void responses() {
    assertTrue(Response.chose("T1", "A").byOption());
    assertFalse(Response.scored("I1", 0).byOption());
    assertThrows(IllegalArgumentException.class, () -> new Response("I1", 1, "A"));
    assertThrows(IllegalArgumentException.class, () -> new Response("I1", Response.BY_OPTION, null));
    assertThrows(IllegalArgumentException.class, () -> Response.scored("I1", -2));
  }
}
