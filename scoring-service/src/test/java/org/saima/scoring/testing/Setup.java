package org.saima.scoring.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.saima.scoring.campaign.IdCard;

/**
 * Builds what a test needs through the API, as an organizer over all campaigns would: a campaign, its
 * positions and candidates, examiner accounts, stages and panels. Every call checks its status.
 */
public final class Setup {
  public static final String PASSWORD = "kaoguan-pass-2026";
  private final Http admin;
  private int sequence = 10;

  public Setup(Http admin) {
    this.admin = admin;
  }

  public Http admin() {
    return admin;
  }

  /** The 100-point interview rubric used in the tests: 政治素质 20, 岗位认知 20, 工作思路 25, 语言表达 15, 应变能力 20. */
  public static JsonArray rubric() {
    return new JsonArray()
        .add(dimension("政治素质", 20, "理想信念坚定，对党忠诚，能联系岗位谈认识。"))
        .add(dimension("岗位认知", 20, "熟悉岗位职责和所在领域的政策。"))
        .add(dimension("工作思路", 25, "目标清楚，措施具体可行，重点突出。"))
        .add(dimension("语言表达", 15, "表达准确、简洁、有条理。"))
        .add(dimension("应变能力", 20, "答问切题，回应追问沉着有据。"));
  }

  private static JsonObject dimension(String name, int maximum, String guidance) {
    return new JsonObject().put("name", name).put("maximum", maximum).put("weight", 1).put("guidance", guidance);
  }

  /** Scores for the five dimensions of {@link #rubric()}, in order. */
  public static JsonObject scores(double politics, double role, double plan, double speech, double response) {
    return new JsonObject().put("政治素质", politics).put("岗位认知", role).put("工作思路", plan).put("语言表达", speech)
        .put("应变能力", response);
  }

  /** Scores for the five dimensions that add up to {@code total} exactly (20%, 20%, 25%, 15%, 20% of it). */
  public static JsonObject scoresFor(String total) {
    java.math.BigDecimal t = new java.math.BigDecimal(total);
    String[] shares = {"0.2", "0.2", "0.25", "0.15", "0.2"};
    String[] names = {"政治素质", "岗位认知", "工作思路", "语言表达", "应变能力"};
    JsonObject scores = new JsonObject();
    for (int i = 0; i < names.length; i++) {
      scores.put(names[i], t.multiply(new java.math.BigDecimal(shares[i])).stripTrailingZeros());
    }
    return scores;
  }

  public long campaign(String name) {
    return expect(201, admin.post("/api/campaigns", new JsonObject().put("name", name)
        .put("organizer", "中共临江市委组织部"))).getLong("id");
  }

  public long position(long campaignId, String code, String name, int seats) {
    return expect(201, admin.post("/api/campaigns/" + campaignId + "/positions", new JsonObject().put("code", code)
        .put("name", name).put("unit", "临江市").put("seats", seats))).getLong("id");
  }

  /** A candidate with a well-formed identity card number made from the birth date given (yyyyMMdd). */
  public long candidate(long campaignId, long positionId, String name, String birth, String unit) {
    String first17 = "331002" + birth + String.format("%03d", sequence++);
    return expect(201, admin.post("/api/campaigns/" + campaignId + "/candidates", new JsonObject().put("name", name)
        .put("idCard", first17 + IdCard.checkCharacter(first17)).put("positionId", positionId).put("unit", unit)))
        .getLong("id");
  }

  public static String idCardOf(JsonObject candidate) {
    return candidate.getString("idCardMasked");
  }

  /** An examiner account granted the campaign; answers its user id. */
  public long examiner(String username, String displayName, long campaignId) {
    return expect(201, admin.post("/api/users", new JsonObject().put("username", username)
        .put("displayName", displayName).put("password", PASSWORD).put("roles", new JsonArray().add("examiner"))
        .put("campaigns", new JsonArray().add(campaignId)))).getLong("id");
  }

  public List<Long> examiners(long campaignId, String prefix, String... names) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      ids.add(examiner(prefix + (i + 1), names[i], campaignId));
    }
    return ids;
  }

  public long stage(long campaignId, int seq, String code, String name, String source, double weight) {
    return expect(201, admin.post("/api/campaigns/" + campaignId + "/stages", new JsonObject().put("seq", seq)
        .put("code", code).put("name", name).put("source", source).put("weight", weight)
        .put("sourceRef", source.equals("panel") || source.equals("manual") ? "" : code.toLowerCase() + "-2026")))
        .getLong("id");
  }

  public JsonObject panel(long campaignId, long stageId, String name, List<Long> examinerIds) {
    return expect(201, admin.post("/api/campaigns/" + campaignId + "/panels", new JsonObject().put("stageId", stageId)
        .put("name", name).put("chiefId", examinerIds.get(0)).put("examinerIds", new JsonArray(examinerIds))
        .put("dimensions", rubric()).put("outlierLimit", 8)));
  }

  public void panelCandidates(long campaignId, long panelId, List<Long> candidateIds) {
    JsonArray list = new JsonArray();
    for (int i = 0; i < candidateIds.size(); i++) {
      list.add(new JsonObject().put("candidateId", candidateIds.get(i)).put("drawNumber", i + 1));
    }
    expect(200, admin.put("/api/campaigns/" + campaignId + "/panels/" + panelId + "/candidates",
        new JsonObject().put("candidates", list)));
  }

  public static JsonObject expect(int status, Http.Reply reply) {
    if (reply.status() != status) {
      throw new AssertionError("expected " + status + ", got " + reply);
    }
    return reply.json();
  }
}
