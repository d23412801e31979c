package org.saima.shared.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.saima.shared.config.SaimaConfig;

/** The Vert.x PostgreSQL pool every node talks to the system of record through. */
public final class Database {
  private Database() {
  }

  public static PgConnectOptions connectOptions(SaimaConfig config) {
    return PgConnectOptions.fromUri(config.dbUrl())
        .setUser(config.dbUser())
        .setPassword(config.dbPassword())
        .setPipeliningLimit(256)
        .setCachePreparedStatements(true);
  }

  public static Pool pool(Vertx vertx, SaimaConfig config) {
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(config.dbPoolSize()).setName("saima-pg"))
        .connectingTo(connectOptions(config))
        .using(vertx)
        .build();
  }
}
