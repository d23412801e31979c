package org.saima.shared.outbox;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Writes facts to {@code core.outbox} in the caller's transaction and, after commit, nudges consumers
 * on the event bus. The nudge may be lost; consumers also poll, so the table is what counts.
 */
public final class Outbox {
  public static final String ADDRESS = "saima.outbox";
  private static final long LOCK_KEY = 0x5a1a_0003L;
  // The lock is taken before the id so that ids become visible in commit order: a consumer that has
  // seen id n can never later find a smaller id committing behind it.
  private static final String LOCK = "SELECT pg_advisory_xact_lock($1)";
  private static final String INSERT = "INSERT INTO core.outbox (id, source, topic, campaign_id, payload)"
      + " VALUES (nextval('core.outbox_id_seq'), $1, $2, $3, $4) RETURNING id";

  private Outbox() {
  }

  public static Future<Long> append(SqlConnection conn, String source, String topic, Long campaignId,
      JsonObject payload) {
    return conn.preparedQuery(LOCK).execute(Tuple.of(LOCK_KEY))
        .compose(locked -> conn.preparedQuery(INSERT).execute(Tuple.of(source, topic, campaignId, payload)))
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  public static void announce(EventBus eventBus, long id, String topic) {
    eventBus.publish(ADDRESS, new JsonObject().put("id", id).put("topic", topic));
  }
}
