package org.saima.scoring.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saima.shared.testing.Api;

@ExtendWith(VertxExtension.class)
@DisplayName("Who may do what")
class AuthorizationTest {
  private static final ScoringNode scoring = new ScoringNode();
  private static long campaignA;
  private static long campaignB;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    scoring.start(Map.of())
        .compose(s -> Api.to(vertx, scoring.port()).loginAdmin())
        .compose(admin -> ScoringNode.campaignWithPosition(admin, "2026年临江市公开选拔县级领导干部", "XZ01")
            .compose(a -> ScoringNode.campaignWithPosition(admin, "2026年椒山县公开选拔科级干部", "KJ01").map(b -> {
              campaignA = a[0];
              campaignB = b[0];
              return admin;
            }))
            .compose(x -> admin.post("/api/users", user("org.lin", "organizer", campaignA)))
            .compose(x -> admin.post("/api/users", user("exam.he", "examiner", campaignA))))
        .onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    scoring.stop().onComplete(ctx.succeedingThenComplete());
  }

  private static JsonObject user(String username, String role, long campaign) {
    return new JsonObject().put("username", username).put("displayName", "林组织").put("password", "account-pass-2026")
        .put("roles", new JsonArray().add(role)).put("campaigns", new JsonArray().add(campaign));
  }

  private static Future<Api> as(Vertx vertx, String username) {
    return Api.to(vertx, scoring.port()).login(username, "account-pass-2026");
  }

  private static long count(String sql) {
    return scoring.db.queryLong(sql);
  }

  private static void assertForbidden(HttpResponse<Buffer> response) {
    assertEquals(403, response.statusCode(), response.bodyAsString());
    assertEquals("application/problem+json", response.getHeader("Content-Type"));
  }

  @Test
  @DisplayName("an examiner may not list or create campaigns, and nothing is created")
  void examinerIsNotAnOrganizer(Vertx vertx, VertxTestContext ctx) {
    long before = count("SELECT count(*) FROM core.campaigns");
    as(vertx, "exam.he").compose(api -> Future.all(api.get("/api/campaigns"),
            api.post("/api/campaigns", new JsonObject().put("name", "考官建的选拔"))))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          assertForbidden(all.resultAt(0));
          assertForbidden(all.resultAt(1));
          assertEquals(before, count("SELECT count(*) FROM core.campaigns"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("another campaign's organizer can neither read nor change it, nor import into it")
  void otherCampaignIsOffLimits(Vertx vertx, VertxTestContext ctx) {
    String b = "/api/campaigns/" + campaignB;
    as(vertx, "org.lin").compose(api -> Future.all(List.of(
            api.get(b),
            api.put(b, new JsonObject().put("name", "改名").put("status", "running").put("version", 1)),
            api.post(b + "/positions", new JsonObject().put("code", "X1").put("name", "越权岗位").put("seats", 1)),
            api.send(HttpMethod.POST, b + "/candidates/import", "text/csv", Buffer.buffer(
                "姓名,身份证号,岗位代码,工作单位\n陈志远,330102198503120014,KJ01,临江市发改委\n"
                    .getBytes(StandardCharsets.UTF_8))),
            api.get("/api/campaigns"))))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          for (int i = 0; i < 4; i++) {
            assertForbidden(all.resultAt(i));
          }
          JsonArray visible = all.<HttpResponse<Buffer>>resultAt(4).bodyAsJsonObject().getJsonArray("campaigns");
          List<Long> ids = visible.stream().map(c -> ((JsonObject) c).getLong("id")).toList();
          assertEquals(true, ids.contains(campaignA), ids.toString());
          assertEquals(false, ids.contains(campaignB), ids.toString());
          assertEquals(0, count("SELECT count(*) FROM core.campaigns WHERE name = '改名'"));
          assertEquals(0, count("SELECT count(*) FROM core.positions WHERE name = '越权岗位'"));
          assertEquals(0, count("SELECT count(*) FROM core.candidates WHERE campaign_id = " + campaignB));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("an organizer who creates a campaign may act on it once their token is refreshed")
  void creatorGetsTheCampaign(Vertx vertx, VertxTestContext ctx) {
    as(vertx, "org.lin").compose(api -> api.post("/api/campaigns", new JsonObject().put("name", "2026年临江市国企竞争上岗"))
            .compose(created -> {
              String path = "/api/campaigns/" + created.bodyAsJsonObject().getLong("id");
              return api.get(path).compose(before -> api.post("/api/auth/refresh", new JsonObject())
                  .compose(session -> api.as(session.bodyAsJsonObject().getString("token")).get(path))
                  .map(after -> List.of(created, before, after)));
            }))
        .onComplete(ctx.succeeding(results -> ctx.verify(() -> {
          assertEquals(201, results.get(0).statusCode(), results.get(0).bodyAsString());
          assertForbidden(results.get(1));
          assertEquals(200, results.get(2).statusCode(), results.get(2).bodyAsString());
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("only an organizer over all campaigns manages accounts; duplicates and weak passwords are refused")
  void accounts(Vertx vertx, VertxTestContext ctx) {
    JsonObject proctor = new JsonObject().put("username", "proctor.wu").put("password", "proctor-pass-2026")
        .put("roles", new JsonArray().add("proctor"));
    Future.all(as(vertx, "org.lin").compose(api -> api.post("/api/users", proctor)),
            Api.to(vertx, scoring.port()).loginAdmin().compose(admin -> admin.post("/api/users", proctor)
                .compose(first -> admin.post("/api/users", proctor.copy().put("username", "PROCTOR.WU")))
                .compose(dup -> admin.post("/api/users", proctor.copy().put("username", "proctor.zhou")
                    .put("password", "1234567890")).map(weak -> List.of(dup, weak)))))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          assertForbidden(all.resultAt(0));
          List<HttpResponse<Buffer>> admin = all.resultAt(1);
          assertEquals(409, admin.get(0).statusCode(), admin.get(0).bodyAsString());
          assertEquals(400, admin.get(1).statusCode(), admin.get(1).bodyAsString());
          assertEquals("password", admin.get(1).bodyAsJsonObject().getJsonArray("errors").getJsonObject(0)
              .getString("field"));
          assertEquals(1, count("SELECT count(*) FROM core.users WHERE lower(username) LIKE 'proctor.%'"));
          ctx.completeNow();
        })));
  }
}
