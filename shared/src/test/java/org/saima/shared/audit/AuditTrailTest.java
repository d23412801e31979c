package org.saima.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import io.vertx.sqlclient.Pool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.db.Database;
import org.saima.shared.db.Migrations;
import org.saima.shared.db.Store;
import org.saima.shared.testing.TestDatabase;

@ExtendWith(VertxExtension.class)
@DisplayName("The audit trail in PostgreSQL")
class AuditTrailTest {
  private static final Actor ORGANIZER = new Actor(1L, "admin");
  private TestDatabase db;
  private Pool pool;
  private Store store;

  @BeforeEach
  void setUp(Vertx vertx) {
    db = TestDatabase.create();
    SaimaConfig config = SaimaConfig.fromEnvWith(db.env());
    Migrations.migrate(config, "core");
    pool = Database.pool(vertx, config);
    store = new Store(pool, vertx.eventBus(), "test");
  }

  @AfterEach
  void tearDown(VertxTestContext ctx) {
    pool.close().onComplete(x -> {
      db.close();
      ctx.completeNow();
    });
  }

  private Future<AuditEntry> append(int n) {
    return store.transaction(tx -> tx.audit(ORGANIZER, AuditEvent.of("position.update", "position", n, 9L,
        new JsonObject().put("seats", n).put("name", "区财政局副局长"))));
  }

  @Test
  @DisplayName("twenty concurrent appends form one unbroken chain in id order")
  void concurrentAppendsChain(VertxTestContext ctx) {
    List<Future<AuditEntry>> appends = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      appends.add(append(i));
    }
    Future.all(appends).compose(x -> new AuditVerifier(pool).verify()).onComplete(ctx.succeeding(result ->
        ctx.verify(() -> {
          assertTrue(result.intact(), result.toJson().encode());
          assertEquals(20, result.verifiedEntries());
          assertEquals(20, db.queryLong("SELECT count(DISTINCT prev_hash) FROM core.audit"));
          assertEquals(result.headHash(), db.queryString("SELECT hash FROM core.audit ORDER BY id DESC LIMIT 1"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("an entry written in a transaction that rolls back is gone, and the chain still verifies")
  void rollbackLeavesNoEntry(VertxTestContext ctx) {
    append(1)
        .compose(x -> store.transaction(tx -> tx.audit(ORGANIZER, AuditEvent.of("campaign.update", "campaign", 1,
            1L, null)).compose(e -> Future.<AuditEntry>failedFuture("the change itself failed"))))
        .recover(e -> append(2))
        .compose(x -> new AuditVerifier(pool).verify())
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertTrue(result.intact(), result.toJson().encode());
          assertEquals(2, db.queryLong("SELECT count(*) FROM core.audit"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("the table refuses updates, deletes and truncation")
  void appendOnly(VertxTestContext ctx) {
    append(1).onComplete(ctx.succeeding(x -> ctx.verify(() -> {
      for (String sql : List.of("UPDATE core.audit SET actor = 'someone'", "DELETE FROM core.audit",
          "TRUNCATE core.audit")) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> db.execute(sql));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
      }
      assertEquals(1, db.queryLong("SELECT count(*) FROM core.audit"));
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("a row changed behind the system's back is named as the first broken entry")
  void tamperingIsDetected(VertxTestContext ctx) {
    append(1).compose(x -> append(2)).compose(x -> append(3)).compose(x -> append(4))
        .compose(x -> {
          // A database owner can switch the trigger off; the chain still gives them away.
          db.execute("SET session_replication_role = replica; "
              + "UPDATE core.audit SET detail = '{\"name\":\"区财政局副局长\",\"seats\":5}' WHERE id = 2");
          return new AuditVerifier(pool).verify();
        })
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertFalse(result.intact());
          assertEquals(2L, result.firstBrokenId());
          assertEquals(1, result.verifiedEntries());
          assertTrue(result.reason().contains("changed"), result.reason());
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("the verify-audit command exits 0 on an intact chain and 2, naming the entry, on a broken one")
  void verifyCommand(VertxTestContext ctx) {
    append(1).compose(x -> append(2)).onComplete(ctx.succeeding(x -> ctx.verify(() -> {
      SaimaConfig config = SaimaConfig.fromEnvWith(db.env());
      ByteArrayOutputStream intact = new ByteArrayOutputStream();
      assertEquals(0, VerifyAuditCommand.run(config, new PrintStream(intact, true, StandardCharsets.UTF_8)));
      assertTrue(intact.toString(StandardCharsets.UTF_8).contains("\"intact\" : true"));
      db.execute("SET session_replication_role = replica; UPDATE core.audit SET actor = 'mallory' WHERE id = 1");
      ByteArrayOutputStream broken = new ByteArrayOutputStream();
      assertEquals(2, VerifyAuditCommand.run(config, new PrintStream(broken, true, StandardCharsets.UTF_8)));
      assertTrue(broken.toString(StandardCharsets.UTF_8).contains("\"firstBrokenId\" : 1"));
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("a deleted row is named at the entry after the gap")
  void deletionIsDetected(VertxTestContext ctx) {
    append(1).compose(x -> append(2)).compose(x -> append(3))
        .compose(x -> {
          db.execute("SET session_replication_role = replica; DELETE FROM core.audit WHERE id = 2");
          return new AuditVerifier(pool).verify();
        })
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertEquals(3L, result.firstBrokenId());
          assertFalse(result.intact());
          ctx.completeNow();
        })));
  }
}
