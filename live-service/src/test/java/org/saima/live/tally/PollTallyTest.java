package org.saima.live.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.poll.PollDefinition;
import org.saima.live.poll.PollDefinition.Category;
import org.saima.live.poll.PollDefinition.Option;

@DisplayName("Counting a poll's ballot groups with the rules of its kind")
class PollTallyTest {
  private static final List<Option> CANDIDATES = List.of(new Option(1, "赵文博"), new Option(2, "孙丽娟"), new Option(3, "钱建军"));
  private static final List<Category> CATEGORIES = List.of(
      new Category(10, "领导班子成员", new BigDecimal("0.4"), new BigDecimal("3"), 5),
      new Category(20, "中层干部", new BigDecimal("0.3"), BigDecimal.ONE, 20),
      new Category(30, "基层干部群众", new BigDecimal("0.3"), BigDecimal.ONE, 100));

  private static PollDefinition poll(String kind, int k, int entitled, String basis, String mode) {
    return new PollDefinition(kind, CANDIDATES, CATEGORIES, k, entitled, basis, 2, 3, mode, "evaluation");
  }

  private static BallotGroup marked(long category, int count, Long... candidates) {
    return new BallotGroup(category, new JsonObject().put("marked", new JsonArray(List.of(candidates))), count);
  }

  private static BallotGroup approval(long category, int count, String a, String b, String c) {
    return new BallotGroup(category, new JsonObject().put("approval", new JsonObject().put("1", a).put("2", b).put("3", c)), count);
  }

