package org.saima.scoring.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.saima.scoring.testing.Http;
import org.saima.scoring.testing.Publisher;
import org.saima.scoring.testing.ScoringNodes;
import org.saima.scoring.testing.Setup;
import org.saima.shared.testing.Eventually;

@DisplayName("A campaign runs through exam, assessment, speech panel and recommendation poll to the nominated")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SelectionApiTest {
  private static final ScoringNodes scoring = new ScoringNodes();
  private static Setup setup;
  private static Http admin;
  private static long campaign;
  private static final Map<String, Long> ids = new java.util.HashMap<>();

  @BeforeAll
  static void start() {
    scoring.start();
    admin = Http.to(scoring.port()).login("admin", "test-organizer-2026");
    setup = new Setup(admin);
    campaign = setup.campaign("2026年临江市公开选拔县级领导干部");
    long xz01 = setup.position(campaign, "XZ01", "市发展和改革委员会副主任", 1);
    long xz02 = setup.position(campaign, "XZ02", "市财政局副局长", 1);
    String[][] people = {{"陈志远", "19830514", "XZ01"}, {"林晓燕", "19860922", "XZ01"}, {"黄建明", "19810307", "XZ01"},
        {"吴海峰", "19840118", "XZ01"}, {"郑国强", "19820811", "XZ01"}, {"周雅琴", "19850630", "XZ02"},
        {"王丽华", "19871203", "XZ02"}, {"刘德胜", "19800425", "XZ02"}, {"张慧敏", "19880217", "XZ02"}};
    for (String[] p : people) {
      ids.put(p[0], setup.candidate(campaign, p[2].equals("XZ01") ? xz01 : xz02, p[0], p[1], "临江市直机关"));
    }
  }

  @AfterAll
  static void stop() {
    scoring.close();
  }

  private static long id(String name) {
    return ids.get(name);
  }

  private static JsonObject position(JsonObject ranking, String code) {
    return ranking.getJsonArray("positions").stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow();
  }

  private static List<String> names(JsonArray candidates, String outcome) {
    return candidates.stream().map(JsonObject.class::cast).filter(c -> outcome == null || c.getString("outcome").equals(outcome))
        .map(c -> c.getString("name")).toList();
  }

  private static JsonObject round(JsonObject position, String stage) {
    return position.getJsonArray("rounds").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("stage").equals(stage)).findFirst().orElseThrow();
  }

  private static JsonObject candidate(JsonArray list, String name) {
    return list.stream().map(JsonObject.class::cast).filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow();
  }

  @Test
  @Order(1)
  @DisplayName("two positions, nine candidates: shortlists at every stage, the nominated with every number explained, the result sheets exported")
  void wholeCampaign() throws Exception {
    setup.stage(campaign, 1, "LZ", "任前廉政考试", "exam", 0);
    admin.put("/api/campaigns/" + campaign + "/stages/" + stageId("LZ"), stageBody(1, "LZ", "任前廉政考试", "exam", "lz-2026", 0)
        .put("passMark", 60));
    admin.post("/api/campaigns/" + campaign + "/stages", stageBody(2, "RJ", "人机对话能力测评", "assessment", "rj-2026", 0.3)
        .put("shortlistRatio", 3));
    long speech = Setup.expect(201, admin.post("/api/campaigns/" + campaign + "/stages",
        stageBody(3, "MS", "竞职演讲与答辩", "panel", "", 0.5).put("shortlistRatio", 2))).getLong("id");
    admin.post("/api/campaigns/" + campaign + "/stages", stageBody(4, "TJ", "民主推荐", "poll", "tj-2026", 0.2));

    try (Publisher exam = new Publisher(scoring.db(), "exam")) {
      Map<String, Integer> integrity = Map.of("陈志远", 92, "林晓燕", 85, "黄建明", 78, "吴海峰", 55, "郑国强", 88,
          "周雅琴", 90, "王丽华", 83, "刘德胜", 76, "张慧敏", 95);
      integrity.forEach((name, score) -> exam.examResult(campaign, "lz-2026", id(name), score, 100));
      Map<String, Integer> dialogue = Map.of("陈志远", 80, "林晓燕", 86, "黄建明", 70, "郑国强", 75,
          "周雅琴", 78, "王丽华", 88, "刘德胜", 72, "张慧敏", 81);
      dialogue.forEach((name, score) -> exam.assessment(campaign, "rj-2026", id(name), score));
    }
    Eventually.holds("exam and assessment results arrive", () -> scoring.db().queryLong(
        "SELECT count(*) FROM scoring.stage_results") == 17);

    JsonObject afterTwo = Setup.expect(200, admin.get("/api/campaigns/" + campaign + "/ranking"));
    JsonObject xz01 = position(afterTwo, "XZ01");
    assertEquals("waiting-for-scores", xz01.getString("status"));
    JsonObject integrityRound = round(xz01, "LZ");
    assertEquals(List.of("吴海峰"), names(integrityRound.getJsonArray("candidates"), "out"));
    assertEquals(new JsonArray().add("LZ 55.00 < 60.00"), candidate(integrityRound.getJsonArray("candidates"), "吴海峰")
        .getJsonArray("failedPassMarks"));
    // 0.3 × 人机对话: 林晓燕 25.80, 陈志远 24.00, 郑国强 22.50 go on (1:3 of one seat), 黄建明 21.00 is out.
    JsonObject dialogueRound = round(xz01, "RJ");
    assertEquals(List.of("林晓燕", "陈志远", "郑国强"), names(dialogueRound.getJsonArray("candidates"), "in"));
    assertEquals("beyond-ratio", candidate(dialogueRound.getJsonArray("candidates"), "黄建明").getString("reason"));
    assertEquals(List.of("林晓燕", "陈志远", "郑国强"), round(xz01, "MS").getJsonArray("missing").stream()
        .map(m -> ((JsonObject) m).getString("name")).toList());

    scoreSpeeches(speech);

    try (Publisher live = new Publisher(scoring.db(), "live")) {
      live.pollCertified(campaign, "tj-2026", new long[][] {{id("陈志远"), 80}, {id("郑国强"), 60}, {id("王丽华"), 73},
          {id("张慧敏"), 76}});
    }
    Eventually.holds("the poll arrives", () -> scoring.db().queryLong("SELECT count(*) FROM scoring.stage_results") == 27);

    JsonObject done = Setup.expect(200, admin.get("/api/campaigns/" + campaign + "/ranking"));
    xz01 = position(done, "XZ01");
    assertEquals("complete", xz01.getString("status"));
    // 0.3 × RJ + 0.5 × MS: 郑国强 22.50 + 44.50 = 67.00, 陈志远 66.50, 林晓燕 66.30 → 1:2 leaves 郑国强 and 陈志远.
    assertEquals(List.of("郑国强", "陈志远"), names(round(xz01, "MS").getJsonArray("candidates"), "in"));
    JsonObject chen = candidate(xz01.getJsonObject("final").getJsonArray("candidates"), "陈志远");
    assertEquals("82.50", chen.getString("composite"));
    assertEquals("nominated", chen.getString("outcome"));
    assertEquals("within-seats", chen.getString("reason"));
    assertEquals("80.00 × 0.3 + 85.00 × 0.5 + 80.00 × 0.2 = 24.00 + 42.50 + 16.00 = 82.50",
        chen.getString("formula"));
    assertEquals(new JsonArray().add(id("陈志远")), xz01.getJsonObject("final").getJsonArray("nominated"));

    // XZ02: 王丽华 68.40 + 14.60 = 83.00 and 张慧敏 67.80 + 15.20 = 83.00 tie; 人机对话 (88 > 81) decides.
    JsonObject xz02 = position(done, "XZ02").getJsonObject("final");
    JsonObject wang = candidate(xz02.getJsonArray("candidates"), "王丽华");
    assertEquals(List.of("王丽华"), names(xz02.getJsonArray("candidates"), "nominated"));
    assertEquals(new JsonObject().put("basis", "tie-break-stage").put("stage", "RJ"), wang.getJsonObject("aheadOfNext"));

    Http.Reply xlsx = admin.get("/api/campaigns/" + campaign + "/ranking.xlsx");
    assertEquals(200, xlsx.status());
    List<String> nominatedRow = sheetRow(xlsx.bytes(), "综合成绩", "陈志远");
    assertTrue(nominatedRow.contains("拟提名") && nominatedRow.contains("82.5"), nominatedRow.toString());
    assertEquals(1, scoring.db().queryLong("SELECT count(*) FROM core.audit WHERE action = 'ranking.export'"));
  }

  @Test
  @Order(2)
  @DisplayName("陈志远's detail shows each stage, the panel sheet with the dropped totals marked and the composite;"
      + " the copy for the candidate names no examiner")
  void scorecard() {
    String path = "/api/campaigns/" + campaign + "/candidates/" + id("陈志远") + "/scorecard";
    JsonObject card = Setup.expect(200, admin.get(path));
    JsonObject speech = card.getJsonArray("stages").getJsonObject(2);
    assertEquals("MS", speech.getString("code"));
    assertEquals("85.00", speech.getJsonObject("result").getString("normalized"));
    assertEquals("panel", speech.getJsonObject("result").getString("source"));
    JsonArray examiners = speech.getJsonObject("panel").getJsonArray("examiners");
    assertEquals("dropped-highest", examiners.getJsonObject(3).getString("treatment"), "90 from 评委4");
    assertEquals("dropped-lowest", examiners.getJsonObject(4).getString("treatment"), "80 from 评委5");
    assertEquals("张丽萍", examiners.getJsonObject(3).getString("displayName"));
    assertEquals("fact", card.getJsonArray("stages").getJsonObject(0).getJsonObject("result").getString("source"));
    assertEquals("nominated", card.getJsonObject("final").getString("outcome"));
    assertEquals("in", card.getJsonArray("rounds").getJsonObject(2).getJsonObject("entry").getString("outcome"));

    Http.Reply copy = admin.get(path + "?anonymized=true");
    assertEquals(200, copy.status());
    for (String examiner : List.of("周建华", "李秀英", "王志刚", "张丽萍", "刘国栋")) {
      assertTrue(!copy.text().contains(examiner), examiner + " named in the candidate's copy");
    }
    assertEquals("评委4", copy.json().getJsonArray("stages").getJsonObject(2).getJsonObject("panel")
        .getJsonArray("examiners").getJsonObject(3).getString("label"));
  }

  @Test
  @Order(3)
  @DisplayName("charts: nine integrity exam scores in ten bins; each examiner's deviation from the panel scores")
  void charts() {
    JsonObject distribution = Setup.expect(200, admin.get("/api/campaigns/" + campaign + "/charts/distribution"));
    JsonObject integrity = distribution.getJsonArray("stages").getJsonObject(0);
    assertEquals(9, integrity.getInteger("count"));
    // 55 | 76, 78 | 83, 85, 88 | 90, 92, 95
    assertEquals(new JsonArray(List.of(0, 0, 0, 0, 0, 1, 0, 2, 3, 3)), integrity.getJsonArray("bins"));
    assertEquals("82.44", integrity.getString("mean"), "742 / 9 = 82.444…");

    long panel = scoring.db().queryLong("SELECT id FROM scoring.panels WHERE campaign_id = " + campaign);
    JsonObject consistency = Setup.expect(200, admin.get("/api/campaigns/" + campaign + "/panels/" + panel + "/consistency"));
    JsonObject fifth = consistency.getJsonArray("examiners").getJsonObject(4);
    assertEquals("评委5 刘国栋", fifth.getString("examiner"));
    assertEquals(6, fifth.getInteger("count"));
    // 评委5 gave 80, 88, 85, 82, 91, 70 against panel scores 85, 81, 89, 84, 87, 79: −5, +7, −4, −2, +4, −9 → −9 / 6
    assertEquals("-1.5", fifth.getString("meanDeviation"));
    assertEquals("5.17", fifth.getString("meanAbsoluteDeviation"), "31 / 6 = 5.166…");
    assertEquals(1, fifth.getInteger("outliers"), "−9 is beyond the limit of 8");
  }

  @Test
  @Order(4)
  @DisplayName("the notice lists the nominated for anyone to read; objections are recorded and a nomination held, all audited")
  void notice() {
    JsonObject notice = Setup.expect(201, admin.post("/api/campaigns/" + campaign + "/notices", new JsonObject()
        .put("title", "临江市拟任县级领导干部人选公示").put("startsOn", "2026-12-01").put("endsOn", "2026-12-07")
        .put("contact", "公示期间如有意见，请向中共临江市委组织部干部监督科反映，电话 0576-88881234")));
    assertEquals(List.of("陈志远", "王丽华"), notice.getJsonArray("entries").stream()
        .map(e -> ((JsonObject) e).getString("name")).toList());
    String path = "/api/campaigns/" + campaign + "/notices/" + notice.getLong("id");

    Http.Reply open = Http.to(scoring.port()).get("/api/public/notices/" + notice.getLong("id"));
    assertEquals(200, open.status(), "no sign-in needed");
    assertTrue(open.text().contains("陈志远") && open.text().contains("市发展和改革委员会副主任"));
    assertTrue(!open.text().contains("82.50") && !open.text().contains("composite"), "no scores on the public notice");

    Setup.expect(201, admin.post(path + "/objections", new JsonObject().put("candidateId", id("王丽华"))
        .put("receivedOn", "2026-12-03").put("channel", "letter").put("summary", "反映其在国资委任职期间某项目审批程序不规范")));
    JsonObject held = Setup.expect(200, admin.post(path + "/entries/" + id("王丽华") + "/hold",
        new JsonObject().put("reason", "收到实名来信，待核查")));
    JsonObject wang = held.getJsonArray("entries").getJsonObject(1);
    assertEquals(List.of("held", "收到实名来信，待核查"), List.of(wang.getString("status"), wang.getString("holdReason")));
    assertEquals(1, held.getJsonArray("objections").size());
    assertEquals(409, admin.post(path + "/entries/" + id("王丽华") + "/hold", new JsonObject().put("reason", "再次")).status());
    Http.Reply bad = admin.post(path + "/objections", new JsonObject().put("receivedOn", "12月3日").put("channel", "letter")
        .put("summary", "意见"));
    assertEquals(400, bad.status());
    assertEquals(List.of("receivedOn"), bad.errorFields(), bad.toString());
    assertEquals(3, scoring.db().queryLong("SELECT count(*) FROM core.audit WHERE action IN ('notice.publish',"
        + " 'notice.objection', 'notice.hold')"));
  }

  private static void scoreSpeeches(long speech) {
    List<Long> examiners = setup.examiners(campaign, "kg", "周建华", "李秀英", "王志刚", "张丽萍", "刘国栋");
    long panel = setup.panel(campaign, speech, "第一考官组", examiners).getLong("id");
    Map<String, String[]> totals = Map.of(
        "陈志远", new String[] {"84", "86", "85", "90", "80"}, "林晓燕", new String[] {"80", "82", "81", "79", "88"},
        "郑国强", new String[] {"88", "90", "89", "95", "85"}, "王丽华", new String[] {"83", "84", "85", "86", "82"},
        "张慧敏", new String[] {"86", "88", "87", "80", "91"}, "周雅琴", new String[] {"78", "80", "79", "81", "70"});
    setup.panelCandidates(campaign, panel, totals.keySet().stream().map(SelectionApiTest::id).toList());
    String path = "/api/campaigns/" + campaign + "/panels/" + panel;
    for (int seat = 1; seat <= 5; seat++) {
      Http examiner = Http.to(scoring.port()).login("kg" + seat, Setup.PASSWORD);
      for (var entry : totals.entrySet()) {
        Setup.expect(201, examiner.post(path + "/sheets", new JsonObject().put("submissionId", UUID.randomUUID().toString())
            .put("candidateId", id(entry.getKey())).put("scores", Setup.scoresFor(entry.getValue()[seat - 1]))));
      }
    }
    Http chief = Http.to(scoring.port()).login("kg1", Setup.PASSWORD);
    totals.keySet().forEach(name -> Setup.expect(200, chief.post(path + "/candidates/" + id(name) + "/confirm")));
  }

  @Test
  @Order(5)
  @DisplayName("a tie at the last seat waits for the organizer; a decision naming other candidates is refused, the right one nominates")
  void tieDecision() {
    long other = setup.campaign("2026年临江市国有企业中层竞争上岗");
    long position = setup.position(other, "GQ01", "市城投集团财务部经理", 1);
    long he = setup.candidate(other, position, "何俊杰", "19850312", "临江市城市建设投资集团");
    long xu = setup.candidate(other, position, "许文静", "19860728", "临江市城市建设投资集团");
    long deng = setup.candidate(other, position, "邓立新", "19811019", "临江市交通投资集团");
    long stage = Setup.expect(201, admin.post("/api/campaigns/" + other + "/stages",
        stageBody(1, "BS", "笔试（外单位组织）", "manual", "", 1))).getLong("id");
    String results = "/api/campaigns/" + other + "/stages/" + stage + "/results/";
    Setup.expect(200, admin.put(results + he, new JsonObject().put("points", 88).put("note", "据市人社局成绩单录入")));
    Setup.expect(200, admin.put(results + xu, new JsonObject().put("points", 88)));
    Setup.expect(200, admin.put(results + deng, new JsonObject().put("points", 79.5)));
    Http.Reply tooHigh = admin.put(results + deng, new JsonObject().put("points", 120));
    assertEquals(List.of("points"), tooHigh.errorFields(), tooHigh.toString());

    JsonObject waiting = position(Setup.expect(200, admin.get("/api/campaigns/" + other + "/ranking")), "GQ01");
    assertEquals("waiting-for-decision", waiting.getString("status"));
    Http.Reply early = admin.post("/api/campaigns/" + other + "/notices", new JsonObject().put("title", "拟任人选公示")
        .put("startsOn", "2026-12-01").put("endsOn", "2026-12-07"));
    assertEquals(409, early.status(), "no notice while a position waits for a decision");
    assertTrue(early.json().getString("detail").contains("GQ01"), early.toString());
    String decisions = "/api/campaigns/" + other + "/ranking/tie-decisions";
    JsonObject decision = new JsonObject().put("positionId", position).put("round", "final").put("reason", "经集团党委会研究决定");
    assertEquals(409, admin.post(decisions, decision.copy().put("candidateIds", new JsonArray().add(he).add(deng))).status());
    JsonObject decided = Setup.expect(201, admin.post(decisions, decision.copy().put("candidateIds",
        new JsonArray().add(xu).add(he))));
    assertEquals("complete", decided.getString("status"));
    assertEquals(new JsonArray().add(xu), decided.getJsonObject("final").getJsonArray("nominated"));
    assertEquals("organizer-decision", candidate(decided.getJsonObject("final").getJsonArray("candidates"), "许文静")
        .getJsonObject("aheadOfNext").getString("basis"));
  }

  @Test
  @Order(6)
  @DisplayName("results of a written exam run by another body are imported from a file: all rows or none, the source kept")
  void importResults() {
    long other = setup.campaign("2026年临江市事业单位公开遴选");
    long position = setup.position(other, "SY01", "市档案馆副馆长", 1);
    long he = setup.candidate(other, position, "何俊杰", "19850312", "临江市档案馆");
    long xu = setup.candidate(other, position, "许文静", "19860728", "临江市地方志办公室");
    String idHe = scoring.db().queryString("SELECT id_card FROM core.candidates WHERE id = " + he);
    String idXu = scoring.db().queryString("SELECT id_card FROM core.candidates WHERE id = " + xu);
    long stage = Setup.expect(201, admin.post("/api/campaigns/" + other + "/stages",
        stageBody(1, "BS", "笔试（市人社局组织）", "manual", "", 1).put("maxPoints", 150))).getLong("id");
    String path = "/api/campaigns/" + other + "/stages/" + stage + "/results/import?fileName=bishi.csv";

    Http.Reply bad = admin.upload(path, "text/csv", ("身份证号,姓名,成绩\n" + idHe + ",何俊杰,160\n" + idXu + ",许文静,118.5\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(400, bad.status(), bad.toString());
    assertEquals(2, bad.json().getJsonArray("errors").getJsonObject(0).getInteger("row"));
    assertEquals(0, scoring.db().queryLong("SELECT count(*) FROM scoring.stage_results WHERE stage_id = " + stage));
    assertEquals(415, admin.upload(path, "image/png", new byte[] {1, 2, 3}).status());
    assertEquals(409, admin.upload("/api/campaigns/" + campaign + "/stages/" + stageId("MS") + "/results/import",
        "text/csv", "身份证号,姓名,成绩\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status(),
        "a panel stage's results come only from confirmed sheets");

    JsonObject done = Setup.expect(200, admin.upload(path, "text/csv", ("身份证号,姓名,成绩,备注\n" + idHe + ",何俊杰,131,\n"
        + idXu + ",许文静,118.5,缺考后补考\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(2, done.getInteger("imported"));
    JsonObject results = Setup.expect(200, admin.get("/api/campaigns/" + other + "/stages/" + stage + "/results"));
    JsonObject xuResult = candidate(results.getJsonArray("results"), "许文静");
    assertEquals(List.of("118.5", "79.00", "import", "缺考后补考"), List.of(xuResult.getString("points"),
        xuResult.getString("normalized"), xuResult.getString("source"), xuResult.getString("note")));
    assertEquals(1, scoring.db().queryLong("SELECT count(*) FROM core.audit WHERE action = 'stage.result-import'"
        + " AND campaign_id = " + other));
  }

  private static long stageId(String code) {
    return Setup.expect(200, admin.get("/api/campaigns/" + campaign + "/stages")).getJsonArray("stages").stream()
        .map(JsonObject.class::cast).filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getLong("id");
  }

  private static JsonObject stageBody(int seq, String code, String name, String source, String ref, double weight) {
    return new JsonObject().put("seq", seq).put("code", code).put("name", name).put("source", source)
        .put("sourceRef", ref).put("weight", weight);
  }

  private static List<String> sheetRow(byte[] bytes, String sheetName, String name) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet(sheetName);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
            ? new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString()
            : cell.getStringCellValue()));
        if (cells.contains(name)) {
          return cells;
        }
      }
      throw new AssertionError(name + " not in sheet " + sheetName);
    }
  }
}
