package org.saima.scoring.testing;

import io.vertx.core.Future;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.saima.scoring.ScoringService;
import org.saima.shared.service.Node;
import org.saima.shared.service.ServiceNode;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

/**
 * Real scoring nodes on a test database, started and stopped from a test's own thread. The cluster
 * settings are made once, so a node stopped and started again joins the same test cluster and database.
 */
public final class ScoringNodes implements AutoCloseable {
  private final TestDatabase db = TestDatabase.create();
  private final Map<String, String> env;
  private Node node;

  public ScoringNodes(Map<String, String> extra) {
    env = new HashMap<>(TestNodes.clusterEnv(db));
    env.putAll(extra);
  }

  public ScoringNodes() {
    this(Map.of());
  }

  public TestDatabase db() {
    return db;
  }

  public Node node() {
    return node;
  }

  public int port() {
    return node.httpPort();
  }

  public Node start() {
    node = await(TestNodes.start(new ScoringService(), env));
    return node;
  }

  /** Stops the node and keeps the database, as when the service goes down. */
  public void stopNode() {
    if (node != null) {
      await(ServiceNode.stop(node));
      node = null;
    }
  }

  @Override
  public void close() {
    try {
      stopNode();
    } finally {
      db.close();
    }
  }

  public static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(90, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
    }
  }
}
