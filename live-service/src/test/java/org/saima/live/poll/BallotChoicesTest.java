package org.saima.live.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A ballot's choices checked against its poll")
class BallotChoicesTest {
  private static PollDefinition poll(String kind) {
    return new PollDefinition(kind, List.of(new PollDefinition.Option(1, "赵文博"), new PollDefinition.Option(2, "孙丽娟")),
        List.of(new PollDefinition.Category(10, "中层干部", BigDecimal.ONE, BigDecimal.ONE, 20)), 1, 20, "entitled", 2, 3,
        "share", "evaluation");
  }

  @Test
  @DisplayName("equal ballots come out equal: marks sorted, choices keyed by candidate in order")
  void canonical() {
    assertEquals(new JsonObject().put("marked", new JsonArray().add(1L).add(2L)),
        BallotChoices.canonical(poll("choose"), new JsonObject().put("marked", new JsonArray().add(2).add(1))));
    assertEquals("{\"approval\":{\"1\":\"oppose\",\"2\":\"approve\"}}", BallotChoices.canonical(poll("approval"),
        new JsonObject().put("approval", new JsonObject().put("2", "approve").put("1", "oppose"))).encode());
  }

  @Test
  @DisplayName("what cannot be a ballot of this poll is refused with the reason")
  void refused() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BallotChoices.canonical(poll("choose"),
        new JsonObject().put("marked", new JsonArray().add(7)))).getMessage().contains("not a candidate"));
    assertThrows(IllegalArgumentException.class, () -> BallotChoices.canonical(poll("choose"),
        new JsonObject().put("marked", new JsonArray().add(1).add(1))));
    assertThrows(IllegalArgumentException.class, () -> BallotChoices.canonical(poll("approval"),
        new JsonObject().put("approval", new JsonObject().put("1", "maybe"))));
    assertThrows(IllegalArgumentException.class, () -> BallotChoices.canonical(poll("rating"),
        new JsonObject().put("ratings", new JsonObject().put("1", "满意"))), "满意 is not on the 民主测评 scale");
    assertThrows(IllegalArgumentException.class, () -> BallotChoices.canonical(poll("score"), new JsonObject().put("score", 101)));
  }

  @Test
  @DisplayName("more marks than K is a real ballot: kept, to be counted invalid")
  void overMarkedKept() {
    assertEquals(2, BallotChoices.canonical(poll("choose"), new JsonObject().put("marked", new JsonArray().add(1).add(2)))
        .getJsonArray("marked").size());
  }
}
