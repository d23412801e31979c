package org.saima.live.poll;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import org.saima.shared.http.Problem;

/** Reads polls as the console, the phones and the boards show them. */
public final class Polls {
  private Polls() {
  }

  public static Future<JsonArray> ofEvent(SqlClient sql, long eventId) {
    return sql.preparedQuery(PollSql.BY_EVENT).execute(Tuple.of(eventId)).map(rows -> {
      JsonArray polls = new JsonArray();
      rows.forEach(row -> polls.add(json(row)));
      return polls;
    });
  }

  public static Future<JsonObject> one(SqlClient sql, long eventId, long pollId) {
    return sql.preparedQuery(PollSql.GET).execute(Tuple.of(pollId, eventId)).compose(rows -> rows.size() == 0
        ? Future.failedFuture(Problem.notFound("Event " + eventId + " has no poll " + pollId + "."))
        : Future.succeededFuture(json(rows.iterator().next())));
  }

  static JsonObject json(Row row) {
    JsonObject poll = new JsonObject().put("id", row.getLong("id")).put("eventId", row.getLong("event_id"))
        .put("kind", row.getString("kind")).put("title", row.getString("title")).put("status", row.getString("status"))
        .put("revealed", row.getBoolean("revealed")).put("definition", row.getValue("definition"))
        .put("runoffOf", row.getLong("runoff_of")).put("openedAt", time(row.getOffsetDateTime("opened_at")))
        .put("closedAt", time(row.getOffsetDateTime("closed_at")))
        .put("certifiedAt", time(row.getOffsetDateTime("certified_at")))
        .put("publishedAt", time(row.getOffsetDateTime("published_at")));
    if (row.getValue("certified_result") != null) {
      poll.put("certified", new JsonObject().put("result", row.getValue("certified_result"))
          .put("watermark", row.getLong("certified_watermark")).put("ballots", row.getLong("certified_ballots"))
          .put("auditHash", row.getString("certified_audit_hash")));
    }
    return poll;
  }

  /** What observers and boards may see of a poll: everything but the counts until it is revealed. */
  public static JsonObject forPublic(JsonObject poll) {
    JsonObject shown = poll.copy();
    if (!poll.getBoolean("revealed")) {
      shown.remove("certified");
    }
    return shown;
  }

  private static String time(OffsetDateTime at) {
    return at == null ? null : at.toInstant().toString();
  }
}
