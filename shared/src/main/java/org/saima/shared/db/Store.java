package org.saima.shared.db;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.sqlclient.Pool;
import java.util.function.Function;
import org.saima.shared.outbox.Outbox;

/** The pool of one service, with transactions that announce their outbox facts once committed. */
public final class Store {
  private final Pool pool;
  private final EventBus eventBus;
  private final String source;

  public Store(Pool pool, EventBus eventBus, String source) {
    this.pool = pool;
    this.eventBus = eventBus;
    this.source = source;
  }

  public Pool pool() {
    return pool;
  }

  public <T> Future<T> transaction(Function<Tx, Future<T>> work) {
    return pool.withConnection(conn -> {
      Tx tx = new Tx(conn, source);
      return conn.begin().compose(transaction -> work.apply(tx)
          .compose(result -> transaction.commit().map(result),
              failure -> transaction.rollback().transform(x -> Future.failedFuture(failure))))
          .onSuccess(result -> tx.factsWritten().forEach(f ->
              Outbox.announce(eventBus, f.getLong("id"), f.getString("topic"))));
    });
  }
}
