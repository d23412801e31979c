package org.saima.shared.outbox;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;

/** A fact one service tells the others, as stored in {@code core.outbox}. */
public record Fact(long id, Instant at, String source, String topic, Long campaignId, JsonObject payload) {
  static Fact fromRow(Row row) {
    return new Fact(row.getLong("id"), row.getOffsetDateTime("at").toInstant(), row.getString("source"),
        row.getString("topic"), row.getLong("campaign_id"), (JsonObject) row.getValue("payload"));
  }
}
