package org.saima.shared.outbox;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;

/** Applies one fact inside the consumer's transaction, together with the consumer's new offset. */
@FunctionalInterface
public interface FactHandler {
  Future<Void> handle(SqlConnection conn, Fact fact);
}
