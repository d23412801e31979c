package org.saima.exam.cat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An item bank")
class ItemBankTest {
  private static Item item(String id, String dimension) {
    return Item.scored(id, dimension, Dichotomous.twoPl(1.0, 0.0, 1.0));
  }

  @Test
  @DisplayName("groups units by dimension in bank order and finds items inside scenarios")
  void lookups() {
    Scenario scenario = new Scenario("S1", "应急处突", "T1",
        List.of(ScenarioValidatorTest.turn("T1", ResponseOption.ending("A", 1))));
    ItemBank bank = new ItemBank(1.0, List.of(item("I1", "科学决策"), scenario, item("I2", "科学决策")));
    assertEquals(List.of("科学决策", "应急处突"), bank.dimensions());
    assertEquals(List.of("I1", "I2"), bank.unitsIn("科学决策").stream().map(Unit::id).toList());
    assertEquals("S1", bank.unitOf("T1").orElseThrow().id());
    assertEquals("T1", bank.item("T1").orElseThrow().id());
    assertTrue(bank.unitsIn("依法行政").isEmpty());
  }

  @Test
  @DisplayName("refuses duplicate ids, a second scaling constant, bad categories and branches outside scenarios")
  void refusesInvalid() {
    Item graded = Item.withOptions("I3", "D", new GradedResponse(1.0, new double[] {0.0}, 1.0),
        List.of(ResponseOption.ending("A", 2), ResponseOption.leadingTo("B", 1, "I1"), ResponseOption.ending("B", 0)));
    Item otherScale = Item.scored("I4", "D", Dichotomous.twoPl(1.0, 0.0, 1.702));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ItemBank(1.0, List.of(item("I1", "D"), item("I1", "D"), graded, otherScale)));
    String message = e.getMessage();
    assertTrue(message.contains("item id I1 is used more than once in the bank"), message);
    assertTrue(message.contains("item I3, option A scores category 2 outside 0..1"), message);
    assertTrue(message.contains("item I3 is not in a scenario but option B leads to I1"), message);
    assertTrue(message.contains("item I3 has two options with key B"), message);
    assertTrue(message.contains("item I4 uses D = 1.702 but the bank uses D = 1.0"), message);
  }

  @Test
  @DisplayName("refuses a scenario whose branching map is unsound, with the validator's message")
  void refusesBadScenario() {
    Scenario bad = new Scenario("S", "应急处突", "T1", List.of(
        ScenarioValidatorTest.turn("T1", ResponseOption.leadingTo("A", 1, "T2"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ItemBank(1.0, List.of(bad)));
    assertTrue(e.getMessage().contains("option A leads to turn T2, which is not in the scenario"), e.getMessage());
  }
}
