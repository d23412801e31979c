package org.saima.shared.config;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a Saima node reads from its environment. Every variable is listed in README.md.
 */
public record SaimaConfig(
    String httpHost,
    Map<String, Integer> httpPorts,
    int httpInstances,
    String dbUrl,
    String dbUser,
    String dbPassword,
    int dbPoolSize,
    String clusterName,
    String clusterHost,
    int clusterPort,
    List<String> clusterMembers,
    String jwtSecret,
    String jwtPrivateKeyFile,
    String jwtPublicKeyFile,
    int tokenTtlMinutes,
    String adminUser,
    String adminPassword,
    int passwordIterations,
    long bodyLimitBytes,
    long uploadLimitBytes,
    boolean demo) {

  public static final Map<String, Integer> DEFAULT_PORTS = Map.of("exam", 8081, "scoring", 8082, "live", 8083);

  public static SaimaConfig fromEnv() {
    return from(System.getenv());
  }

  /** The process environment with some variables replaced: what tests and commands use. */
  public static SaimaConfig fromEnvWith(Map<String, String> overrides) {
    Map<String, String> merged = new HashMap<>(System.getenv());
    merged.putAll(overrides);
    return from(merged);
  }

  public static SaimaConfig from(Map<String, String> env) {
    Env e = new Env(env);
    Map<String, Integer> ports = new HashMap<>();
    DEFAULT_PORTS.forEach((service, port) ->
        ports.put(service, e.port("SAIMA_" + service.toUpperCase() + "_PORT", port)));
    String dbUrl = e.string("SAIMA_DB_URL", "postgresql://127.0.0.1:5432/saima");
    e.check(dbUrl.startsWith("postgresql://") || dbUrl.startsWith("postgres://"), "SAIMA_DB_URL",
        "must look like postgresql://host:port/database");
    return new SaimaConfig(
        e.string("SAIMA_HTTP_HOST", "0.0.0.0"),
        Map.copyOf(ports),
        e.integer("SAIMA_HTTP_INSTANCES", Math.max(1, Runtime.getRuntime().availableProcessors()), 1, 64),
        dbUrl,
        e.string("SAIMA_DB_USER", "postgres"),
        e.string("SAIMA_DB_PASSWORD", ""),
        e.integer("SAIMA_DB_POOL_SIZE", 8, 1, 200),
        e.string("SAIMA_CLUSTER_NAME", "saima"),
        e.string("SAIMA_CLUSTER_HOST", "127.0.0.1"),
        e.port("SAIMA_CLUSTER_PORT", 5701),
        Arrays.stream(e.string("SAIMA_CLUSTER_MEMBERS", "127.0.0.1").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).toList(),
        e.optional("SAIMA_JWT_SECRET"),
        e.optional("SAIMA_JWT_PRIVATE_KEY"),
        e.optional("SAIMA_JWT_PUBLIC_KEY"),
        e.integer("SAIMA_TOKEN_TTL_MINUTES", 480, 1, 7 * 24 * 60),
        e.string("SAIMA_ADMIN_USER", "admin"),
        e.optional("SAIMA_ADMIN_PASSWORD"),
        e.integer("SAIMA_PASSWORD_ITERATIONS", 210_000, 10_000, 5_000_000),
        e.integer("SAIMA_BODY_LIMIT_KB", 1024, 1, 1024 * 1024) * 1024L,
        e.integer("SAIMA_UPLOAD_LIMIT_MB", 20, 1, 1024) * 1024L * 1024L,
        e.bool("SAIMA_DEMO", false));
  }

  public int httpPort(String service) {
    Integer port = httpPorts.get(service);
    if (port == null) {
      throw new IllegalArgumentException("unknown service " + service);
    }
    return port;
  }

  /** The same settings with one service's HTTP port replaced (or added, for a service not listed). */
  public SaimaConfig withHttpPort(String service, int port) {
    Map<String, Integer> ports = new HashMap<>(httpPorts);
    ports.put(service, port);
    return new SaimaConfig(httpHost, Map.copyOf(ports), httpInstances, dbUrl, dbUser, dbPassword, dbPoolSize,
        clusterName, clusterHost, clusterPort, clusterMembers, jwtSecret, jwtPrivateKeyFile, jwtPublicKeyFile,
        tokenTtlMinutes, adminUser, adminPassword, passwordIterations, bodyLimitBytes, uploadLimitBytes, demo);
  }

  /** The JDBC form of {@link #dbUrl()}, used by Flyway only. */
  public String jdbcUrl() {
    URI uri = URI.create(dbUrl.replaceFirst("^postgres(ql)?://", "http://"));
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query;
  }

  @Override
  public String toString() {
    return "SaimaConfig[http=" + httpHost + " " + httpPorts + " x" + httpInstances + ", db=" + dbUrl
        + " as " + dbUser + ", cluster=" + clusterName + "@" + clusterHost + ":" + clusterPort
        + " members " + clusterMembers + "]";
  }
}
