package org.saima.scoring.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.scoring.testing.Http;
import org.saima.scoring.testing.Publisher;
import org.saima.scoring.testing.ScoringNodes;
import org.saima.scoring.testing.Setup;
import org.saima.shared.testing.Eventually;

@DisplayName("Stage results published by other services while scoring was down")
class OutboxResultsTest {
  private static final ScoringNodes scoring = new ScoringNodes();

  @AfterAll
  static void stop() {
    scoring.close();
  }

  private static Map<String, String> byName(JsonObject results, String field) {
    return results.getJsonArray("results").stream().map(JsonObject.class::cast)
        .filter(r -> r.getValue(field) != null)
        .collect(Collectors.toMap(r -> r.getString("name"), r -> String.valueOf(r.getValue(field))));
  }

  @Test
  @DisplayName("exam results and a certified poll written to the outbox while the node was stopped arrive when it starts;"
      + " an assessment published before its stage existed is taken when the stage is defined; bad facts are skipped")
  void catchUpAfterDowntime() throws InterruptedException {
    scoring.start();
    Setup setup = new Setup(Http.to(scoring.port()).login("admin", "test-organizer-2026"));
    long campaign = setup.campaign("2026年椒山县公开选拔乡镇党政正职");
    long position = setup.position(campaign, "XZ02", "江湾镇党委书记", 1);
    long chen = setup.candidate(campaign, position, "陈志远", "19830514", "椒山县发展和改革局");
    long lin = setup.candidate(campaign, position, "林晓燕", "19860922", "椒山县统计局");
    long huang = setup.candidate(campaign, position, "黄建明", "19810307", "椒山县人民政府办公室");
    long exam = setup.stage(campaign, 1, "LZ", "任前廉政考试", "exam", 0.2);
    long poll = setup.stage(campaign, 3, "TJ", "民主推荐", "poll", 0.4);
    scoring.stopNode();

    long lastFact;
    try (Publisher examService = new Publisher(scoring.db(), "exam"); Publisher liveService = new Publisher(scoring.db(), "live")) {
      examService.examResult(campaign, "lz-2026", chen, 88, 100);
      examService.examResult(campaign, "lz-2026", lin, 130.5, 150);
      examService.examResult(campaign, "lz-2026", huang, 57, 100);
      examService.publish("exam.result-published", campaign, new JsonObject().put("campaignId", campaign)
          .put("examId", "lz-2026").put("candidateId", chen)); // no score: skipped
      examService.examResult(campaign, "lz-2026", 999_999, 90, 100); // not a candidate of the campaign
      examService.assessment(campaign, "rj-2026", chen, 76.4);
      examService.assessment(campaign, "rj-2026", lin, 81.25);
      lastFact = liveService.pollCertified(campaign, "tj-2026", new long[][] {{chen, 62}, {lin, 71}, {huang, 45}});
    }
    assertEquals(0, scoring.db().queryLong("SELECT count(*) FROM scoring.stage_results"), "nobody consumed them yet");

    scoring.start();
    Http admin = Http.to(scoring.port()).login("admin", "test-organizer-2026");
    String stages = "/api/campaigns/" + campaign + "/stages/";
    Eventually.holds("the poll results arrive", () -> scoring.db().queryLong(
        "SELECT count(*) FROM scoring.stage_results WHERE stage_id = " + poll) == 3);

    JsonObject examResults = Setup.expect(200, admin.get(stages + exam + "/results"));
    assertEquals(Map.of("陈志远", "88.00", "林晓燕", "87.00", "黄建明", "57.00"), byName(examResults, "normalized"));
    assertEquals(Map.of("陈志远", "fact", "林晓燕", "fact", "黄建明", "fact"), byName(examResults, "source"));
    assertEquals(Map.of("陈志远", "62.00", "林晓燕", "71.00", "黄建明", "45.00"),
        byName(Setup.expect(200, admin.get(stages + poll + "/results")), "normalized"));

    JsonObject assessment = Setup.expect(201, admin.post("/api/campaigns/" + campaign + "/stages", new JsonObject()
        .put("seq", 2).put("code", "RJ").put("name", "人机对话能力测评").put("source", "assessment")
        .put("sourceRef", "rj-2026").put("weight", 0.4)));
    JsonObject taken = Setup.expect(200, admin.get(stages + assessment.getLong("id") + "/results"));
    assertEquals(Map.of("陈志远", "76.40", "林晓燕", "81.25"), byName(taken, "normalized"));
    assertNull(taken.getJsonArray("results").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("name").equals("黄建明")).findFirst().orElseThrow().getValue("points"));

    assertEquals(lastFact, scoring.db().queryLong("SELECT last_id FROM core.outbox_offsets WHERE consumer = 'scoring'"));
    assertEquals(6, scoring.db().queryLong("SELECT count(*) FROM core.audit WHERE action = 'stage.result-received'"
        + " AND actor = 'system:outbox'"), "3 exam results and 3 poll results applied to stages");
  }
}
