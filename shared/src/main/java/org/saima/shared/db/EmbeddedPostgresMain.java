package org.saima.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A private PostgreSQL for {@code bin/saima} on a machine where it runs as an ordinary user and no server
 * is reachable: zonky's embedded PostgreSQL on the given port and data directory (kept between runs),
 * trust authentication on loopback, until the process is stopped. Not part of any service jar: the
 * zonky dependency is optional, so this runs from the shared module's build classpath only.
 *
 * <p>Usage: {@code EmbeddedPostgresMain --port 5432 --data DIR [--user NAME] [--listen ADDRESS]}; the user
 * (default postgres) is made a superuser so that it can create the database; the server listens on
 * 127.0.0.1 unless told otherwise.
 */
public final class EmbeddedPostgresMain {
  private EmbeddedPostgresMain() {
  }

  public static void main(String[] args) throws IOException, SQLException, InterruptedException {
    int port = 5432;
    Path data = null;
    String user = "postgres";
    String listen = "127.0.0.1";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
        case "--user" -> user = args[++i];
        case "--listen" -> listen = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --port N --data DIR [--user NAME] [--listen ADDRESS]");
      }
    }
    if (data == null) {
      throw new IllegalArgumentException("--data DIR is required");
    }
    Files.createDirectories(data);
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        // zonky turns both off for speed; Saima acknowledges a ballot only once it is durable.
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("fsync", "on")
        .setServerConfig("listen_addresses", listen)
        .setRegisterShutdownHook(true)
        .start();
    if (!"postgres".equals(user)) {
      ensureSuperuser(pg, user);
    }
    System.out.println("embedded PostgreSQL ready on " + listen + ":" + port + ", data in " + data);
    System.out.flush();
    Thread.currentThread().join();
  }

  private static void ensureSuperuser(EmbeddedPostgres pg, String user) throws SQLException {
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      String literal = "'" + user.replace("'", "''") + "'";
      try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = " + literal)) {
        if (rs.next()) {
          return;
        }
      }
      s.execute("CREATE ROLE \"" + user.replace("\"", "\"\"") + "\" SUPERUSER LOGIN");
    }
  }
}
