package org.saima.live.tally;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.AsyncMap;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.saima.live.board.BoardBus;
import org.saima.live.poll.PollDefinition;

/**
 * Live tallies of one node. A snapshot {@code {pollId, eventId, watermark, ballots, result}} is counted
 * from the ballot rows in PostgreSQL and shared through the cluster map {@code live.tallies} (Hazelcast),
 * where a compare-and-set keeps only a {@link Snapshots#newer newer} one; each stored snapshot is then
 * announced to the boards of every node. Under a partition a board may stay behind for a moment; it
 * never shows a count that is not a real snapshot of committed ballots.
 */
public final class Tallies {
  public static final String MAP = "live.tallies";
  private static final int CAS_TRIES = 8;

  private final Vertx vertx;

  public Tallies(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Counts a poll in PostgreSQL now. {@code fin} marks the count taken after the poll closed. */
  public static Future<JsonObject> count(SqlClient sql, long pollId) {
    return sql.preparedQuery(TallySql.POLL).execute(Tuple.of(pollId)).compose(polls -> {
      Row poll = polls.iterator().next();
      long eventId = poll.getLong("event_id");
      PollDefinition definition = PollDefinition.fromJson((JsonObject) poll.getValue("definition"));
      String status = poll.getString("status");
      return sql.preparedQuery(TallySql.ISSUED).execute(Tuple.tuple().addLong(eventId).addValue(poll.getArrayOfLongs("category_ids")))
          .compose(issued -> sql.preparedQuery(TallySql.GROUPS).execute(Tuple.of(pollId)).map(rows -> {
            List<BallotGroup> groups = new ArrayList<>();
            long watermark = 0;
            for (Row row : rows) {
              groups.add(new BallotGroup(row.getLong("category_id"), (JsonObject) row.getValue("choices"),
                  row.getInteger("n")));
              watermark = Math.max(watermark, row.getLong("top"));
            }
            int issuedCount = issued.iterator().next().getLong("issued").intValue();
            JsonObject result = PollTally.count(definition, groups, issuedCount);
            return new JsonObject().put("pollId", pollId).put("eventId", eventId).put("watermark", watermark)
                .put("ballots", result.getInteger("ballots")).put("final", !"open".equals(status)
                    && !"draft".equals(status)).put("at", Instant.now().toString()).put("result", result);
          }));
    });
  }

  public Future<JsonObject> latest(long pollId) {
    return map().compose(m -> m.get(key(pollId))).map(v -> v == null ? null : new JsonObject(v));
  }

  public Future<List<JsonObject>> latest(JsonArray pollIds) {
    List<Future<JsonObject>> all = pollIds.stream().map(id -> latest(((Number) id).longValue())).toList();
    return Future.all(all).map(done -> all.stream().map(Future::result).toList());
  }

  /** Stores the snapshot if it is newer than the cluster's and announces it; answers whether it was. */
  public Future<Boolean> offer(JsonObject snapshot) {
    return map().compose(m -> cas(m, snapshot, CAS_TRIES)).onSuccess(stored -> {
      if (stored) {
        BoardBus.tally(vertx, snapshot.getLong("eventId"), snapshot);
      }
    });
  }

  private Future<Boolean> cas(AsyncMap<String, String> m, JsonObject snapshot, int triesLeft) {
    String key = key(snapshot.getLong("pollId"));
    String encoded = snapshot.encode();
    return m.putIfAbsent(key, encoded).compose(previous -> {
      if (previous == null) {
        return Future.succeededFuture(true);
      }
      if (!Snapshots.newer(snapshot, new JsonObject(previous))) {
        return Future.succeededFuture(false);
      }
      return m.replaceIfPresent(key, previous, encoded).compose(replaced -> replaced || triesLeft <= 1
          ? Future.succeededFuture(replaced) : cas(m, snapshot, triesLeft - 1));
    });
  }

  private Future<AsyncMap<String, String>> map() {
    return vertx.sharedData().getAsyncMap(MAP);
  }

  private static String key(long pollId) {
    return String.valueOf(pollId);
  }
}
