package org.saima.shared.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saima.shared.service.Node;
import org.saima.shared.service.ServiceNode;
import org.saima.shared.testing.Api;
import org.saima.shared.testing.Eventually;
import org.saima.shared.testing.ProbeService;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

@ExtendWith(VertxExtension.class)
@DisplayName("Three nodes started at once on one database")
class PlatformClusterTest {
  private static TestDatabase db;
  private static final List<Node> nodes = new ArrayList<>();

  @BeforeAll
  static void start(VertxTestContext ctx) {
    db = TestDatabase.create();
    Map<String, String> env = TestNodes.clusterEnv(db);
    List<Future<Node>> starting = List.of(TestNodes.start(new ProbeService(), env),
        TestNodes.start(new ProbeService(), env), TestNodes.start(new ProbeService(), env));
    Future.all(starting).onComplete(ctx.succeeding(all -> {
      starting.forEach(f -> nodes.add(f.result()));
      ctx.completeNow();
    }));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    Future.join(nodes.stream().map(ServiceNode::stop).toList()).onComplete(x -> {
      db.close();
      ctx.completeNow();
    });
  }

  @Test
  @DisplayName("migrated the database exactly once between them")
  void migratedOnce() {
    assertEquals(1, db.queryLong("SELECT count(*) FROM core.flyway_schema_history WHERE version = '1'"));
    assertEquals(1, db.queryLong("SELECT count(*) FROM probe.flyway_schema_history WHERE version = '1'"));
    assertEquals(1, db.queryLong("SELECT count(*) FROM core.users WHERE username = 'admin'"));
    assertEquals(1, db.queryLong("SELECT count(*) FROM core.settings WHERE key = 'jwt.secret'"));
  }

  @Test
  @DisplayName("form one cluster, and every node's readiness says so")
  void readinessShowsThreeMembers(Vertx vertx, VertxTestContext ctx) {
    Future.all(nodes.stream().map(n -> Api.to(vertx, n.httpPort()).get("/health/ready")).toList())
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          for (int i = 0; i < nodes.size(); i++) {
            JsonObject ready = all.<io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer>>resultAt(i)
                .bodyAsJsonObject();
            assertEquals("UP", ready.getString("status"), ready.encode());
            JsonObject cluster = ready.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals("cluster")).findFirst().orElseThrow();
            assertEquals(3, cluster.getJsonObject("data").getInteger("members"));
          }
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("exchange messages over the clustered event bus")
  void eventBusAcrossNodes(VertxTestContext ctx) {
    Node first = nodes.get(0);
    Node second = nodes.get(1);
    second.vertx().eventBus().<JsonObject>consumer("probe.ping", message ->
        message.reply(new JsonObject().put("from", second.clusterManager().getNodeId())
            .put("echo", message.body().getString("text"))))
        .completion()
        .compose(x -> first.vertx().eventBus().<JsonObject>request("probe.ping", new JsonObject().put("text", "开始投票")))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertEquals("开始投票", reply.body().getString("echo"));
          assertEquals(second.clusterManager().getNodeId(), reply.body().getString("from"));
          assertNotEquals(first.clusterManager().getNodeId(), reply.body().getString("from"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("accept a token signed in on any one of them")
  void tokensWorkOnEveryNode(Vertx vertx, VertxTestContext ctx) {
    Api.to(vertx, nodes.get(0).httpPort()).loginAdmin()
        .compose(signedIn -> Future.all(nodes.stream().map(n -> Api.to(vertx, n.httpPort())
            .as(signedIn.token()).get("/api/auth/me")).toList()))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          for (int i = 0; i < nodes.size(); i++) {
            var me = all.<io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer>>resultAt(i);
            assertEquals(200, me.statusCode(), me.bodyAsString());
            assertEquals("admin", me.bodyAsJsonObject().getString("username"));
          }
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("share the outbox: facts written on one node are applied once by the service's nodes")
  void outboxAcrossNodes(VertxTestContext ctx) throws Exception {
    List<Future<Long>> facts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int n = i;
      Node writer = nodes.get(i % nodes.size());
      facts.add(writer.store().transaction(tx -> tx.fact(ProbeService.TOPIC, null, new JsonObject().put("n", n))));
    }
    Future.all(facts).onComplete(ctx.succeedingThenComplete());
    Eventually.holds("60 facts received", () -> db.queryLong("SELECT count(*) FROM probe.received") == 60);
    assertEquals(60, db.queryLong("SELECT count(DISTINCT fact_id) FROM probe.received"));
  }
}
