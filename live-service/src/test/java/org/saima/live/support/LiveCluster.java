package org.saima.live.support;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.saima.live.LiveService;
import org.saima.shared.service.Node;
import org.saima.shared.service.ServiceNode;
import org.saima.shared.testing.TestDatabase;
import org.saima.shared.testing.TestNodes;

/** Real live-service nodes in one test cluster on one fresh database, each with its board on a free port. */
public final class LiveCluster {
  public final TestDatabase db = TestDatabase.create();
  public final List<Node> nodes = new ArrayList<>();
  public final List<LiveService> services = new ArrayList<>();
  private final Map<String, String> env = TestNodes.clusterEnv(db);

  /** Starts {@code count} nodes one after another (the first creates the schema and the organizer). */
  public Future<LiveCluster> start(int count) {
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < count; i++) {
      chain = chain.compose(x -> startOne().mapEmpty());
    }
    return chain.map(this);
  }

  public Future<Node> startOne() {
    LiveService service = new LiveService(0);
    return TestNodes.start(service, env).onSuccess(node -> {
      nodes.add(node);
      services.add(service);
    });
  }

  public int port(int node) {
    return nodes.get(node).httpPort();
  }

  public int boardPort(int node) {
    return services.get(node).boardPort();
  }

  public Future<Void> stop() {
    List<Future<Void>> stops = nodes.stream().map(ServiceNode::stop).toList();
    return Future.join(stops).eventually(() -> {
      db.close();
      return Future.succeededFuture();
    }).mapEmpty();
  }
}
