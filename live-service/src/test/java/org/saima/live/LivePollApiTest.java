package org.saima.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saima.live.support.Await.result;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.support.Demo;
import org.saima.live.support.LiveCluster;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.Eventually;

@DisplayName("Polls and ballots through the HTTP API")
class LivePollApiTest {
  private static final LiveCluster cluster = new LiveCluster();
  private static Vertx vertx;
  private static Api organizer;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    result(cluster.start(1));
    organizer = result(Api.to(vertx, cluster.port(0)).loginAdmin());
  }

  @AfterAll
  static void stop() {
    result(cluster.stop());
    result(vertx.close());
  }

  private record Setup(Demo.Campaign campaign, JsonObject event, List<String> tokens) {
    long eventId() {
      return event.getLong("id");
    }

    List<Long> candidates() {
      return campaign.candidateIds();
    }
  }

  private static Setup setUp(String name, int tokens) {
    Demo.Campaign c = Demo.campaign(cluster.db, name);
    JsonObject event = result(Demo.event(organizer, c));
    List<String> codes = result(Demo.tokens(organizer, c, event.getLong("id"), Demo.category(event, 2), tokens));
    return new Setup(c, event, codes);
  }

  private static JsonObject approvalPoll(Setup s) {
    return result(Demo.poll(organizer, s.campaign(), s.eventId(), new JsonObject().put("title", "财政局副局长人选票决")
        .put("kind", "approval").put("seats", 1).put("entitled", 5)));
  }

  private static HttpResponse<Buffer> vote(Api phone, long pollId, String token, JsonObject choices) {
    return result(phone.post("/api/polls/" + pollId + "/ballots", new JsonObject().put("token", token).put("choices", choices)));
  }

  @Test
  @DisplayName("a ballot is counted once: a repeat with the same token gets the first receipt back and stores nothing")
  void onceAndRepeat() {
    Setup s = setUp("2026年临江市公开选拔（投票一）", 2);
    long pollId = approvalPoll(s).getLong("id");
    Demo.step(organizer, s.campaign(), s.eventId(), pollId, "open");
    result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "open").otherwise((JsonObject) null));
    Api phone = result(Demo.join(Api.to(vertx, cluster.port(0)), s.tokens().get(0)));

    HttpResponse<Buffer> first = vote(phone, pollId, s.tokens().get(0), Demo.approve(s.candidates(), "approve", "oppose", "abstain"));
    HttpResponse<Buffer> second = vote(phone, pollId, s.tokens().get(0), Demo.approve(s.candidates(), "oppose", "approve", "approve"));

    assertEquals(201, first.statusCode(), first.bodyAsString());
    assertFalse(first.bodyAsJsonObject().getBoolean("alreadyVoted"));
    String receipt = first.bodyAsJsonObject().getString("receipt");
    assertTrue(receipt.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), receipt);
    assertEquals(200, second.statusCode(), second.bodyAsString());
    assertTrue(second.bodyAsJsonObject().getBoolean("alreadyVoted"));
    assertEquals(receipt, second.bodyAsJsonObject().getString("receipt"));
    assertEquals(1, cluster.db.queryLong("SELECT count(*) FROM live.ballots WHERE poll_id = " + pollId));
    assertEquals("approve", cluster.db.queryString("SELECT choices->'approval'->>'" + s.candidates().get(0)
        + "' FROM live.ballots WHERE poll_id = " + pollId));
    assertEquals(0, cluster.db.queryLong("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'live'"
        + " AND table_name = 'ballots' AND column_name LIKE '%token%'"), "the ballot row carries no token");
    assertEquals(0, cluster.db.queryLong("SELECT count(*) FROM live.token_uses WHERE position('" + receipt
        + "'::bytea in sealed_receipt) > 0"), "the receipt is sealed, not stored in clear beside the token");
  }

  @Test
  @DisplayName("bad ballots are refused naming the field and store nothing; more than K marks is a ballot counted invalid")
  void badBallots() {
    Setup s = setUp("2026年临江市公开选拔（投票二）", 3);
    long pollId = result(Demo.poll(organizer, s.campaign(), s.eventId(), new JsonObject().put("title", "差额推荐")
        .put("kind", "choose").put("seats", 1))).getLong("id");
    result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "open"));
    Api phone = result(Demo.join(Api.to(vertx, cluster.port(0)), s.tokens().get(0)));
    String token = s.tokens().get(0);

    List<HttpResponse<Buffer>> refused = List.of(
        vote(phone, pollId, token, new JsonObject().put("marked", new JsonArray().add(999_999))),
        vote(phone, pollId, token, new JsonObject().put("marked", new JsonArray().add(s.candidates().get(0)).add(s.candidates().get(0)))),
        vote(phone, pollId, "not-a-token", Demo.marked(s.candidates().get(0))),
        vote(phone, pollId, token, new JsonObject().put("score", 50)),
        vote(phone, pollId, token, new JsonObject().put("marked", "赵文博")),
        result(phone.post("/api/polls/" + pollId + "/ballots", new JsonObject().put("token", token).put("choices", "赞成"))),
        result(phone.post("/api/polls/" + pollId + "/ballots", new JsonObject().put("token", token)
            .put("choices", Demo.marked(s.candidates().get(0))).put("voter", "张三"))),
        result(phone.send(io.vertx.core.http.HttpMethod.POST, "/api/polls/" + pollId + "/ballots", "application/json",
            Buffer.buffer("{\"token\": "))));
    List<String> fields = List.of("choices", "choices", "token", "choices", "choices", "choices", "voter", "");
    for (int i = 0; i < refused.size(); i++) {
      HttpResponse<Buffer> r = refused.get(i);
      assertEquals(400, r.statusCode(), r.bodyAsString());
      if (!fields.get(i).isEmpty()) {
        assertEquals(fields.get(i), r.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"), r.bodyAsString());
      }
    }
    HttpResponse<Buffer> text = result(phone.send(io.vertx.core.http.HttpMethod.POST, "/api/polls/" + pollId + "/ballots",
        "text/plain", Buffer.buffer("赞成")));
    assertEquals(415, text.statusCode(), text.bodyAsString());
    assertEquals(0, cluster.db.queryLong("SELECT count(*) FROM live.token_uses WHERE poll_id = " + pollId));

    assertEquals(201, vote(phone, pollId, token, Demo.marked(s.candidates().get(0), s.candidates().get(1))).statusCode());
    assertEquals(201, vote(phone, pollId, s.tokens().get(1), Demo.marked(s.candidates().get(2))).statusCode());
    JsonObject closed = result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "close"));
    JsonObject live = closed.getJsonObject("live").getJsonObject("result");
    assertEquals(2, live.getInteger("cast"));
    assertEquals(1, live.getInteger("invalid"));
    assertEquals(1, live.getJsonObject("invalidByReason").getInteger("MORE_THAN_K_MARKS"));
  }

  @Test
  @DisplayName("a setup that breaks a rule is refused with the reason under the field: K ≥ N, too few candidates, weights not summing to 1")
  void refusedSetups() {
    Setup s = setUp("2026年临江市公开选拔（设置）", 1);
    String path = Demo.eventsPath(s.campaign()) + "/" + s.eventId() + "/polls";
    HttpResponse<Buffer> kTooLarge = result(organizer.post(path, new JsonObject().put("title", "票决").put("kind", "approval")
        .put("seats", 3)));
    HttpResponse<Buffer> tooFew = result(organizer.post(path, new JsonObject().put("title", "差额推荐").put("kind", "choose")
        .put("seats", 2).put("differentialRatio", "1.0")));
    cluster.db.execute("UPDATE live.voter_categories SET weight = 0.5 WHERE event_id = " + s.eventId() + " AND ordinal = 1");
    HttpResponse<Buffer> weights = result(organizer.post(path, new JsonObject().put("title", "民主推荐").put("kind", "recommendation")
        .put("seats", 1)));
    HttpResponse<Buffer> multiplier = result(organizer.post(path, new JsonObject().put("title", "民主推荐（倍数）")
        .put("kind", "recommendation").put("seats", 1).put("mode", "multiplier")));

    assertEquals("seats", firstField(kTooLarge));
    assertTrue(kTooLarge.bodyAsJsonObject().getString("detail").contains("K ≥ N"), kTooLarge.bodyAsString());
    assertEquals("seats", firstField(tooFew));
    assertTrue(tooFew.bodyAsJsonObject().getString("detail").contains("2 seats need at least 4 candidates"), tooFew.bodyAsString());
    assertEquals("categories", firstField(weights));
    assertTrue(weights.bodyAsJsonObject().getString("detail").contains("sum to 1.1"), weights.bodyAsString());
    assertEquals(201, multiplier.statusCode(), multiplier.bodyAsString());
    assertEquals(1, cluster.db.queryLong("SELECT count(*) FROM live.polls WHERE event_id = " + s.eventId()));
  }

  @Test
  @DisplayName("results stay hidden from phones until revealed; closing refuses later ballots; certification equals the live count, goes to the outbox and the audit trail; the published ballot box holds the receipt")
  void lifecycle() throws InterruptedException {
    Setup s = setUp("2026年临江市公开选拔（全过程）", 5);
    long pollId = approvalPoll(s).getLong("id");
    HttpResponse<Buffer> early = result(organizer.post(Demo.eventsPath(s.campaign()) + "/" + s.eventId() + "/polls/" + pollId
        + "/publish", new JsonObject()));
    assertEquals(409, early.statusCode());
    Api phone = result(Demo.join(Api.to(vertx, cluster.port(0)), s.tokens().get(0)));
    assertEquals(409, vote(phone, pollId, s.tokens().get(0), Demo.approve(s.candidates(), "approve")).statusCode(),
        "a draft poll takes no ballots");
    result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "open"));
    String receipt = null;
    String[][] ballots = {{"approve", "oppose", "oppose"}, {"approve", "approve", "oppose"}, {"approve", "oppose", "abstain"},
        {"oppose", "approve", "oppose"}};
    for (int i = 0; i < 4; i++) {
      HttpResponse<Buffer> r = vote(phone, pollId, s.tokens().get(i), Demo.approve(s.candidates(), ballots[i]));
      assertEquals(201, r.statusCode(), r.bodyAsString());
      receipt = i == 0 ? r.bodyAsJsonObject().getString("receipt") : receipt;
    }
    Eventually.holds("phones see 4 ballots", () -> pollOf(result(phone.get("/api/observer/state")), pollId)
        .getLong("ballots", 0L) == 4);
    assertNull(pollOf(result(phone.get("/api/observer/state")), pollId).getJsonObject("result"), "hidden until revealed");

    JsonObject closed = result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "close"));
    assertEquals(409, vote(phone, pollId, s.tokens().get(4), Demo.approve(s.candidates(), "oppose")).statusCode(),
        "no ballot gets in after close");
    JsonObject certified = result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "certify"));
    result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "reveal"));
    JsonObject shown = pollOf(result(phone.get("/api/observer/state")), pollId);

    JsonObject result = certified.getJsonObject("certified").getJsonObject("result");
    assertEquals(closed.getJsonObject("live").getJsonObject("result"), result, "certified = live tally at close");
    assertEquals(4, certified.getJsonObject("certified").getLong("ballots"));
    assertEquals(cluster.db.queryLong("SELECT max(id) FROM live.ballots WHERE poll_id = " + pollId),
        certified.getJsonObject("certified").getLong("watermark"));
    assertEquals(List.of(s.candidates().get(0)), result.getJsonArray("elected").stream()
            .map(id -> ((Number) id).longValue()).toList(),
        "3 approvals of 5 entitled voters is more than half: 赵文博 passes and is elected; 孙丽娟 has 2");
    assertTrue(result.getBoolean("valid"), "4 ballots reach the quorum of ⌈5 × 2/3⌉ = 4");
    assertEquals(cluster.db.queryString("SELECT hash FROM core.audit WHERE action = 'poll.certify' AND object_id = '" + pollId + "'"),
        certified.getJsonObject("certified").getString("auditHash"));
    assertEquals(1, cluster.db.queryLong("SELECT count(*) FROM core.outbox WHERE topic = 'live.poll-certified'"
        + " AND (payload->>'pollId')::bigint = " + pollId + " AND (payload->>'ballots')::int = 4"));
    assertNotNull(shown.getJsonObject("result"), "revealed to phones");

    HttpResponse<Buffer> hiddenBox = result(Api.to(vertx, cluster.port(0)).get("/api/public/polls/" + pollId + "/ballot-box"));
    assertEquals(404, hiddenBox.statusCode(), "the box opens only once published");
    result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "publish"));
    JsonObject box = result(Api.to(vertx, cluster.port(0)).get("/api/public/polls/" + pollId + "/ballot-box")).bodyAsJsonObject();
    String mine = receipt;
    assertEquals(4, box.getJsonArray("ballots").size());
    assertTrue(box.getJsonArray("ballots").stream().anyMatch(b -> ((JsonObject) b).getString("receipt").equals(mine)));
    assertEquals(List.of("poll.create", "poll.open", "poll.close", "poll.certify", "poll.reveal", "poll.publish"),
        auditActions(pollId));
  }

  @Test
  @DisplayName("an approval vote tied at the last seat gets its runoff poll at certification: the tied candidates, the seat left, in draft")
  void runoff() {
    Setup s = setUp("2026年临江市公开选拔（加试）", 3);
    long pollId = result(Demo.poll(organizer, s.campaign(), s.eventId(), new JsonObject().put("title", "财政局副局长人选票决")
        .put("kind", "approval").put("seats", 1).put("entitled", 3))).getLong("id");
    result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "open"));
    Api phone = result(Demo.join(Api.to(vertx, cluster.port(0)), s.tokens().get(0)));
    for (String token : s.tokens()) {
      assertEquals(201, vote(phone, pollId, token, Demo.approve(s.candidates(), "approve", "approve", "oppose")).statusCode());
    }
    result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "close"));
    JsonObject certified = result(Demo.step(organizer, s.campaign(), s.eventId(), pollId, "certify"));

    assertEquals(0, certified.getJsonObject("certified").getJsonObject("result").getJsonArray("elected").size());
    JsonArray polls = result(organizer.get(Demo.eventsPath(s.campaign()) + "/" + s.eventId() + "/polls")).bodyAsJsonObject()
        .getJsonArray("polls");
    JsonObject runoff = polls.stream().map(p -> (JsonObject) p).filter(p -> Long.valueOf(pollId).equals(p.getLong("runoffOf")))
        .findFirst().orElseThrow();
    assertEquals("财政局副局长人选票决（加试）", runoff.getString("title"));
    assertEquals("draft", runoff.getString("status"));
    assertEquals(List.of("赵文博", "孙丽娟"), runoff.getJsonObject("definition").getJsonArray("candidates").stream()
        .map(c -> ((JsonObject) c).getString("name")).toList());
    assertEquals(1, runoff.getJsonObject("definition").getInteger("k"));
  }

  private List<String> auditActions(long pollId) {
    JsonArray entries = result(organizer.get("/api/audit?limit=1000")).bodyAsJsonObject().getJsonArray("entries");
    return entries.stream().map(e -> (JsonObject) e).filter(e -> "poll".equals(e.getString("objectType"))
        && String.valueOf(pollId).equals(e.getString("objectId"))).map(e -> e.getString("action")).toList();
  }

  private static JsonObject pollOf(HttpResponse<Buffer> state, long pollId) {
    return state.bodyAsJsonObject().getJsonArray("polls").stream().map(p -> (JsonObject) p)
        .filter(p -> p.getLong("id") == pollId).findFirst().orElseThrow();
  }

  private static String firstField(HttpResponse<Buffer> r) {
    assertEquals(400, r.statusCode(), r.bodyAsString());
    return r.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
