package org.saima.scoring.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saima.scoring.ScoringService;
import org.saima.shared.service.Node;
import org.saima.shared.service.ServiceNode;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

@ExtendWith(VertxExtension.class)
@DisplayName("Campaigns through the HTTP API")
class CampaignApiTest {
  private static TestDatabase db;
  private static Node node;

  @BeforeAll
  static void start(VertxTestContext ctx) {
    db = TestDatabase.create();
    Map<String, String> env = TestNodes.clusterEnv(db);
    TestNodes.start(new ScoringService(), env).onComplete(ctx.succeeding(n -> {
      node = n;
      ctx.completeNow();
    }));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    ServiceNode.stop(node).onComplete(x -> {
      db.close();
      ctx.completeNow();
    });
  }

  @Test
  @DisplayName("an organizer creates a campaign, adds a position and a candidate whose ID number comes back masked")
  void createCampaignPositionCandidate(Vertx vertx, VertxTestContext ctx) {
    Api.to(vertx, node.httpPort()).loginAdmin()
        .compose(api -> api.post("/api/campaigns", new JsonObject().put("name", "2026年东湖区公开选拔科级干部")
                .put("organizer", "中共东湖区委组织部"))
            .compose(created -> {
              ctx.verify(() -> assertEquals(201, created.statusCode(), created.bodyAsString()));
              long id = created.bodyAsJsonObject().getLong("id");
              return api.post("/api/campaigns/" + id + "/positions", new JsonObject().put("code", "KJ01")
                      .put("name", "区民政局副局长").put("seats", 1))
                  .compose(position -> api.post("/api/campaigns/" + id + "/candidates", new JsonObject()
                      .put("name", "李明").put("idCard", "330102198503120014")
                      .put("positionId", position.bodyAsJsonObject().getLong("id")).put("unit", "东湖区民政局")));
            }))
        .onComplete(ctx.succeeding(candidate -> ctx.verify(() -> {
          assertEquals(201, candidate.statusCode(), candidate.bodyAsString());
          JsonObject body = candidate.bodyAsJsonObject();
          assertEquals("330102********0014", body.getString("idCardMasked"));
          assertEquals("男", body.getString("gender"));
          assertTrue(!candidate.bodyAsString().contains("19850312"));
          assertEquals(1, db.queryLong("SELECT count(*) FROM core.candidates WHERE name = '李明'"));
          ctx.completeNow();
        })));
  }
}
