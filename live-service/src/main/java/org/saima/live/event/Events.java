package org.saima.live.event;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import org.saima.shared.http.Problem;

/** Reads an event as every screen needs it: setup, run-of-show, categories, draw and stage. */
public final class Events {
  private Events() {
  }

  /** The event, or 404 when it does not exist or belongs to another campaign than {@code campaignId}. */
  public static Future<JsonObject> load(SqlClient sql, long eventId, Long campaignId) {
    return sql.preparedQuery(EventSql.GET).execute(Tuple.of(eventId)).compose(rows -> {
      if (rows.size() == 0 || campaignId != null && !campaignId.equals(rows.iterator().next().getLong("campaign_id"))) {
        return Future.failedFuture(Problem.notFound("There is no live event " + eventId + "."));
      }
      JsonObject event = event(rows.iterator().next());
      return sql.preparedQuery(EventSql.CANDIDATES).execute(Tuple.of(eventId))
          .map(cs -> event.put("candidates", candidates(cs)))
          .compose(x -> sql.preparedQuery(EventSql.CATEGORIES).execute(Tuple.of(eventId)))
          .map(cats -> event.put("categories", categories(cats)))
          .compose(x -> stage(sql, eventId))
          .map(stage -> event.put("stage", stage.toJson(Instant.now())));
    });
  }

  public static Future<Stage> stage(SqlClient sql, long eventId) {
    return sql.preparedQuery(EventSql.STAGE).execute(Tuple.of(eventId))
        .map(rows -> rows.size() == 0 ? Stage.initial() : stage(rows.iterator().next()));
  }

  static Stage stage(Row row) {
    var started = row.getOffsetDateTime("started_at");
    return new Stage(row.getLong("candidate_id"), row.getString("phase"), row.getBoolean("running"),
        row.getLong("remaining_ms"), started == null ? null : started.toInstant(), row.getLong("version"));
  }

  static JsonObject event(Row row) {
    JsonObject draw = new JsonObject()
        .put("names", row.getValue("draw_names"))
        .put("commitment", row.getString("draw_commitment"))
        .put("seed", row.getString("draw_seed"))
        .put("order", row.getValue("draw_order"))
        .put("drawnAt", row.getOffsetDateTime("drawn_at") == null ? null
            : row.getOffsetDateTime("drawn_at").toInstant().toString());
    return new JsonObject().put("id", row.getLong("id")).put("campaignId", row.getLong("campaign_id"))
        .put("positionId", row.getLong("position_id")).put("positionName", row.getString("position_name"))
        .put("seats", row.getInteger("seats")).put("name", row.getString("name")).put("venue", row.getString("venue"))
        .put("draw", draw).put("createdAt", row.getOffsetDateTime("created_at").toInstant().toString());
  }

  private static JsonArray candidates(Iterable<Row> rows) {
    JsonArray list = new JsonArray();
    rows.forEach(r -> list.add(new JsonObject().put("id", r.getLong("candidate_id")).put("name", r.getString("name"))
        .put("unit", r.getString("unit")).put("currentPost", r.getString("current_post"))
        .put("listOrder", r.getInteger("list_order")).put("speakingOrder", r.getInteger("speaking_order"))
        .put("speechSeconds", r.getInteger("speech_seconds")).put("qaSeconds", r.getInteger("qa_seconds"))));
    return list;
  }

  private static JsonArray categories(Iterable<Row> rows) {
    JsonArray list = new JsonArray();
    rows.forEach(r -> list.add(new JsonObject().put("id", r.getLong("id")).put("name", r.getString("name"))
        .put("entitled", r.getInteger("entitled")).put("weight", r.getBigDecimal("weight").stripTrailingZeros()
            .toPlainString()).put("multiplier", r.getBigDecimal("multiplier").stripTrailingZeros().toPlainString())
        .put("issued", r.getLong("issued"))));
    return list;
  }
}
