package org.saima.shared.db;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import org.saima.shared.audit.Actor;
import org.saima.shared.audit.AuditEntry;
import org.saima.shared.audit.AuditEvent;
import org.saima.shared.audit.AuditTrail;
import org.saima.shared.outbox.Outbox;

/** One open transaction: its connection, plus the audit entries and outbox facts written in it. */
public final class Tx {
  private final SqlConnection conn;
  private final String source;
  private final List<JsonObject> facts = new ArrayList<>();

  Tx(SqlConnection conn, String source) {
    this.conn = conn;
    this.source = source;
  }

  public SqlConnection conn() {
    return conn;
  }

  public Future<AuditEntry> audit(Actor actor, AuditEvent event) {
    return AuditTrail.append(conn, actor, event);
  }

  public Future<Long> fact(String topic, Long campaignId, JsonObject payload) {
    return Outbox.append(conn, source, topic, campaignId, payload).onSuccess(id ->
        facts.add(new JsonObject().put("id", id).put("topic", topic)));
  }

  List<JsonObject> factsWritten() {
    return facts;
  }
}
