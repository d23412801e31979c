package org.saima.live.ballot;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.saima.live.ballot.Outcome.Kind;

/**
 * Writes ballots in micro-batches with natural batching: the first ballot is written at once, and the
 * ballots that arrive while a batch is being committed form the next batch, written as soon as the
 * previous one is done. One batch in flight per writer; one writer per HTTP verticle instance, used only
 * from its event loop. A ballot's outcome is answered only once its batch has committed. The same token
 * twice in a batch is written once; the others get the first one's receipt.
 */
public final class BallotWriter {
  static final int MAX_BATCH = 512;

  /** A ballot waiting for its batch: the token is kept only to open an earlier receipt. */
  record Pending(long pollId, String token, byte[] tokenHash, String receipt, byte[] sealed, String choices,
      Promise<Outcome> outcome) {
    String key() {
      return pollId + ":" + HexFormat.of().formatHex(tokenHash);
    }
  }

  private final Pool pool;
  private final ReceiptSeal seal;
  private final LongConsumer counted;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private boolean writing;

  /** {@code counted} hears the polls that got ballots in a committed batch (to recount them). */
  public BallotWriter(Pool pool, ReceiptSeal seal, LongConsumer counted) {
    this.pool = pool;
    this.seal = seal;
    this.counted = counted;
  }

  public Future<Outcome> submit(long pollId, String token, byte[] tokenHash, String receipt, String choices) {
    Promise<Outcome> outcome = Promise.promise();
    queue.add(new Pending(pollId, token, tokenHash, receipt, seal.seal(token, pollId, receipt), choices, outcome));
    if (!writing) {
      writeNext();
    }
    return outcome.future();
  }

  private void writeNext() {
    if (queue.isEmpty()) {
      writing = false;
      return;
    }
    writing = true;
    List<Pending> batch = new ArrayList<>();
    while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
      batch.add(queue.poll());
    }
    Map<String, List<Pending>> byToken = new LinkedHashMap<>();
    batch.forEach(p -> byToken.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
    List<Pending> leaders = byToken.values().stream().map(l -> l.get(0)).toList();
    write(leaders, byToken)
        .onFailure(e -> batch.forEach(p -> p.outcome().tryFail(e)))
        .onComplete(x -> writeNext());
  }

  private Future<Void> write(List<Pending> leaders, Map<String, List<Pending>> byToken) {
    Tuple batch = Tuple.tuple()
        .addValue(leaders.stream().map(Pending::pollId).toArray(Long[]::new))
        .addValue(leaders.stream().map(p -> Buffer.buffer(p.tokenHash())).toArray(Buffer[]::new))
        .addValue(leaders.stream().map(p -> Buffer.buffer(p.sealed())).toArray(Buffer[]::new))
        .addValue(leaders.stream().map(Pending::receipt).toArray(String[]::new))
        .addValue(leaders.stream().map(Pending::choices).toArray(String[]::new));
    return pool.preparedQuery(BallotSql.CAST).execute(batch).compose(rows -> {
      Set<String> accepted = new HashSet<>();
      rows.forEach(r -> accepted.add(r.getString("receipt")));
      Set<Long> polls = new HashSet<>();
      List<Pending> others = new ArrayList<>();
      for (Pending leader : leaders) {
        if (accepted.contains(leader.receipt())) {
          polls.add(leader.pollId());
          answer(byToken.get(leader.key()), Outcome.counted(leader.receipt()));
        } else {
          others.add(leader);
        }
      }
      polls.forEach(counted::accept);
      return others.isEmpty() ? Future.succeededFuture() : explain(others, byToken);
    });
  }

  /** The first in a group gets the outcome; the rest of the group repeated its ballot. */
  private static void answer(List<Pending> group, Outcome first) {
    group.get(0).outcome().complete(first);
    Outcome rest = first.receipt() == null ? first : Outcome.repeated(first.receipt());
    group.subList(1, group.size()).forEach(p -> p.outcome().complete(rest));
  }

  private Future<Void> explain(List<Pending> others, Map<String, List<Pending>> byToken) {
    Tuple keys = Tuple.tuple().addValue(others.stream().map(Pending::pollId).toArray(Long[]::new))
        .addValue(others.stream().map(p -> Buffer.buffer(p.tokenHash())).toArray(Buffer[]::new));
    return pool.preparedQuery(BallotSql.EARLIER_USES).execute(keys).compose(rows -> {
      Map<String, byte[]> earlier = new HashMap<>();
      for (Row row : rows) {
        earlier.put(row.getLong("poll_id") + ":" + HexFormat.of().formatHex(row.getBuffer("token_hash").getBytes()),
            row.getBuffer("sealed_receipt").getBytes());
      }
      List<Future<Void>> refused = new ArrayList<>();
      for (Pending p : others) {
        byte[] sealed = earlier.get(p.key());
        if (sealed != null) {
          String receipt = seal.open(p.token(), p.pollId(), sealed);
          answer(byToken.get(p.key()), receipt == null
              ? Outcome.refused(Kind.TOKEN_NOT_FOR_POLL, "The earlier receipt cannot be opened with this token.")
              : Outcome.repeated(receipt));
        } else {
          refused.add(whyRefused(p).map(o -> {
            answer(byToken.get(p.key()), o);
            return null;
          }));
        }
      }
      return Future.all(refused).mapEmpty();
    });
  }

  private Future<Outcome> whyRefused(Pending p) {
    return pool.preparedQuery(BallotSql.WHY_REFUSED).execute(Tuple.of(p.pollId(), Buffer.buffer(p.tokenHash())))
        .map(rows -> {
          if (rows.size() == 0) {
            return Outcome.refused(Kind.NOT_OPEN, "There is no poll " + p.pollId() + ".");
          }
          Row row = rows.iterator().next();
          if (!Boolean.TRUE.equals(row.getBoolean("same_event")) || !Boolean.TRUE.equals(row.getBoolean("category_allowed"))) {
            return Outcome.refused(Kind.TOKEN_NOT_FOR_POLL, "This ballot token may not vote in this poll.");
          }
          return Outcome.refused(Kind.NOT_OPEN, "The poll is " + row.getString("status") + ", not open for voting.");
        });
  }
}
