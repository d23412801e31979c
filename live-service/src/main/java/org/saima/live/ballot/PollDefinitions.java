package org.saima.live.ballot;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.saima.live.poll.PollDefinition;
import org.saima.shared.http.Problem;

/**
 * Poll definitions by id, read once per node: a definition never changes after the poll is set up, so
 * caching it is safe; the poll's status is not cached (the ballot statement checks it).
 */
public final class PollDefinitions {
  public record Known(long eventId, PollDefinition definition) {
  }

  private final Pool pool;
  private final Map<Long, Future<Known>> known = new ConcurrentHashMap<>();

  public PollDefinitions(Pool pool) {
    this.pool = pool;
  }

  public Future<Known> get(long pollId) {
    return known.computeIfAbsent(pollId, id -> pool.preparedQuery(BallotSql.POLL).execute(Tuple.of(id))
        .compose(rows -> rows.size() == 0
            ? Future.failedFuture(Problem.notFound("There is no poll " + id + "."))
            : Future.succeededFuture(new Known(rows.iterator().next().getLong("event_id"),
                PollDefinition.fromJson((JsonObject) rows.iterator().next().getValue("definition")))))
        .onFailure(e -> known.remove(id)));
  }
}
