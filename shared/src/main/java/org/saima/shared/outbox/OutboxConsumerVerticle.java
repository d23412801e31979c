package org.saima.shared.outbox;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the outbox from the consumer's last handled id. Each batch runs in one transaction that also
 * locks and advances the consumer's offset, so facts are applied exactly once even when several nodes
 * of the same service consume at the same time. Catches up at start, on every nudge, and on a timer.
 */
public class OutboxConsumerVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxConsumerVerticle.class);
  private static final int BATCH = 200;
  private static final String ENSURE = "INSERT INTO core.outbox_offsets (consumer) VALUES ($1) ON CONFLICT DO NOTHING";
  private static final String LOCK = "SELECT last_id FROM core.outbox_offsets WHERE consumer = $1 FOR UPDATE";
  private static final String NEXT = "SELECT id, at, source, topic, campaign_id, payload FROM core.outbox"
      + " WHERE id > $1 ORDER BY id LIMIT " + BATCH;
  private static final String ADVANCE =
      "UPDATE core.outbox_offsets SET last_id = $2, updated_at = now() WHERE consumer = $1";

  private final Pool pool;
  private final String consumer;
  private final Map<String, FactHandler> handlers;
  private final long pollMillis;
  private boolean running;
  private boolean again;

  public OutboxConsumerVerticle(Pool pool, String consumer, Map<String, FactHandler> handlers, long pollMillis) {
    this.pool = pool;
    this.consumer = consumer;
    this.handlers = Map.copyOf(handlers);
    this.pollMillis = pollMillis;
  }

  @Override
  public Future<?> start() {
    vertx.eventBus().consumer(Outbox.ADDRESS, message -> catchUp());
    vertx.setPeriodic(pollMillis, id -> catchUp());
    return pool.preparedQuery(ENSURE).execute(Tuple.of(consumer)).onSuccess(x -> catchUp());
  }

  private void catchUp() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    pool.withTransaction(this::batch)
        .onComplete(done -> {
          running = false;
          if (done.failed()) {
            LOG.warn("outbox consumer {} will retry: {}", consumer, done.cause().getMessage());
          } else if (done.result() == BATCH || again) {
            catchUp();
          }
        });
  }

  private Future<Integer> batch(SqlConnection conn) {
    return conn.preparedQuery(LOCK).execute(Tuple.of(consumer))
        .compose(rows -> conn.preparedQuery(NEXT).execute(Tuple.of(rows.iterator().next().getLong("last_id"))))
        .compose(rows -> apply(conn, facts(rows)));
  }

  private Future<Integer> apply(SqlConnection conn, List<Fact> facts) {
    Future<Void> chain = Future.succeededFuture();
    for (Fact fact : facts) {
      FactHandler handler = handlers.get(fact.topic());
      if (handler != null) {
        chain = chain.compose(x -> handler.handle(conn, fact));
      }
    }
    if (facts.isEmpty()) {
      return chain.map(0);
    }
    long last = facts.get(facts.size() - 1).id();
    return chain.compose(x -> conn.preparedQuery(ADVANCE).execute(Tuple.of(consumer, last))).map(facts.size());
  }

  private static List<Fact> facts(RowSet<Row> rows) {
    List<Fact> facts = new ArrayList<>();
    rows.forEach(row -> facts.add(Fact.fromRow(row)));
    return facts;
  }
}
