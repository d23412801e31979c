package org.saima.shared.testing;

import io.vertx.core.Future;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.saima.shared.config.SaimaConfig;
import org.saima.shared.service.Node;
import org.saima.shared.service.SaimaService;
import org.saima.shared.service.ServiceNode;

/**
 * Real service nodes for tests: each test cluster gets its own name and its own Hazelcast port range,
 * so it never meets a developer's running cluster or another test's.
 */
public final class TestNodes {
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "test-organizer-2026";

  private TestNodes() {
  }

  /** Settings for the nodes of one test cluster on {@code db}; add a service port per node. */
  public static Map<String, String> clusterEnv(TestDatabase db) {
    int base = 20_000 + ThreadLocalRandom.current().nextInt(400) * 100;
    String members = IntStream.range(0, 8).mapToObj(i -> "127.0.0.1:" + (base + i))
        .collect(Collectors.joining(","));
    Map<String, String> env = new HashMap<>(db.env());
    env.put("SAIMA_CLUSTER_NAME", "test-" + UUID.randomUUID().toString().substring(0, 8));
    env.put("SAIMA_CLUSTER_PORT", String.valueOf(base));
    env.put("SAIMA_CLUSTER_MEMBERS", members);
    env.put("SAIMA_HTTP_HOST", "127.0.0.1");
    env.put("SAIMA_HTTP_INSTANCES", "1");
    env.put("SAIMA_ADMIN_USER", ADMIN);
    env.put("SAIMA_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("SAIMA_PASSWORD_ITERATIONS", "20000");
    env.put("SAIMA_JWT_SECRET", null);
    return env;
  }

  /** Starts one node of {@code service} listening on a free port; returns it once it is ready. */
  public static Future<Node> start(SaimaService service, Map<String, String> clusterEnv) {
    Map<String, String> env = new HashMap<>(clusterEnv);
    int port = freePort();
    env.put("SAIMA_" + service.name().toUpperCase() + "_PORT", String.valueOf(port));
    return ServiceNode.start(service, SaimaConfig.fromEnvWith(env).withHttpPort(service.name(), port));
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