  private static JsonObject bar(JsonObject result, long id) {
    return result.getJsonArray("bars").stream().map(b -> (JsonObject) b).filter(b -> b.getLong("id") == id).findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("DESIGN.md's share-mode example: weights 0.4/0.3/0.3, valid ballots 5/20/100, 赵文博 gets 4/10/30 → 56.00")
  void shareExample() {
    List<BallotGroup> groups = List.of(marked(10, 4, 1L), marked(10, 1), marked(20, 10, 1L), marked(20, 10),
        marked(30, 30, 1L), marked(30, 70));
    JsonObject result = PollTally.count(poll("recommendation", 1, 125, "entitled", "share"), groups, 125);
    assertEquals("56.00", bar(result, 1).getString("value"));
    assertEquals("0.00", bar(result, 2).getString("value"));
    JsonObject first = result.getJsonArray("standings").getJsonObject(0);
    assertEquals(1, first.getLong("id"));
    assertTrue(first.getBoolean("recommended"));
    assertEquals("32.00", result.getJsonArray("categories").getJsonObject(0).getJsonObject("contribution").getString("1"),
        "100 × 0.4 × 4 / 5");
    assertEquals(125, result.getInteger("ballots"));
  }

  @Test
  @DisplayName("multiplier mode: a 领导班子 ballot counts 3 times: 3×4 + 10 + 30 = 52")
  void multiplier() {
    List<BallotGroup> groups = List.of(marked(10, 4, 1L), marked(20, 10, 1L), marked(30, 30, 1L), marked(30, 5, 2L));
    JsonObject result = PollTally.count(poll("recommendation", 1, 125, "entitled", "multiplier"), groups, 125);
    assertEquals("52.00", bar(result, 1).getString("value"));
    assertEquals("5.00", bar(result, 2).getString("value"));
    assertEquals("multiplier", result.getString("mode"));
  }

  @Test
  @DisplayName("choose up to 1: a ballot with two marks is counted, reported invalid and adds to nobody; a blank one is valid")
  void chooseInvalid() {
    List<BallotGroup> groups = List.of(marked(30, 6, 2L), marked(30, 2, 1L, 2L), marked(30, 1));
    JsonObject result = PollTally.count(poll("choose", 1, 125, "entitled", "share"), groups, 30);
    assertEquals(9, result.getInteger("cast"));
    assertEquals(7, result.getInteger("valid"));
    assertEquals(1, result.getInteger("blank"));
    assertEquals(2, result.getJsonObject("invalidByReason").getInteger("MORE_THAN_K_MARKS"));
    assertEquals(6, bar(result, 2).getInteger("value"));
    assertEquals(0, bar(result, 1).getInteger("value"));
  }

  @Test
  @DisplayName("approval on 30 entitled: 16 approvals pass, 15 do not; 20 ballots reach the quorum of 20")
  void approvalEntitled() {
    List<BallotGroup> groups = List.of(approval(30, 15, "approve", "approve", "oppose"),
        approval(30, 1, "approve", "oppose", "oppose"), approval(30, 4, "oppose", "oppose", "abstain"));
    JsonObject result = PollTally.count(poll("approval", 1, 30, "entitled", "share"), groups, 30);
    assertTrue(result.getBoolean("valid"));
    assertEquals(20, result.getInteger("quorumRequired"));
    assertEquals(16, result.getInteger("minimumApprovals"));
    assertEquals(new JsonArray().add(1L), result.getJsonArray("elected"));
    JsonObject second = result.getJsonArray("tallies").getJsonObject(1);
    assertEquals(15, second.getInteger("approve"));
    assertFalse(second.getBoolean("passes"));
    assertNull(result.getJsonObject("runoff"));
  }

  @Test
  @DisplayName("the same ballots on the cast basis: more than half of 20 cast is 11, so 孙丽娟's 15 pass too")
  void approvalCast() {
    List<BallotGroup> groups = List.of(approval(30, 15, "approve", "approve", "oppose"),
        approval(30, 1, "approve", "oppose", "oppose"), approval(30, 4, "oppose", "oppose", "abstain"));
    JsonObject result = PollTally.count(poll("approval", 1, 30, "cast", "share"), groups, 30);
    assertEquals(11, result.getInteger("minimumApprovals"));
    assertTrue(result.getJsonArray("tallies").getJsonObject(1).getBoolean("passes"));
    assertEquals(new JsonArray().add(1L), result.getJsonArray("elected"), "the top 1 among those passing");
  }

  @Test
  @DisplayName("19 ballots of 30 entitled miss the quorum of 20: the poll is invalid and nobody is elected")
  void quorumFails() {
    JsonObject result = PollTally.count(poll("approval", 1, 30, "entitled", "share"),
        List.of(approval(30, 19, "approve", "oppose", "oppose")), 30);
    assertFalse(result.getBoolean("valid"));
    assertTrue(result.getJsonArray("invalidReasons").getString(0).contains("below the quorum of 20"));
    assertEquals(0, result.getJsonArray("elected").size());
  }

  @Test
  @DisplayName("a tie at the last seat between two who pass gives a runoff among them for that seat")
  void tieGivesRunoff() {
    JsonObject result = PollTally.count(poll("approval", 1, 9, "entitled", "share"),
        List.of(approval(30, 6, "approve", "approve", "oppose"), approval(30, 2, "oppose", "oppose", "approve")), 9);
    assertEquals(0, result.getJsonArray("elected").size());
    assertEquals(new JsonArray().add(1L).add(2L), result.getJsonObject("runoff").getJsonArray("candidates"));
    assertEquals(1, result.getJsonObject("runoff").getInteger("seats"));
  }

  @Test
  @DisplayName("rating: shares per level overall and per category; the bar is the share rated 称职 or better")
  void rating() {
    List<BallotGroup> groups = new ArrayList<>();
    groups.add(new BallotGroup(10, new JsonObject().put("ratings", new JsonObject().put("1", "优秀")), 3));
    groups.add(new BallotGroup(30, new JsonObject().put("ratings", new JsonObject().put("1", "基本称职")), 1));
    groups.add(new BallotGroup(30, new JsonObject().put("ratings", new JsonObject()), 1));
    JsonObject result = PollTally.count(new PollDefinition("rating", CANDIDATES, CATEGORIES, 0, 125, "entitled", 2, 3,
        "share", "evaluation"), groups, 125);
    assertEquals("75.00", bar(result, 1).getString("value"));
    JsonObject zhao = result.getJsonArray("subjects").getJsonObject(0);
    assertEquals(4, zhao.getJsonObject("overall").getInteger("rated"));
    assertEquals(1, zhao.getJsonObject("overall").getInteger("unrated"));
    assertEquals("100.00", zhao.getJsonObject("byCategory").getJsonObject("10").getJsonObject("levels")
        .getJsonObject("优秀").getString("share"));
  }

  @Test
  @DisplayName("audience score: 10 scores, the highest and lowest dropped for the trimmed mean")
  void score() {
    List<BallotGroup> groups = List.of(new BallotGroup(30, new JsonObject().put("score", 90), 8),
        new BallotGroup(30, new JsonObject().put("score", 100), 1), new BallotGroup(30, new JsonObject().put("score", 0), 1));
    JsonObject result = PollTally.count(new PollDefinition("score", List.of(CANDIDATES.get(0)), CATEGORIES, 0, 125,
        "entitled", 2, 3, "share", "evaluation"), groups, 125);
    assertEquals("82.00", result.getString("mean"));
    assertEquals("90.00", result.getString("trimmedMean"));
    assertEquals(9, result.getJsonArray("bars").getJsonObject(9).getInteger("value"), "90–100 holds nine scores");
  }
}
