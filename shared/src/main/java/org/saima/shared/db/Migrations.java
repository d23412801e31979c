package org.saima.shared.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.saima.shared.config.SaimaConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway migrations, one schema at a time, from {@code classpath:db/<schema>}. Blocking: run it on a
 * worker thread. Several nodes may start at once: a PostgreSQL advisory lock held for the whole run
 * makes them migrate one after another, and the later ones find nothing left to do.
 */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  private static final long LOCK_KEY = 0x5a1a_0001L;

  private Migrations() {
  }

  public static void migrate(SaimaConfig config, String... schemas) {
    try (Connection lock = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
         Statement statement = lock.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
      try {
        for (String schema : schemas) {
          migrateSchema(config, schema);
        }
      } finally {
        statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot migrate the database at " + config.dbUrl() + ": " + e.getMessage(), e);
    }
  }

  private static void migrateSchema(SaimaConfig config, String schema) {
    Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(config.jdbcUrl(), config.dbUser(), config.dbPassword())
        .schemas(schema)
        .createSchemas(true)
        .locations("classpath:db/" + schema)
        .table("flyway_schema_history")
        .failOnMissingLocations(true)
        .load();
    int applied = flyway.migrate().migrationsExecuted;
    LOG.info("schema {} at version {} ({} migrations applied now)", schema, flyway.info().current().getVersion(),
        applied);
  }
}
