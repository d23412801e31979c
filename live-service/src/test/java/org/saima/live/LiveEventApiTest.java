package org.saima.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saima.live.support.Await.result;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.saima.live.draw.Seed;
import org.saima.live.draw.SpeakingOrderDraw;
import org.saima.live.support.Demo;
import org.saima.live.support.LiveCluster;
import org.saima.shared.testing.Api;

@DisplayName("A live event through the HTTP API: setup, draw, stage, tokens")
class LiveEventApiTest {
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

  @Test
  @DisplayName("an organizer sets up an event over the position's three candidates, with voter categories and an idle stage")
  void setUp() {
    Demo.Campaign c = Demo.campaign(cluster.db, "2026年临江市公开选拔县级领导干部（甲）");
    JsonObject event = result(Demo.event(organizer, c));
    assertEquals(List.of("赵文博", "孙丽娟", "钱建军"), names(event.getJsonArray("candidates")));
    assertEquals(480, event.getJsonArray("candidates").getJsonObject(0).getInteger("speechSeconds"));
    assertEquals(List.of("领导班子成员", "中层干部", "基层干部群众"), names(event.getJsonArray("categories")));
    assertEquals("0.4", event.getJsonArray("categories").getJsonObject(0).getString("weight"));
    assertEquals("waiting", event.getJsonObject("stage").getString("phase"));
    assertEquals(1, cluster.db.queryLong("SELECT count(*) FROM core.audit WHERE action = 'event.create' AND campaign_id = "
        + c.campaignId()));
  }

  @Test
  @DisplayName("an event of campaign 1000 is found under its campaign and not under another (ids compared by value)")
  void largeIds() {
    cluster.db.execute("SELECT setval('core.campaigns_id_seq', 999)");
    Demo.Campaign c = Demo.campaign(cluster.db, "2026年临江市公开选拔县级领导干部（千号）");
    JsonObject event = result(Demo.event(organizer, c));
    assertEquals(1000, c.campaignId());
    assertEquals(200, result(organizer.get(Demo.eventsPath(c) + "/" + event.getLong("id"))).statusCode());
    assertEquals(404, result(organizer.get("/api/campaigns/1/events/" + event.getLong("id"))).statusCode());
  }

