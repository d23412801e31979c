package org.saima.shared.audit;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/** Walks the whole chain in id order and names the first entry whose hash or link does not hold. */
public final class AuditVerifier {
  private static final int PAGE = 2000;
  private static final String PAGE_SQL =
      "SELECT id, at, actor_id, actor, action, object_type, object_id, campaign_id, detail, prev_hash, hash"
          + " FROM core.audit WHERE id > $1 ORDER BY id LIMIT " + PAGE;

  private final Pool pool;

  public AuditVerifier(Pool pool) {
    this.pool = pool;
  }

  public Future<Result> verify() {
    return page(new Walk(), 0L);
  }

  private Future<Result> page(Walk walk, long afterId) {
    return pool.preparedQuery(PAGE_SQL).execute(Tuple.of(afterId)).compose(rows -> {
      long lastId = afterId;
      for (Row row : rows) {
        AuditEntry entry = AuditTrail.fromRow(row);
        if (!walk.accept(entry)) {
          return Future.succeededFuture(walk.result());
        }
        lastId = entry.id();
      }
      return rows.size() < PAGE ? Future.succeededFuture(walk.result()) : page(walk, lastId);
    });
  }

  /** The state of one walk along the chain; pure, so it is tested without a database. */
  public static final class Walk {
    private long entries;
    private String head = AuditEntry.GENESIS;
    private Long brokenId;
    private String reason;

    public boolean accept(AuditEntry entry) {
      if (!entry.prevHash().equals(head)) {
        return broken(entry, "its prev_hash does not match the entry before it: an entry was removed, inserted"
            + " or changed before this one");
      }
      if (!entry.computeHash().equals(entry.hash())) {
        return broken(entry, "its content does not match its hash: the entry was changed");
      }
      entries++;
      head = entry.hash();
      return true;
    }

    private boolean broken(AuditEntry entry, String why) {
      brokenId = entry.id();
      reason = why;
      return false;
    }

    public Result result() {
      return new Result(brokenId == null, entries, head, brokenId, reason);
    }
  }

  public record Result(boolean intact, long verifiedEntries, String headHash, Long firstBrokenId, String reason) {
    public JsonObject toJson() {
      return new JsonObject().put("intact", intact).put("verifiedEntries", verifiedEntries)
          .put("headHash", headHash).put("firstBrokenId", firstBrokenId).put("reason", reason);
    }
  }
}
