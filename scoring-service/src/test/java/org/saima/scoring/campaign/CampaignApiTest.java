package org.saima.scoring.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saima.shared.testing.Api;

@ExtendWith(VertxExtension.class)
@DisplayName("Campaigns, positions and candidates through the HTTP API")
class CampaignApiTest {
  private static final ScoringNode scoring = new ScoringNode();

  @BeforeAll
  static void start(VertxTestContext ctx) {
    scoring.start(Map.of()).onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    scoring.stop().onComplete(ctx.succeedingThenComplete());
  }

  private static Future<Api> admin(Vertx vertx) {
    return Api.to(vertx, scoring.port()).loginAdmin();
  }

  private static long count(String sql) {
    return scoring.db.queryLong(sql);
  }

  @Test
  @DisplayName("an organizer creates a campaign, a position and a candidate whose ID number only comes back masked")
  void createCampaignPositionCandidate(Vertx vertx, VertxTestContext ctx) {
    admin(vertx).compose(api -> ScoringNode.campaignWithPosition(api, "2026年东湖区公开选拔科级干部", "KJ01")
            .compose(ids -> api.post("/api/campaigns/" + ids[0] + "/candidates", new JsonObject()
                .put("name", "李明").put("idCard", "330102198503120014").put("positionId", ids[1])
                .put("unit", "东湖区民政局").put("currentPost", "社会救助科科长").put("phone", "13900001234"))))
        .onComplete(ctx.succeeding(candidate -> ctx.verify(() -> {
          assertEquals(201, candidate.statusCode(), candidate.bodyAsString());
          JsonObject body = candidate.bodyAsJsonObject();
          assertEquals("330102********0014", body.getString("idCardMasked"));
          assertEquals("139****1234", body.getString("phoneMasked"));
          assertEquals("男", body.getString("gender"));
          assertEquals(1985, body.getInteger("birthYear"));
          assertFalse(candidate.bodyAsString().contains("19850312"));
          assertTrue(candidate.getHeader("Location").endsWith("/candidates/" + body.getLong("id")));
          assertEquals("330102198503120014", scoring.db.queryString("SELECT id_card FROM core.candidates WHERE name = '李明'"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("every change is in the audit trail, with the ID number masked there too, and the chain verifies")
  void changesAreAudited(Vertx vertx, VertxTestContext ctx) {
    admin(vertx).compose(api -> ScoringNode.campaignWithPosition(api, "2026年南山区公开选拔副科级干部", "FK01")
            .compose(ids -> api.post("/api/campaigns/" + ids[0] + "/candidates", new JsonObject()
                    .put("name", "赵敏").put("idCard", "11010519491231002X").put("positionId", ids[1])
                    .put("unit", "南山区审计局"))
                .compose(x -> api.get("/api/audit?campaignId=" + ids[0]))
                .compose(audit -> api.get("/api/audit/verify").map(verify -> List.of(audit, verify)))))
        .onComplete(ctx.succeeding(results -> ctx.verify(() -> {
          var entries = results.get(0).bodyAsJsonObject().getJsonArray("entries");
          assertEquals(List.of("campaign.create", "position.create", "candidate.create"),
              entries.stream().map(e -> ((JsonObject) e).getString("action")).toList());
          JsonObject candidate = entries.getJsonObject(2);
          assertEquals("admin", candidate.getString("actor"));
          assertEquals("110105********002X", candidate.getJsonObject("detail").getString("idCardMasked"));
          assertFalse(results.get(0).bodyAsString().contains("19491231"));
          assertTrue(results.get(1).bodyAsJsonObject().getBoolean("intact"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("an update with a stale version is refused with 409 and changes nothing")
  void staleUpdate(Vertx vertx, VertxTestContext ctx) {
    admin(vertx).compose(api -> ScoringNode.campaignWithPosition(api, "2026年北湖区公开选拔科级干部", "KJ01")
            .compose(ids -> {
              JsonObject change = new JsonObject().put("name", "2026年北湖区公开选拔科级领导干部").put("status", "running")
                  .put("version", 1);
              return api.put("/api/campaigns/" + ids[0], change)
                  .compose(first -> api.put("/api/campaigns/" + ids[0], change.copy().put("name", "另一个名字"))
                      .map(second -> List.of(first, second)));
            }))
        .onComplete(ctx.succeeding(results -> ctx.verify(() -> {
          assertEquals(200, results.get(0).statusCode(), results.get(0).bodyAsString());
          assertEquals(2, results.get(0).bodyAsJsonObject().getInteger("version"));
          assertEquals(409, results.get(1).statusCode());
          assertTrue(results.get(1).bodyAsJsonObject().getString("detail").contains("changed by someone else"));
          assertEquals(0, count("SELECT count(*) FROM core.campaigns WHERE name = '另一个名字'"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("bad candidates are refused naming the field, and nothing is stored")
  void badCandidates(Vertx vertx, VertxTestContext ctx) {
    admin(vertx).compose(api -> ScoringNode.campaignWithPosition(api, "2026年西湖区公开选拔科级干部", "KJ01")
            .compose(ids -> {
              String path = "/api/campaigns/" + ids[0] + "/candidates";
              JsonObject good = new JsonObject().put("name", "钱伟").put("idCard", "330102198503120014")
                  .put("positionId", ids[1]).put("unit", "西湖区财政局");
              return Future.all(List.of(
                  api.post(path, good.copy().put("idCard", "330102198503120015")),
                  api.post(path, good.copy().put("positionId", 999_999)),
                  api.post(path, good.copy().put("phone", "call me")),
                  api.post(path, good.copy().put("positionId", "one")),
                  api.post(path, good.copy().put("name", "")),
                  api.post(path, good.copy().put("idCard", null).put("salary", 1))))
                  .map(all -> all.<HttpResponse<Buffer>>list());
            }))
        .onComplete(ctx.succeeding(responses -> ctx.verify(() -> {
          List<String> fields = List.of("idCard", "positionId", "phone", "positionId", "name", "idCard");
          for (int i = 0; i < responses.size(); i++) {
            HttpResponse<Buffer> r = responses.get(i);
            assertEquals(400, r.statusCode(), r.bodyAsString());
            assertEquals("application/problem+json", r.getHeader("Content-Type"));
            String field = fields.get(i);
            assertTrue(r.bodyAsJsonObject().getJsonArray("errors").stream()
                .anyMatch(e -> ((JsonObject) e).getString("field").equals(field)), r.bodyAsString());
          }
          assertEquals(0, count("SELECT count(*) FROM core.candidates c JOIN core.campaigns k ON k.id = c.campaign_id"
              + " WHERE k.name = '2026年西湖区公开选拔科级干部'"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("the same position code or the same person twice in a campaign is a 409 conflict")
  void duplicates(Vertx vertx, VertxTestContext ctx) {
    admin(vertx).compose(api -> ScoringNode.campaignWithPosition(api, "2026年江北区公开选拔科级干部", "KJ01")
            .compose(ids -> {
              JsonObject person = new JsonObject().put("name", "孙丽").put("idCard", "11010519491231002X")
                  .put("positionId", ids[1]).put("unit", "江北区统计局");
              String base = "/api/campaigns/" + ids[0];
              return api.post(base + "/positions", new JsonObject().put("code", "KJ01").put("name", "重复").put("seats", 1))
                  .compose(dupPosition -> api.post(base + "/candidates", person)
                      .compose(first -> api.post(base + "/candidates", person.copy().put("name", "孙丽丽")))
                      .map(dupPerson -> List.of(dupPosition, dupPerson)));
            }))
        .onComplete(ctx.succeeding(results -> ctx.verify(() -> {
          assertEquals(409, results.get(0).statusCode(), results.get(0).bodyAsString());
          assertEquals(409, results.get(1).statusCode(), results.get(1).bodyAsString());
          assertFalse(results.get(1).bodyAsString().contains("19491231"), "the conflict must not echo the ID number");
          assertEquals("idCard", results.get(1).bodyAsJsonObject().getJsonArray("errors").getJsonObject(0)
              .getString("field"));
          assertEquals("code", results.get(0).bodyAsJsonObject().getJsonArray("errors").getJsonObject(0)
              .getString("field"));
          assertEquals(0, count("SELECT count(*) FROM core.candidates WHERE name = '孙丽丽'"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a missing campaign or candidate is 404")
  void missing(Vertx vertx, VertxTestContext ctx) {
    admin(vertx).compose(api -> Future.all(api.get("/api/campaigns/424242"),
            api.get("/api/campaigns/424242/candidates/1"), api.get("/api/campaigns/abc")))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(0).statusCode());
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(1).statusCode());
          assertEquals(400, all.<HttpResponse<Buffer>>resultAt(2).statusCode());
          ctx.completeNow();
        })));
  }
}