  @Test
  @DisplayName("bad event setups are refused naming the field, and nothing is stored")
  void badSetup() {
    Demo.Campaign c = Demo.campaign(cluster.db, "2026年临江市公开选拔县级领导干部（乙）");
    JsonObject good = Demo.eventRequest(c);
    List<HttpResponse<Buffer>> answers = List.of(
        result(organizer.post(Demo.eventsPath(c), good.copy().put("speechSeconds", 5))),
        result(organizer.post(Demo.eventsPath(c), good.copy().put("positionId", 999_999))),
        result(organizer.post(Demo.eventsPath(c), good.copy().put("categories", new JsonArray()
            .add(new JsonObject().put("name", "中层干部").put("entitled", 3))
            .add(new JsonObject().put("name", "中层干部").put("entitled", 4))))),
        result(organizer.post(Demo.eventsPath(c), good.copy().put("candidateIds", new JsonArray().add(c.candidateIds().get(0))
            .add(c.candidateIds().get(0))))));
    List<String> fields = List.of("speechSeconds", "positionId", "categories.1.name", "candidateIds");
    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<Buffer> r = answers.get(i);
      assertEquals(400, r.statusCode(), r.bodyAsString());
      assertEquals("application/problem+json", r.getHeader("Content-Type"));
      assertEquals(fields.get(i), r.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"),
          r.bodyAsString());
    }
    assertEquals(0, cluster.db.queryLong("SELECT count(*) FROM live.events WHERE campaign_id = " + c.campaignId()));
  }

  @Test
  @DisplayName("the draw: a commitment first, a seed that does not match it is refused, the right seed draws an order anyone can recompute")
  void verifiableDraw() throws Exception {
    Demo.Campaign c = Demo.campaign(cluster.db, "2026年临江市公开选拔县级领导干部（丙）");
    JsonObject event = result(Demo.event(organizer, c));
    String base = Demo.eventsPath(c) + "/" + event.getLong("id") + "/draw";
    String seed = "8f14e45fceea167a5a36dedd4bea2543c9f0f895fb98ab9159f51fd0297e236d";
    String commitment = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(seed)));

    HttpResponse<Buffer> early = result(organizer.post(base + "/seed", new JsonObject().put("seed", seed)));
    HttpResponse<Buffer> committed = result(organizer.post(base + "/commitment", new JsonObject().put("commitment", commitment)));
    HttpResponse<Buffer> wrong = result(organizer.post(base + "/seed", new JsonObject().put("seed", seed.replace('8', '9'))));
    HttpResponse<Buffer> drawn = result(organizer.post(base + "/seed", new JsonObject().put("seed", seed)));
    HttpResponse<Buffer> again = result(organizer.post(base + "/commitment", new JsonObject().put("commitment", commitment)));

    assertEquals(409, early.statusCode(), early.bodyAsString());
    assertEquals(200, committed.statusCode(), committed.bodyAsString());
    assertEquals("seed", wrong.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(200, drawn.statusCode(), drawn.bodyAsString());
    assertEquals(409, again.statusCode());
    JsonObject published = result(Api.to(vertx, cluster.port(0)).get("/api/public/events/" + event.getLong("id") + "/draw"))
        .bodyAsJsonObject().getJsonObject("draw");
    List<String> names = published.getJsonArray("names").stream().map(String::valueOf).toList();
    List<String> order = published.getJsonArray("order").stream().map(String::valueOf).toList();
    assertTrue(SpeakingOrderDraw.verify(published.getString("commitment"), Seed.ofHex(published.getString("seed")), names,
        order).verified());
    List<String> speakers = names(drawn.bodyAsJsonObject().getJsonArray("candidates"));
    assertEquals(order.stream().map(o -> o.substring(o.indexOf(' ') + 1)).toList(), speakers,
        "the run-of-show follows the drawn order");
  }

  @Test
  @DisplayName("stage control: the timer is set by the phase, counts down on the server while running and holds when paused")
  void stageTimer() throws InterruptedException {
    Demo.Campaign c = Demo.campaign(cluster.db, "2026年临江市公开选拔县级领导干部（丁）");
    JsonObject event = result(Demo.event(organizer, c));
    String stage = Demo.eventsPath(c) + "/" + event.getLong("id") + "/stage";
    long speaker = c.candidateIds().get(1);

    JsonObject shown = result(organizer.post(stage, new JsonObject().put("action", "show").put("candidateId", speaker)
        .put("phase", "qa"))).bodyAsJsonObject();
    result(organizer.post(stage, new JsonObject().put("action", "start")));
    Thread.sleep(1200);
    JsonObject paused = result(organizer.post(stage, new JsonObject().put("action", "pause"))).bodyAsJsonObject();
    Thread.sleep(500);
    JsonObject extended = result(organizer.post(stage, new JsonObject().put("action", "extend").put("seconds", 60)))
        .bodyAsJsonObject();

    assertEquals(300_000, shown.getLong("remainingMs"));
    assertFalse(shown.getBoolean("running"));
    long left = paused.getLong("remainingMs");
    assertTrue(left <= 298_800 && left > 297_000, "about 1.2 s went by: " + left);
    assertEquals(left + 60_000, extended.getLong("remainingMs"), "paused: no time passes, and extend adds a minute");
    HttpResponse<Buffer> noSpeaker = result(organizer.post(stage, new JsonObject().put("action", "show")));
    assertEquals("candidateId", noSpeaker.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  @DisplayName("tokens are printed once with a QR link and only their hashes are stored; a phone joins with one, typed loosely")
  void tokensAndJoin() {
    Demo.Campaign c = Demo.campaign(cluster.db, "2026年临江市公开选拔县级领导干部（戊）");
    JsonObject event = result(Demo.event(organizer, c));
    long eventId = event.getLong("id");
    HttpResponse<Buffer> sheet = result(organizer.post(Demo.eventsPath(c) + "/" + eventId + "/tokens",
        new JsonObject().put("categoryId", Demo.category(event, 1)).put("count", 3).put("baseUrl", "https://live.example.cn")));
    JsonObject first = sheet.bodyAsJsonObject().getJsonArray("tokens").getJsonObject(0);
    String code = first.getString("code");
    assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), code);
    assertEquals("https://live.example.cn/vote/#t=" + code.replace("-", ""), first.getString("url"));
    assertTrue(first.getString("qrSvg").startsWith("<svg"));
    assertEquals(3, cluster.db.queryLong("SELECT count(*) FROM live.ballot_tokens WHERE event_id = " + eventId));
    assertEquals(0, cluster.db.queryLong("SELECT count(*) FROM live.ballot_tokens WHERE encode(token_hash, 'escape') LIKE '%"
        + code.substring(0, 4) + "%'"));

    Api phone = Api.to(vertx, cluster.port(0));
    JsonObject joined = result(phone.post("/api/observer/join", new JsonObject().put("token", code.toLowerCase().replace("-", " "))))
        .bodyAsJsonObject();
    assertEquals("中层干部", joined.getJsonObject("category").getString("name"));
    HttpResponse<Buffer> unknown = result(phone.post("/api/observer/join", new JsonObject().put("token", "0000-0000-0000-0000")));
    assertEquals("token", unknown.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));

    Api observer = phone.as(joined.getString("observerToken"));
    assertEquals(200, result(observer.get("/api/observer/state")).statusCode());
    assertEquals(401, result(observer.get(Demo.eventsPath(c) + "/" + eventId)).statusCode(),
        "an observer token opens no staff endpoint");
    assertEquals(401, result(organizer.get("/api/observer/state")).statusCode(), "a staff token is no observer token");
  }

  private static List<String> names(JsonArray list) {
    return list.stream().map(o -> ((JsonObject) o).getString("name")).toList();
  }
}
