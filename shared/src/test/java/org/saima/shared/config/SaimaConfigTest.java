package org.saima.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Configuration from environment variables")
class SaimaConfigTest {
  @Test
  @DisplayName("without variables every setting has its documented default")
  void defaults() {
    SaimaConfig config = SaimaConfig.from(Map.of());
    assertEquals(8081, config.httpPort("exam"));
    assertEquals(8082, config.httpPort("scoring"));
    assertEquals(8083, config.httpPort("live"));
    assertEquals("postgresql://127.0.0.1:5432/saima", config.dbUrl());
    assertEquals("jdbc:postgresql://127.0.0.1:5432/saima", config.jdbcUrl());
    assertEquals(List.of("127.0.0.1"), config.clusterMembers());
    assertEquals("saima", config.clusterName());
    assertEquals(480, config.tokenTtlMinutes());
    assertEquals(1024 * 1024, config.bodyLimitBytes());
    assertFalse(config.demo());
  }

  @Test
  @DisplayName("variables override the defaults")
  void overrides() {
    SaimaConfig config = SaimaConfig.from(Map.of("SAIMA_LIVE_PORT", "9083", "SAIMA_DB_URL",
        "postgres://db.internal:6543/saima_prod?sslmode=require", "SAIMA_CLUSTER_MEMBERS", "10.0.0.1, 10.0.0.2:5702",
        "SAIMA_DEMO", "yes"));
    assertEquals(9083, config.httpPort("live"));
    assertEquals("jdbc:postgresql://db.internal:6543/saima_prod?sslmode=require", config.jdbcUrl());
    assertEquals(List.of("10.0.0.1", "10.0.0.2:5702"), config.clusterMembers());
    assertTrue(config.demo());
  }

  @Test
  @DisplayName("a bad value is refused naming the variable and why")
  void badValues() {
    ConfigException port = assertThrows(ConfigException.class,
        () -> SaimaConfig.from(Map.of("SAIMA_EXAM_PORT", "eighty")));
    assertTrue(port.getMessage().startsWith("SAIMA_EXAM_PORT"), port.getMessage());
    ConfigException range = assertThrows(ConfigException.class,
        () -> SaimaConfig.from(Map.of("SAIMA_DB_POOL_SIZE", "0")));
    assertTrue(range.getMessage().contains("between 1 and 200"), range.getMessage());
    ConfigException url = assertThrows(ConfigException.class,
        () -> SaimaConfig.from(Map.of("SAIMA_DB_URL", "mysql://x/y")));
    assertTrue(url.getMessage().startsWith("SAIMA_DB_URL"));
    assertThrows(ConfigException.class, () -> SaimaConfig.from(Map.of("SAIMA_DEMO", "maybe")));
  }
}
