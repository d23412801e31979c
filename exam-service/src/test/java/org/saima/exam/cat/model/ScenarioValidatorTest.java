package org.saima.exam.cat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The scenario branching validator")
class ScenarioValidatorTest {
  private static final String DIM = "应急处突";

  static Item turn(String id, ResponseOption... options) {
    return Item.withOptions(id, DIM, new GradedResponse(1.2, new double[] {-0.5, 0.5}, 1.0), List.of(options));
  }

  static ResponseOption to(String key, int category, String next) {
    return ResponseOption.leadingTo(key, category, next);
  }

  static ResponseOption end(String key, int category) {
    return ResponseOption.ending(key, category);
  }

  @Test
  @DisplayName("accepts a tree of turns that all end")
  void acceptsTree() {
    Scenario s = new Scenario("S", DIM, "T1", List.of(
        turn("T1", to("A", 2, "T2"), to("B", 0, "T3")),
        turn("T2", end("A", 2), end("B", 1)),
        turn("T3", to("A", 1, "T2"), end("B", 0))));
    assertEquals(List.of(), ScenarioValidator.problems(s));
  }

  @Test
  @DisplayName("names the option that leads to a turn the scenario does not have")
  void dangling() {
    Scenario s = new Scenario("S", DIM, "T1", List.of(turn("T1", to("A", 2, "T9"), end("B", 0))));
    assertEquals(List.of("scenario S, turn T1, option A leads to turn T9, which is not in the scenario"),
        ScenarioValidator.problems(s));
  }

  @Test
  @DisplayName("spells out a cycle through the turns")
  void cycle() {
    Scenario s = new Scenario("S", DIM, "T1", List.of(
        turn("T1", to("A", 2, "T2"), end("B", 0)),
        turn("T2", to("A", 1, "T3"), end("B", 0)),
        turn("T3", to("A", 1, "T2"), end("B", 0))));
    assertEquals(List.of("scenario S branches in a cycle: T2 → T3 → T2"), ScenarioValidator.problems(s));
  }

  @Test
  @DisplayName("treats a turn that leads to itself as a cycle")
  void selfLoop() {
    Scenario s = new Scenario("S", DIM, "T1", List.of(turn("T1", to("A", 2, "T1"), end("B", 0))));
    assertEquals(List.of("scenario S branches in a cycle: T1 → T1"), ScenarioValidator.problems(s));
  }

  @Test
  @DisplayName("reports a first turn that does not exist and turns that cannot be reached")
  void startAndReach() {
    Scenario missingStart = new Scenario("S", DIM, "T0", List.of(turn("T1", end("A", 1))));
    assertEquals(List.of("scenario S starts at turn T0, which is not one of its turns"),
        ScenarioValidator.problems(missingStart));
    Scenario orphan = new Scenario("S", DIM, "T1", List.of(turn("T1", end("A", 1)), turn("T2", end("A", 1))));
    assertEquals(List.of("scenario S: turn T2 cannot be reached from first turn T1"),
        ScenarioValidator.problems(orphan));
  }

  @Test
  @DisplayName("requires options on every turn, one dimension and unique turn ids")
  void turnsThemselves() {
    Item noOptions = Item.scored("T2", DIM, new GradedResponse(1.0, new double[] {0.0}, 1.0));
    Item otherDimension = Item.withOptions("T3", "沟通协调", Dichotomous.twoPl(1, 0, 1), List.of(end("A", 1)));
    Scenario s = new Scenario("S", DIM, "T1", List.of(
        turn("T1", to("A", 1, "T2"), to("B", 1, "T3")), noOptions, otherDimension, turn("T1", end("A", 0))));
    List<String> problems = ScenarioValidator.problems(s);
    assertTrue(problems.contains("scenario S has two turns with id T1"), problems.toString());
    assertTrue(problems.contains("scenario S, turn T2 has no response options to branch on"), problems.toString());
    assertTrue(problems.contains("scenario S, turn T3 measures 沟通协调 but the scenario measures 应急处突"),
        problems.toString());
  }

  @Test
  @DisplayName("reports a scenario without turns")
  void empty() {
    assertEquals(List.of("scenario S has no turns"), ScenarioValidator.problems(new Scenario("S", DIM, "T1", List.of())));
  }
}
