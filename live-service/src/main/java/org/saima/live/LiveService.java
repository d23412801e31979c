package org.saima.live;

import io.vertx.core.Future;
import org.saima.shared.http.HttpVerticle;
import org.saima.shared.service.Node;
import org.saima.shared.service.SaimaService;
import org.saima.shared.service.ServiceNode;

/** Live events: speeches and Q&A, observers, polls, ballots, tallies and result boards. */
public final class LiveService implements SaimaService {
  @Override
  public String name() {
    return "live";
  }

  @Override
  public Future<Void> deploy(Node node) {
    return ServiceNode.deploy(node, () -> new HttpVerticle(node, new LiveApi()::routes),
        node.config().httpInstances());
  }
}
