package org.saima.scoring.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.scoring.testing.Http;
import org.saima.scoring.testing.ScoringNodes;
import org.saima.scoring.testing.Setup;

@DisplayName("Examiners score on a panel, the chief confirms")
class SheetApiTest {
  private static final ScoringNodes scoring = new ScoringNodes();
  private static Setup setup;
  private static long campaign;
  private static long chen;
  private static long lin;
  private static long huang;
  private static long wu;
  private static List<Long> examiners;
  private static String panel;
  private static String otherPanel;

  @BeforeAll
  static void start() {
    scoring.start();
    setup = new Setup(Http.to(scoring.port()).login("admin", "test-organizer-2026"));
    campaign = setup.campaign("2026年临江市公开选拔县级领导干部");
    long position = setup.position(campaign, "XZ01", "市发展和改革委员会副主任", 1);
    chen = setup.candidate(campaign, position, "陈志远", "19830514", "临江市发展和改革委员会");
    lin = setup.candidate(campaign, position, "林晓燕", "19860922", "临江市统计局");
    huang = setup.candidate(campaign, position, "黄建明", "19810307", "椒山县人民政府办公室");
    wu = setup.candidate(campaign, position, "吴海峰", "19840118", "临江市商务局");
    long stage = setup.stage(campaign, 1, "MS", "竞职演讲与答辩", "panel", 1.0);
    examiners = setup.examiners(campaign, "kaoguan", "周建华", "李秀英", "王志刚", "张丽萍", "刘国栋", "陈明");
    long first = setup.panel(campaign, stage, "第一考官组", examiners.subList(0, 5)).getLong("id");
    long second = setup.panel(campaign, stage, "第二考官组", examiners.subList(5, 6)).getLong("id");
    setup.panelCandidates(campaign, first, List.of(chen, lin, huang));
    setup.panelCandidates(campaign, second, List.of(wu));
    panel = "/api/campaigns/" + campaign + "/panels/" + first;
    otherPanel = "/api/campaigns/" + campaign + "/panels/" + second;
  }

  @AfterAll
  static void stop() {
    scoring.close();
  }

  private static Http examiner(int seat) {
    return Http.to(scoring.port()).login("kaoguan" + seat, Setup.PASSWORD);
  }

  private static JsonObject sheet(String submissionId, long candidate, JsonObject scores) {
    return new JsonObject().put("submissionId", submissionId).put("candidateId", candidate).put("scores", scores);
  }

  private static Http.Reply submit(Http who, long candidate, JsonObject scores) {
    return who.post(panel + "/sheets", sheet(UUID.randomUUID().toString(), candidate, scores));
  }

  private static long count(String sql) {
    return scoring.db().queryLong(sql);
  }

