package org.saima.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saima.shared.service.Node;
import org.saima.shared.service.ServiceNode;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

@ExtendWith(VertxExtension.class)
@DisplayName("The live service node")
class LiveServiceTest {
  private static TestDatabase db;
  private static Node node;

  @BeforeAll
  static void start(VertxTestContext ctx) {
    db = TestDatabase.create();
    TestNodes.start(new LiveService(), TestNodes.clusterEnv(db)).onComplete(ctx.succeeding(n -> {
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
  @DisplayName("migrates its own schema next to core, is ready, and serves sign-in, its contract and its page")
  void startsAndServes(Vertx vertx, VertxTestContext ctx) {
    Api api = Api.to(vertx, node.httpPort());
    Future.all(api.get("/health/ready"), api.get("/openapi.yaml"), api.get("/"),
            api.loginAdmin().compose(signedIn -> signedIn.get("/api/audit/verify")))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          assertEquals(1, db.queryLong("SELECT count(*) FROM live.flyway_schema_history WHERE version = '1' AND success"));
          assertEquals(1, db.queryLong("SELECT count(*) FROM core.flyway_schema_history WHERE version = '1' AND success"));
          assertEquals("UP", all.<HttpResponse<Buffer>>resultAt(0).bodyAsJsonObject().getString("status"));
          assertTrue(all.<HttpResponse<Buffer>>resultAt(1).bodyAsString().contains("Saima live service"));
          assertEquals(200, all.<HttpResponse<Buffer>>resultAt(2).statusCode());
          assertTrue(all.<HttpResponse<Buffer>>resultAt(2).bodyAsString().contains("data-service=\"live\""));
          assertTrue(all.<HttpResponse<Buffer>>resultAt(3).bodyAsJsonObject().getBoolean("intact"));
          ctx.completeNow();
        })));
  }
}
