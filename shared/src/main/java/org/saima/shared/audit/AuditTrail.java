package org.saima.shared.audit;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Appends to {@code core.audit} inside the caller's transaction. A transaction-scoped advisory lock
 * orders appends across all nodes, so each entry sees the hash of the one committed before it.
 */
public final class AuditTrail {
  private static final long LOCK_KEY = 0x5a1a_0002L;
  private static final String LOCK = "SELECT pg_advisory_xact_lock($1)";
  // A statement of its own after the lock: its snapshot must be taken once the lock is held, so that
  // it sees the entry the previous holder committed.
  private static final String HEAD = "SELECT nextval('core.audit_id_seq') AS id,"
      + " (SELECT hash FROM core.audit ORDER BY id DESC LIMIT 1) AS prev";
  private static final String INSERT =
      "INSERT INTO core.audit (id, at, actor_id, actor, action, object_type, object_id, campaign_id, detail,"
          + " prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

  private AuditTrail() {
  }

  public static Future<AuditEntry> append(SqlConnection conn, Actor actor, AuditEvent event) {
    return conn.preparedQuery(LOCK).execute(Tuple.of(LOCK_KEY))
        .compose(locked -> conn.preparedQuery(HEAD).execute())
        .map(rows -> next(rows.iterator().next(), actor, event))
        .compose(entry -> insert(conn, entry));
  }

  private static AuditEntry next(Row head, Actor actor, AuditEvent event) {
    String prev = head.getString("prev");
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return AuditEntry.chained(head.getLong("id"), at, actor, event, prev == null ? AuditEntry.GENESIS : prev);
  }

  private static Future<AuditEntry> insert(SqlConnection conn, AuditEntry entry) {
    return conn.preparedQuery(INSERT).execute(Tuple.tuple()
            .addLong(entry.id()).addOffsetDateTime(entry.at().atOffset(ZoneOffset.UTC)).addLong(entry.actorId())
            .addString(entry.actor()).addString(entry.action()).addString(entry.objectType())
            .addString(entry.objectId()).addLong(entry.campaignId()).addString(entry.detail())
            .addString(entry.prevHash()).addString(entry.hash()))
        .map(entry);
  }

  static AuditEntry fromRow(Row row) {
    return new AuditEntry(row.getLong("id"), row.getOffsetDateTime("at").toInstant(), row.getLong("actor_id"),
        row.getString("actor"), row.getString("action"), row.getString("object_type"), row.getString("object_id"),
        row.getLong("campaign_id"), row.getString("detail"), row.getString("prev_hash"), row.getString("hash"));
  }
}