  private static JsonObject line(JsonObject progress, long candidate) {
    return progress.getJsonArray("candidates").stream().map(JsonObject.class::cast)
        .filter(c -> c.getLong("candidateId") == candidate).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("five examiners score 陈志远; a repeated submission stores nothing new; a re-score needs a reason, the chief sees it and confirms")
  void scoreRescoreConfirm() {
    Http chief = examiner(1);
    String repeated = UUID.randomUUID().toString();
    JsonObject first = Setup.expect(201, chief.post(panel + "/sheets", sheet(repeated, chen, Setup.scores(16, 17, 20, 13, 16))));
    assertEquals("82", first.getString("total"));
    assertEquals(201, submit(examiner(2), chen, Setup.scores(17, 17, 21, 14, 16)).status()); // 85
    assertEquals(201, submit(examiner(3), chen, Setup.scores(15, 16, 18, 13, 17)).status()); // 79
    assertEquals(201, submit(examiner(4), chen, Setup.scores(18, 18, 23, 14, 17)).status()); // 90
    assertEquals(201, submit(examiner(5), chen, Setup.scores(14, 14, 17, 11, 14)).status()); // 70

    Http.Reply again = chief.post(panel + "/sheets", sheet(repeated, chen, Setup.scores(16, 17, 20, 13, 16)));
    assertEquals(200, again.status(), again.toString());
    assertTrue(again.json().getBoolean("replayed"));
    assertEquals(first.getLong("sheetId"), again.json().getLong("sheetId"));
    assertEquals(5, count("SELECT count(*) FROM scoring.sheets WHERE candidate_id = " + chen));
    assertEquals(5, count("SELECT count(*) FROM scoring.sheet_submissions s JOIN scoring.sheets h ON h.id = s.sheet_id"
        + " WHERE h.candidate_id = " + chen));

    Http third = examiner(3);
    Http.Reply noReason = submit(third, chen, Setup.scores(15, 16, 20, 13, 17));
    assertEquals(409, noReason.status(), noReason.toString());
    assertEquals(List.of("reason"), noReason.errorFields());
    Http.Reply rescore = third.post(panel + "/sheets", sheet(UUID.randomUUID().toString(), chen,
        Setup.scores(15, 16, 20, 13, 17)).put("reason", "误将工作思路记为 18 分，应为 20 分"));
    assertEquals(200, rescore.status(), rescore.toString());
    assertEquals(2, rescore.json().getInteger("version"));
    assertEquals("81", rescore.json().getString("total"));

    // 82, 85, 81, 90, 70: drop 90 and 70; (82 + 85 + 81) / 3 = 248 / 3 = 82.666… → 82.67
    JsonObject progress = line(Setup.expect(200, chief.get(panel + "/progress")), chen);
    assertEquals("82.67", progress.getString("panelScore"));
    assertEquals("5 scored, 0 recused; dropped 2 (at least 5 scored); 248 / 3 = 82.67", progress.getString("explain"));
    assertEquals(new JsonArray().add(5), progress.getJsonArray("outliers"), "70 is 12.67 below, beyond the limit of 8");
    JsonObject rescored = progress.getJsonArray("rescores").getJsonObject(0);
    assertEquals(List.of("79", "81", "误将工作思路记为 18 分，应为 20 分", "王志刚"), List.of(rescored.getString("previousTotal"),
        rescored.getString("total"), rescored.getString("reason"), rescored.getString("displayName")));
    assertEquals("dropped-highest", progress.getJsonArray("examiners").getJsonObject(3).getString("treatment"));

    assertEquals(403, examiner(2).post(panel + "/candidates/" + chen + "/confirm").status(), "only the chief confirms");
    assertEquals(403, setup.admin().post(panel + "/candidates/" + chen + "/confirm").status(), "nor the organizer");
    JsonObject confirmed = Setup.expect(200, chief.post(panel + "/candidates/" + chen + "/confirm"));
    assertEquals("confirmed", confirmed.getString("status"));
    assertEquals("82.6700", scoring.db().queryString("SELECT points::text FROM scoring.stage_results WHERE candidate_id = " + chen));

    Http.Reply late = third.post(panel + "/sheets", sheet(UUID.randomUUID().toString(), chen,
        Setup.scores(15, 16, 21, 13, 17)).put("reason", "再次复核"));
    assertEquals(409, late.status(), "nothing changes after the chief's confirmation");
    assertEquals(403, chief.post(panel + "/candidates/" + chen + "/reopen", new JsonObject().put("reason", "复核")).status());
    Setup.expect(200, setup.admin().post(panel + "/candidates/" + chen + "/reopen",
        new JsonObject().put("reason", "考生对应变能力评分提出复核申请，经研究重新评分")));
    assertEquals(0, count("SELECT count(*) FROM scoring.stage_results WHERE candidate_id = " + chen));
    assertEquals(List.of("sheet.submit", "sheet.submit", "sheet.submit", "sheet.submit", "sheet.submit", "sheet.rescore",
        "panel.confirm", "panel.reopen"), scoring.db().queryString("SELECT string_agg(action, ',' ORDER BY id) FROM core.audit"
        + " WHERE (action LIKE 'sheet.%' OR action LIKE 'panel.%') AND (detail::jsonb ->> 'candidateId')::bigint = " + chen)
        .lines()
        .flatMap(l -> List.of(l.split(",")).stream()).toList());
  }

  @Test
  @DisplayName("a sheet with a score above the maximum, a missing and an unknown dimension names each field and stores nothing")
  void badSheet() {
    long before = count("SELECT count(*) FROM scoring.sheet_submissions");
    JsonObject scores = new JsonObject().put("政治素质", 18).put("岗位认知", 17).put("工作思路", 20).put("语言表达", 16)
        .put("形象气质", 9);
    Http.Reply reply = submit(examiner(2), huang, scores);
    assertEquals(400, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType());
    assertEquals(List.of("scores.语言表达", "scores.应变能力", "scores.形象气质"), reply.errorFields());

    Http.Reply notUuid = examiner(2).post(panel + "/sheets", sheet("not-a-uuid-at-all-not-a-uuid-at-all!", huang,
        Setup.scores(16, 17, 20, 13, 16)));
    assertEquals(List.of("submissionId"), notUuid.errorFields(), notUuid.toString());
    Http.Reply wrongType = examiner(2).post(panel + "/sheets", new JsonObject().put("submissionId", UUID.randomUUID()
        .toString()).put("candidateId", "黄建明").put("scores", Setup.scores(16, 17, 20, 13, 16)));
    assertEquals(400, wrongType.status());
    assertEquals(List.of("candidateId"), wrongType.errorFields(), wrongType.toString());
    assertEquals(before, count("SELECT count(*) FROM scoring.sheet_submissions"));
  }

  @Test
  @DisplayName("a recused examiner neither sees nor scores 林晓燕; the four others' mean is the panel score, nothing dropped")
  void recusal() {
    Http fourth = examiner(4);
    Setup.expect(201, fourth.post(panel + "/recusals", new JsonObject().put("candidateId", lin).put("reason", "同一单位曾共事，系其分管领导")));
    JsonObject view = Setup.expect(200, fourth.get(panel + "/sheets"));
    assertFalse(view.getJsonArray("candidates").stream().anyMatch(c -> ((JsonObject) c).getLong("candidateId") == lin));
    Http.Reply refused = submit(fourth, lin, Setup.scores(16, 17, 20, 13, 16));
    assertEquals(403, refused.status(), refused.toString());

    assertEquals(201, submit(examiner(1), lin, Setup.scores(16, 16, 20, 12, 16)).status()); // 80
    assertEquals(201, submit(examiner(2), lin, Setup.scores(17, 17, 21, 13, 16)).status()); // 84
    assertEquals(201, submit(examiner(3), lin, Setup.scores(18, 18, 22, 13, 17)).status()); // 88
    assertEquals(201, submit(examiner(5), lin, Setup.scores(15, 15, 19, 11, 15)).status()); // 75
    JsonObject line = line(Setup.expect(200, examiner(1).get(panel + "/progress")), lin);
    assertEquals("81.75", line.getString("panelScore"));
    assertEquals("4 scored, 1 recused; nothing dropped (fewer than 5 scored); 327 / 4 = 81.75", line.getString("explain"));
    assertEquals("recused", line.getJsonArray("examiners").getJsonObject(3).getString("state"));
    assertEquals(4, line.getLong("expected"));
  }

  @Test
  @DisplayName("the organizer records a recusal for an examiner; an examiner cannot record one for another")
  void organizerRecordsRecusal() {
    Http.Reply byOther = examiner(2).post(panel + "/recusals", new JsonObject().put("examinerId", examiners.get(4))
        .put("candidateId", huang).put("reason", "听说有亲属关系"));
    assertEquals(403, byOther.status(), byOther.toString());
    JsonObject view = Setup.expect(201, setup.admin().post(panel + "/recusals", new JsonObject()
        .put("examinerId", examiners.get(4)).put("candidateId", huang).put("reason", "配偶的兄弟（经组织核实）")));
    JsonObject recusal = view.getJsonArray("recusals").stream().map(JsonObject.class::cast)
        .filter(r -> r.getLong("candidateId") == huang).findFirst().orElseThrow();
    assertFalse(recusal.getBoolean("declaredByExaminer"));
    assertEquals(403, submit(examiner(5), huang, Setup.scores(16, 17, 20, 13, 16)).status());
  }

  @Test
  @DisplayName("an examiner of another panel can neither read this panel, nor score on it, nor see its progress")
  void otherPanelExaminer() {
    Http sixth = examiner(6);
    assertEquals(403, sixth.get(panel).status());
    assertEquals(403, sixth.get(panel + "/sheets").status());
    assertEquals(403, submit(sixth, chen, Setup.scores(16, 17, 20, 13, 16)).status());
    assertEquals(403, sixth.get(panel + "/progress").status());
    assertEquals(403, examiner(2).get(panel + "/progress").status(), "an examiner who is not the chief");
    assertEquals(200, sixth.get(otherPanel + "/sheets").status());
    assertEquals(404, sixth.post(otherPanel + "/sheets", sheet(UUID.randomUUID().toString(), chen,
        Setup.scores(16, 17, 20, 13, 16))).status(), "陈志远 is not on the second panel");
    assertEquals(0, count("SELECT count(*) FROM scoring.sheets WHERE examiner_id = " + examiners.get(5)));
  }

  @Test
  @DisplayName("an examiner can see neither the ranking nor the stages, nor a candidate's detail")
  void examinerIsNotAnOrganizer() {
    Http chief = examiner(1);
    String campaignPath = "/api/campaigns/" + campaign;
    assertEquals(403, chief.get(campaignPath + "/ranking").status());
    assertEquals(403, chief.get(campaignPath + "/stages").status());
    assertEquals(403, chief.get(campaignPath + "/candidates/" + chen + "/scorecard").status());
    assertEquals(403, chief.post(panel + "/draw").status());
  }

  @Test
  @DisplayName("a stage with a weight above 1 and a panel with a bad rubric name their fields and store nothing")
  void badSetup() {
    long stages = count("SELECT count(*) FROM scoring.stages");
    long panels = count("SELECT count(*) FROM scoring.panels");
    Http.Reply stage = setup.admin().post("/api/campaigns/" + campaign + "/stages", new JsonObject().put("seq", 9)
        .put("code", "BS").put("name", "笔试").put("source", "manual").put("weight", 1.2));
    assertEquals(400, stage.status(), stage.toString());
    assertEquals(List.of("weight"), stage.errorFields());
    Http.Reply noRef = setup.admin().post("/api/campaigns/" + campaign + "/stages", new JsonObject().put("seq", 9)
        .put("code", "LZ").put("name", "任前廉政考试").put("source", "exam").put("weight", 0));
    assertEquals(List.of("sourceRef"), noRef.errorFields(), noRef.toString());
    long stageId = scoring.db().queryLong("SELECT id FROM scoring.stages WHERE code = 'MS'");
    JsonObject body = new JsonObject().put("stageId", stageId).put("name", "第三考官组").put("chiefId", examiners.get(0))
        .put("examinerIds", new JsonArray(examiners.subList(0, 5))).put("dimensions", Setup.rubric().copy());
    body.getJsonArray("dimensions").getJsonObject(2).put("maximum", -5);
    Http.Reply rubric = setup.admin().post("/api/campaigns/" + campaign + "/panels", body);
    assertEquals(List.of("dimensions.2.maximum"), rubric.errorFields(), rubric.toString());
    Http.Reply dropsAll = setup.admin().post("/api/campaigns/" + campaign + "/panels", body.copy()
        .put("dimensions", Setup.rubric()).put("dropHighest", 2).put("dropLowest", 2).put("minimumForDropping", 4));
    assertEquals(List.of("minimumForDropping"), dropsAll.errorFields(), dropsAll.toString());
    Http.Reply notChief = setup.admin().post("/api/campaigns/" + campaign + "/panels", body.copy()
        .put("dimensions", Setup.rubric()).put("chiefId", examiners.get(5)));
    assertEquals(List.of("chiefId"), notChief.errorFields(), notChief.toString());
    assertEquals(stages, count("SELECT count(*) FROM scoring.stages"));
    assertEquals(panels, count("SELECT count(*) FROM scoring.panels"));
  }

  @Test
  @DisplayName("under blind scoring examiners see drawn numbers and no names; the organizer still sees names")
  void blindScoring() {
    String settings = "/api/campaigns/" + campaign + "/settings";
    Setup.expect(200, setup.admin().put(settings, new JsonObject().put("blindScoring", true)));
    try {
      JsonObject view = Setup.expect(200, examiner(2).get(panel + "/sheets"));
      assertTrue(view.getBoolean("blind"));
      JsonObject first = view.getJsonArray("candidates").getJsonObject(0);
      assertEquals(1, first.getInteger("drawNumber"));
      assertNull(first.getString("name"));
      assertFalse(view.encode().contains("陈志远"));
      JsonObject organizer = Setup.expect(200, setup.admin().get(panel));
      assertEquals("陈志远", organizer.getJsonArray("candidates").getJsonObject(0).getString("name"));
    } finally {
      Setup.expect(200, setup.admin().put(settings, new JsonObject().put("blindScoring", false)));
    }
  }
}
