package org.saima.shared.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test class, created on the server at SAIMA_TEST_PG (default
 * 127.0.0.1:5432, user SAIMA_TEST_PG_USER or postgres) and dropped when closed.
 */
public final class TestDatabase implements AutoCloseable {
  private static final String HOST = env("SAIMA_TEST_PG", "127.0.0.1:5432");
  private static final String USER = env("SAIMA_TEST_PG_USER", "postgres");

  private final String name;

  private TestDatabase(String name) {
    this.name = name;
  }

  public static TestDatabase create() {
    String name = "saima_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + name);
    return new TestDatabase(name);
  }

  public String name() {
    return name;
  }

  public String url() {
    return "postgresql://" + HOST + "/" + name;
  }

  /** The variables a node needs to use this database. */
  public Map<String, String> env() {
    return Map.of("SAIMA_DB_URL", url(), "SAIMA_DB_USER", USER, "SAIMA_DB_PASSWORD", "");
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + HOST + "/" + name, USER, "");
  }

  /** Runs a statement as the database owner, outside the system (e.g. to tamper with a row). */
  public void execute(String sql) {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The first column of the first row, as a long (counts, ids). */
  public long queryLong(String sql) {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  public String queryString(String sql) {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, "");
         Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + HOST + " as " + USER + ": " + e.getMessage(), e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
