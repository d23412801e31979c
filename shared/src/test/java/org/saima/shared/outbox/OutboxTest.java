package org.saima.shared.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.db.Database;
import org.saima.shared.db.Migrations;
import org.saima.shared.db.Store;
import org.saima.shared.testing.Eventually;
import org.saima.shared.testing.TestDatabase;

@ExtendWith(VertxExtension.class)
@DisplayName("The outbox")
class OutboxTest {
  private static final String TOPIC = "exam.result-published";
  private TestDatabase db;
  private SaimaConfig config;
  private Pool pool;
  private Store store;

  @BeforeEach
  void setUp(Vertx vertx) {
    db = TestDatabase.create();
    config = SaimaConfig.fromEnvWith(db.env());
    Migrations.migrate(config, "core", "probe");
    pool = Database.pool(vertx, config);
    store = new Store(pool, vertx.eventBus(), "exam");
  }

  @AfterEach
  void tearDown(VertxTestContext ctx) {
    pool.close().onComplete(x -> {
      db.close();
      ctx.completeNow();
    });
  }

  private Future<Long> publish(int n) {
    return store.transaction(tx -> tx.fact(TOPIC, 1L, new JsonObject().put("candidateId", n).put("score", 80 + n)));
  }

  private static FactHandler recorder(String node) {
    return (conn, fact) -> conn.preparedQuery("INSERT INTO probe.received (fact_id, topic, node) VALUES ($1, $2, $3)")
        .execute(Tuple.of(fact.id(), fact.topic(), node)).mapEmpty();
  }

  private Future<String> consume(Vertx vertx, String node) {
    return vertx.deployVerticle(new OutboxConsumerVerticle(pool, "scoring", Map.of(TOPIC, recorder(node)), 200));
  }

  private static Future<Void> sequentially(int count, java.util.function.IntFunction<Future<?>> step) {
    Future<Void> chain = Future.succeededFuture();
    for (int i = 1; i <= count; i++) {
      int n = i;
      chain = chain.compose(x -> step.apply(n).mapEmpty());
    }
    return chain;
  }

  @Test
  @DisplayName("facts published while the consumer was down are all handled once it starts")
  void catchUpAfterDowntime(Vertx vertx, VertxTestContext ctx) throws Exception {
    sequentially(250, this::publish)
        .compose(x -> consume(vertx, "late"))
        .onComplete(ctx.succeedingThenComplete());
    Eventually.holds("250 facts received", () -> db.queryLong("SELECT count(*) FROM probe.received") == 250);
    assertEquals(250, db.queryLong("SELECT last_id FROM core.outbox_offsets WHERE consumer = 'scoring'"));
  }

  @Test
  @DisplayName("a fact whose transaction rolled back is never delivered")
  void rolledBackFactIsNeverSeen(Vertx vertx, VertxTestContext ctx) throws Exception {
    publish(1)
        .compose(x -> store.transaction(tx -> tx.fact(TOPIC, 1L, new JsonObject().put("candidateId", 99))
            .compose(id -> Future.<Long>failedFuture("the result could not be saved"))))
        .recover(e -> publish(2))
        .compose(x -> consume(vertx, "one"))
        .onComplete(ctx.succeedingThenComplete());
    Eventually.holds("2 facts received", () -> db.queryLong("SELECT count(*) FROM probe.received") == 2);
    assertEquals(0, db.queryLong("SELECT count(*) FROM core.outbox WHERE payload->>'candidateId' = '99'"));
  }

  @Test
  @DisplayName("two nodes of the same consuming service handle each fact exactly once between them")
  void exactlyOnceAcrossNodes(Vertx vertx, VertxTestContext ctx) throws Exception {
    Vertx other = Vertx.vertx();
    Pool otherPool = Database.pool(other, config);
    List<Future<?>> work = new ArrayList<>();
    work.add(consume(vertx, "node-a"));
    work.add(other.deployVerticle(new OutboxConsumerVerticle(otherPool, "scoring", Map.of(TOPIC, recorder("node-b")),
        50)));
    for (int i = 0; i < 4; i++) {
      work.add(sequentially(50, this::publish));
    }
    Future.all(work).onComplete(ctx.succeedingThenComplete());
    try {
      Eventually.holds("200 facts written and received", () -> db.queryLong("SELECT count(*) FROM core.outbox") == 200
          && db.queryLong("SELECT count(*) FROM probe.received") == 200);
      assertEquals(200, db.queryLong("SELECT count(DISTINCT fact_id) FROM probe.received"));
    } finally {
      other.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  @DisplayName("fact ids become visible in order, so a consumer never skips one that commits late")
  void idsBecomeVisibleInOrder(Vertx vertx, VertxTestContext ctx) {
    List<Future<Long>> writers = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      JsonObject payload = new JsonObject().put("candidateId", i);
      // Each transaction lingers a little after writing its fact, as a real change would.
      writers.add(store.transaction(tx -> tx.fact(TOPIC, 1L, payload)
          .compose(id -> tx.conn().query("SELECT pg_sleep(random() * 0.005)").execute().map(id))));
    }
    List<String> holes = new ArrayList<>();
    long timer = vertx.setPeriodic(1, id -> pool.query("SELECT count(*) AS n, coalesce(max(id), 0) AS top"
        + " FROM core.outbox").execute().onSuccess(rows -> {
          var row = rows.iterator().next();
          if (row.getLong("n") != row.getLong("top")) {
            holes.add(row.getLong("n") + " visible, highest " + row.getLong("top"));
          }
        }));
    Future.all(writers).onComplete(ctx.succeeding(x -> ctx.verify(() -> {
      vertx.cancelTimer(timer);
      assertEquals(List.of(), holes);
      assertEquals(100, db.queryLong("SELECT max(id) FROM core.outbox"));
      ctx.completeNow();
    })));
  }


}
